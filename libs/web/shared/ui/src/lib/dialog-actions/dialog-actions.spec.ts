import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialogRef } from '@angular/material/dialog';
import { testTranslations } from '../../testing/test-translations';
import { DialogActions } from './dialog-actions';

@Component({
  imports: [DialogActions],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form (submit)="$event.preventDefault(); submitted.set(true)">
      <jcw-dialog-actions submitLabel="common.save" [saving]="saving()" />
    </form>
  `,
})
class SavingDialog {
  readonly saving = signal(false);
  readonly submitted = signal(false);
}

@Component({
  imports: [DialogActions],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<form><jcw-dialog-actions submitLabel="common.save" /></form>`,
})
class PickDialog {}

async function render<T>(component: new () => T, lang: 'nl' | 'en' = 'nl') {
  const close = jest.fn();
  TestBed.configureTestingModule({
    imports: [component, testTranslations(lang)],
    providers: [{ provide: MatDialogRef, useValue: { close } }],
  });
  const fixture = TestBed.createComponent(component);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const [cancel, submit] = Array.from(
    element.querySelectorAll<HTMLButtonElement>(
      'form > jcw-dialog-actions > mat-dialog-actions button',
    ),
  );
  return { fixture, close, cancel, submit };
}

describe('DialogActions', () => {
  it('offers cancel first and the submit button of the form second', async () => {
    const { cancel, submit } = await render(SavingDialog);

    expect(cancel.textContent?.trim()).toBe('Annuleren');
    expect(cancel.type).toBe('button');
    expect(submit.textContent?.trim()).toBe('Opslaan');
    expect(submit.type).toBe('submit');
    expect(submit.getAttribute('aria-disabled')).not.toBe('true');
  });

  it('submits the form it is placed in', async () => {
    const { fixture, submit } = await render(SavingDialog);

    submit.click();

    expect(fixture.componentInstance.submitted()).toBe(true);
  });

  it('closes the dialog with cancel', async () => {
    const { cancel, close } = await render(SavingDialog);

    cancel.click();

    expect(close).toHaveBeenCalled();
  });

  it('says it is saving and is aria-disabled while saving', async () => {
    const { fixture, submit } = await render(SavingDialog, 'en');

    fixture.componentInstance.saving.set(true);
    await fixture.whenStable();

    expect(submit.textContent?.trim()).toBe('Saving…');
    expect(submit.getAttribute('aria-disabled')).toBe('true');
    expect(submit.disabled).toBe(false);
  });

  it('is never busy in a dialog that sends nothing', async () => {
    const { submit } = await render(PickDialog);

    expect(submit.textContent?.trim()).toBe('Opslaan');
    expect(submit.getAttribute('aria-disabled')).not.toBe('true');
  });
});
