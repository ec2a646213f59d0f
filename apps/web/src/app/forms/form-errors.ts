import { afterNextRender, Injector } from '@angular/core';
import { AbstractControl, FormGroup } from '@angular/forms';
import { ApiFailure } from '@jcw/web-shared-util';

/**
 * Puts each message the API sent about a field (`details[].field`) on that control as a `server`
 * error, so it shows next to the field like any other validation message and disappears as soon
 * as the user edits the value. Returns the messages that name no control of this form.
 */
export function showServerErrors(
  form: FormGroup,
  fieldErrors: Readonly<Record<string, string>>,
): string[] {
  const unmatched: string[] = [];
  for (const [field, message] of Object.entries(fieldErrors)) {
    const control: AbstractControl | null = form.get(field);
    if (control) {
      control.setErrors({ ...control.errors, server: message });
      control.markAsTouched();
    } else {
      unmatched.push(message);
    }
  }
  return unmatched;
}

const FOCUSABLE = 'input, select, textarea, button, [tabindex]';

/**
 * Moves focus to the first field with a problem once the messages are on screen, so a keyboard or
 * screen reader user hears the message instead of having to look for it (WCAG 3.3.1).
 */
export function focusFirstInvalid(host: HTMLElement, injector: Injector): void {
  afterNextRender(
    () => {
      const invalid = host.querySelector<HTMLElement>(
        '.ng-invalid:not(form):not(.mat-mdc-form-field)',
      );
      const target = invalid?.matches(FOCUSABLE)
        ? invalid
        : invalid?.querySelector<HTMLElement>(FOCUSABLE);
      target?.focus();
    },
    { injector },
  );
}

/**
 * The failure with the field messages no control of the form could show (see
 * `showServerErrors`) added to its other errors, so the alert says them and none is lost.
 */
export function withUnshownErrors(
  failure: ApiFailure,
  unshown: readonly string[],
): ApiFailure {
  return unshown.length
    ? { ...failure, otherErrors: [...failure.otherErrors, ...unshown] }
    : failure;
}
