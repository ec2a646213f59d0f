import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { IDENTITY_URL, unitUrl } from '@jcw/web-shared-data-access';
import { aUnit } from '@jcw/shared-contracts/testing';
import { anApiError } from '../../../testing/session';
import { withAppTranslations } from '../../../testing/translations';
import { UnitsPage } from './units-page';

async function openUnitsPage() {
  TestBed.configureTestingModule({
    imports: [UnitsPage, withAppTranslations('nl')],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const fixture = TestBed.createComponent(UnitsPage);
  const page = fixture.nativeElement as HTMLElement;
  document.body.appendChild(page);
  const http = TestBed.inject(HttpTestingController);
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const button = (label: string) =>
    Array.from(document.querySelectorAll('button')).find(
      (each) =>
        each.getAttribute('aria-label') === label ||
        each.textContent?.trim() === label,
    );
  const dialogButton = (label: string) =>
    Array.from(document.querySelectorAll('mat-dialog-container button')).find(
      (each) => each.textContent?.trim() === label,
    ) as HTMLButtonElement | undefined;
  await fixture.whenStable();
  return { fixture, page, http, settle, button, dialogButton };
}

describe('UnitsPage', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    document.body.innerHTML = '';
  });

  it('shows the units as a tree under the heading "Structuur"', async () => {
    const { page, http, settle } = await openUnitsPage();
    const directie = aUnit('Directie Bedrijfsvoering').build();

    http
      .expectOne(IDENTITY_URL.units)
      .flush([
        aUnit('ICT').ofKind('department').under(directie).build(),
        directie,
      ]);
    await settle();

    const outline = Array.from(page.querySelectorAll('.unit-tree__name')).map(
      (name) => name.textContent,
    );
    expect(outline).toEqual(['Directie Bedrijfsvoering', 'ICT']);
  });

  it('explains why a unit that still has members was not deleted', async () => {
    const { page, http, settle, button, dialogButton } = await openUnitsPage();
    const directie = aUnit('Directie').build();
    http.expectOne(IDENTITY_URL.units).flush([directie]);
    await settle();

    button('Directie verwijderen')?.click();
    await settle();
    dialogButton('Verwijderen')?.click();
    await settle();
    http
      .expectOne({ method: 'DELETE', url: unitUrl(directie.id) })
      .flush(anApiError('UNIT_NOT_EMPTY', 409), {
        status: 409,
        statusText: 'Conflict',
      });
    await settle();

    const alert = page.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('De eenheid is niet verwijderd.');
    expect(alert?.textContent).toContain(
      'Deze eenheid heeft nog onderliggende eenheden of gebruikers.',
    );
    expect(page.querySelector('.unit-tree__name')?.textContent).toBe(
      'Directie',
    );
  });

  it('deletes nothing when the confirmation is cancelled', async () => {
    const { http, settle, button, dialogButton } = await openUnitsPage();
    http.expectOne(IDENTITY_URL.units).flush([aUnit('Directie').build()]);
    await settle();

    button('Directie verwijderen')?.click();
    await settle();
    dialogButton('Annuleren')?.click();
    await settle();

    http.expectNone((request) => request.method === 'DELETE');
  });

  it('adds a unit under the unit whose "Eenheid toevoegen" was pressed', async () => {
    const { page, http, settle, button } = await openUnitsPage();
    const directie = aUnit('Directie').build();
    http.expectOne(IDENTITY_URL.units).flush([directie]);
    await settle();

    button('Eenheid toevoegen onder Directie')?.click();
    const name = page.querySelector<HTMLInputElement>(
      'input[formcontrolname="name"]',
    );
    expect(document.activeElement).toBe(name);
    if (name) {
      name.value = 'Afdeling HR';
      name.dispatchEvent(new Event('input'));
    }
    page
      .querySelector<HTMLButtonElement>('form button[type="submit"]')
      ?.click();
    await settle();

    const create = http.expectOne({ method: 'POST', url: IDENTITY_URL.units });
    expect(create.request.body).toEqual({
      name: 'Afdeling HR',
      kind: 'department',
      parentId: directie.id,
    });
    create.flush(
      aUnit('Afdeling HR').ofKind('department').under(directie).build(),
    );
    await settle();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'Eenheid Afdeling HR is toegevoegd.',
    );
  });
});
