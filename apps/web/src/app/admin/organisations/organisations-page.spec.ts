import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { IDENTITY_URL } from '@jcw/web-shared-data-access';
import { withAppTranslations } from '../../../testing/translations';
import {
  normalisePayrollTaxNumber,
  OrganisationsPage,
} from './organisations-page';

async function openOrganisationsPage() {
  TestBed.configureTestingModule({
    imports: [OrganisationsPage, withAppTranslations('nl')],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const fixture = TestBed.createComponent(OrganisationsPage);
  const page = fixture.nativeElement as HTMLElement;
  await fixture.whenStable();
  TestBed.inject(HttpTestingController)
    .expectOne(IDENTITY_URL.organisations)
    .flush([]);
  await fixture.whenStable();
  const taxNumber = page.querySelector<HTMLInputElement>(
    'input[formcontrolname="payrollTaxNumber"]',
  );
  const formField = taxNumber?.closest('mat-form-field');
  return { fixture, page, taxNumber, formField };
}

describe('OrganisationsPage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('explains the payroll tax number format next to the field', async () => {
    const { formField } = await openOrganisationsPage();

    expect(formField?.querySelector('mat-hint')?.textContent).toContain(
      '123456789L01',
    );
  });

  it('says what the format is when the number does not fit it', async () => {
    const { fixture, page, taxNumber, formField } =
      await openOrganisationsPage();
    if (taxNumber) {
      taxNumber.value = '12345';
      taxNumber.dispatchEvent(new Event('input'));
    }

    page
      .querySelector<HTMLButtonElement>('form button[type="submit"]')
      ?.click();
    await fixture.whenStable();

    expect(formField?.querySelector('mat-error')?.textContent?.trim()).toBe(
      'Gebruik het formaat 123456789L01: 9 cijfers, de letter L en 2 cijfers.',
    );
  });
});

describe('reading a payroll tax number', () => {
  it('accepts the number typed with a small l and spaces, as on a payslip', () => {
    expect(normalisePayrollTaxNumber('8123 45678 l01')).toBe('812345678L01');
  });
});
