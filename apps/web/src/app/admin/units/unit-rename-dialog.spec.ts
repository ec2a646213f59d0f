import { InteractivityChecker } from '@angular/cdk/a11y';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { UnitDto } from '@jcw/shared-contracts';
import { aUnit } from '@jcw/shared-contracts/testing';
import { Outcome } from '@jcw/web-shared-util';
import { withAppTranslations } from '../../../testing/translations';
import { UnitRenameDialog, UnitRenameDialogData } from './unit-rename-dialog';

const UNIT = aUnit('Afdeling Facilitaire Zaken').build();

/** Lets the dialog render and a pending send answer. */
async function settle() {
  await new Promise((resolve) => setTimeout(resolve));
  await TestBed.inject(ApplicationRef).whenStable();
}

async function open(save: UnitRenameDialogData['save']) {
  TestBed.configureTestingModule({
    imports: [withAppTranslations('nl')],
    providers: [
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      // jsdom lays nothing out, so the focus trap would think no field can take focus.
      {
        provide: InteractivityChecker,
        useValue: {
          isFocusable: () => true,
          isTabbable: () => true,
          isVisible: () => true,
          isDisabled: () => false,
        },
      },
    ],
  });
  const ref = TestBed.inject(MatDialog).open<
    UnitRenameDialog,
    UnitRenameDialogData,
    UnitDto
  >(UnitRenameDialog, { data: { unit: UNIT, language: 'nl', save } });
  await settle();
  const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
  if (!dialog) throw new Error('no dialog');
  const button = (name: string) =>
    Array.from(dialog.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === name,
    );
  const input = dialog.querySelector<HTMLInputElement>('input');
  if (!input) throw new Error('no input');
  return { ref, dialog, button, input };
}

describe('UnitRenameDialog', () => {
  afterEach(() => TestBed.inject(MatDialog).closeAll());

  it('has Annuleren and a submit button inside its form', async () => {
    const { button } = await open(jest.fn());

    expect(button('Annuleren')?.type).toBe('button');
    expect(button('Opslaan')?.type).toBe('submit');
    expect(button('Opslaan')?.closest('form')).not.toBeNull();
    // The actions still register with the dialog, which lays out content and footer for them.
    expect(
      document.querySelector('.mat-mdc-dialog-container-with-actions'),
    ).not.toBeNull();
  });

  it('sends the trimmed name and closes with the renamed unit', async () => {
    const renamed = { ...UNIT, name: 'Facilitair Bedrijf' };
    const save = jest.fn(
      (): Promise<Outcome<UnitDto>> =>
        Promise.resolve({ ok: true, value: renamed }),
    );
    const { ref, button, input } = await open(save);
    const closed = new Promise((resolve) =>
      ref.afterClosed().subscribe(resolve),
    );

    input.value = '  Facilitair Bedrijf ';
    input.dispatchEvent(new Event('input'));
    button('Opslaan')?.click();

    expect(await closed).toEqual(renamed);
    expect(save).toHaveBeenCalledWith('Facilitair Bedrijf');
  });

  it('keeps the dialog open and shows why when the API refuses', async () => {
    const save = jest.fn(
      (): Promise<Outcome<UnitDto>> =>
        Promise.resolve({
          ok: false,
          failure: {
            status: 409,
            code: 'UNIT_NAME_TAKEN',
            message: 'Name taken',
            fieldErrors: { name: 'Deze naam is al in gebruik.' },
            otherErrors: [],
            retryAfterSeconds: null,
          },
        }),
    );
    const { dialog, button } = await open(save);

    button('Opslaan')?.click();
    await settle();

    expect(dialog.querySelector('[role="alert"]')?.textContent).toContain(
      'De naam is niet gewijzigd',
    );
    expect(dialog.textContent).toContain('Deze naam is al in gebruik.');
    expect(button('Opslaan')).toBeDefined();
  });

  it('sends nothing while the name is empty', async () => {
    const save = jest.fn();
    const { button, input } = await open(save);

    input.value = '';
    input.dispatchEvent(new Event('input'));
    button('Opslaan')?.click();

    expect(save).not.toHaveBeenCalled();
  });
});
