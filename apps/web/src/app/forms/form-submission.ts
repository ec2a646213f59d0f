import { ElementRef, inject, Injector, signal } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { IdempotencyKey } from '@jcw/web-shared-data-access';
import { ApiFailure, Outcome } from '@jcw/web-shared-util';
import {
  focusFirstInvalid,
  showServerErrors,
  withUnshownErrors,
} from './form-errors';

/**
 * One form's way of sending itself: create it in a field initializer of the component that shows
 * the form (it injects that component's element to move focus). `run` refuses a second send
 * while one is under way, stops an invalid form with focus on the first problem, and on failure
 * puts the API's field messages on their controls and the rest in `failure` for the alert.
 *
 * Every send gets an idempotency key that lives as long as this object (one per dialog opening
 * or page visit) and changes only once a submission has ended (see `IdempotencyKey`), so sending
 * again after a lost answer cannot write twice. A send to an endpoint without keys ignores it.
 */
export class FormSubmission {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly key = new IdempotencyKey();
  private readonly savingState = signal(false);
  private readonly failureState = signal<ApiFailure | null>(null);

  /** True while the form is being sent: the submit button says so and is `aria-disabled`. */
  readonly saving = this.savingState.asReadonly();
  /** What went wrong with the last send, minus the messages shown next to a field. */
  readonly failure = this.failureState.asReadonly();

  /** The value the API answered with, or `null` when the form was not sent or was refused. */
  async run<T>(
    form: FormGroup,
    send: (idempotencyKey: string) => Promise<Outcome<T>>,
  ): Promise<T | null> {
    if (this.savingState()) return null;
    this.failureState.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return null;
    }
    this.savingState.set(true);
    const outcome = await send(this.key.value);
    this.key.settle(outcome);
    this.savingState.set(false);
    if (outcome.ok) return outcome.value;
    const unshown = showServerErrors(form, outcome.failure.fieldErrors);
    this.failureState.set(withUnshownErrors(outcome.failure, unshown));
    return null;
  }
}
