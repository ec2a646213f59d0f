import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { ApiFailure, Outcome } from '@jcw/web-shared-util';
import { FormSubmission } from './form-submission';

@Component({
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form">
      <input id="name" formControlName="name" />
      <input id="email" formControlName="email" />
    </form>
  `,
})
class TestForm {
  readonly form = inject(NonNullableFormBuilder).group({
    name: ['', Validators.required],
    email: ['', Validators.required],
  });
  readonly submission = new FormSubmission();
}

function failure(overrides: Partial<ApiFailure> = {}): ApiFailure {
  return {
    status: 400,
    code: 'VALIDATION_FAILED',
    message: 'Validation failed',
    fieldErrors: {},
    otherErrors: [],
    retryAfterSeconds: null,
    ...overrides,
  };
}

async function setUp() {
  const fixture = TestBed.createComponent(TestForm);
  document.body.appendChild(fixture.nativeElement);
  await fixture.whenStable();
  const { form, submission } = fixture.componentInstance;
  return { fixture, form, submission };
}

describe('FormSubmission', () => {
  afterEach(() => document.body.replaceChildren());

  it('sends nothing for an invalid form and moves focus to the first invalid field', async () => {
    const { fixture, form, submission } = await setUp();
    form.controls.email.setValue('a@b.nl');
    const send = jest.fn();

    expect(await submission.run(form, send)).toBeNull();
    fixture.detectChanges();
    await fixture.whenStable();

    expect(send).not.toHaveBeenCalled();
    expect(form.controls.name.touched).toBe(true);
    expect(document.activeElement?.id).toBe('name');
    expect(submission.saving()).toBe(false);
  });

  it('is saving while the request is under way and answers with the value', async () => {
    const { form, submission } = await setUp();
    form.setValue({ name: 'Sam', email: 'sam@example.nl' });
    let answer!: (outcome: Outcome<string>) => void;
    const send = jest.fn(
      () => new Promise<Outcome<string>>((resolve) => (answer = resolve)),
    );

    const result = submission.run(form, send);
    expect(submission.saving()).toBe(true);
    expect(await submission.run(form, send)).toBeNull();
    expect(send).toHaveBeenCalledTimes(1);

    answer({ ok: true, value: 'created' });
    expect(await result).toBe('created');
    expect(submission.saving()).toBe(false);
    expect(submission.failure()).toBeNull();
  });

  it('puts field messages on their controls and keeps the others in failure', async () => {
    const { form, submission } = await setUp();
    form.setValue({ name: 'Sam', email: 'sam@example.nl' });
    const refused = failure({
      fieldErrors: { email: 'Address taken.', 'address.city': 'Unknown city.' },
      otherErrors: ['Try again later.'],
    });

    const result = await submission.run(form, () =>
      Promise.resolve({ ok: false, failure: refused }),
    );

    expect(result).toBeNull();
    expect(form.controls.email.errors).toEqual({ server: 'Address taken.' });
    expect(form.controls.email.touched).toBe(true);
    expect(submission.failure()).toEqual({
      ...refused,
      otherErrors: ['Try again later.', 'Unknown city.'],
    });
    expect(submission.saving()).toBe(false);
  });

  it('clears the previous failure when the form is sent again', async () => {
    const { form, submission } = await setUp();
    form.setValue({ name: 'Sam', email: 'sam@example.nl' });
    await submission.run(form, () =>
      Promise.resolve({ ok: false, failure: failure({ status: 0 }) }),
    );
    expect(submission.failure()).not.toBeNull();

    await submission.run(form, () =>
      Promise.resolve({ ok: true, value: 'done' }),
    );

    expect(submission.failure()).toBeNull();
  });

  it('keeps the idempotency key while the outcome is unknown and takes a new one once it is settled', async () => {
    const { form, submission } = await setUp();
    form.setValue({ name: 'Sam', email: 'sam@example.nl' });
    const keys: string[] = [];
    const answers: Outcome<string>[] = [
      { ok: false, failure: failure({ status: 0, code: null }) },
      { ok: false, failure: failure({ status: 503, code: null }) },
      { ok: true, value: 'created' },
      { ok: false, failure: failure({ status: 409, code: 'CONFLICT' }) },
      { ok: true, value: 'created again' },
    ];
    const send = (key: string) => {
      keys.push(key);
      return Promise.resolve(answers[keys.length - 1]);
    };

    for (let i = 0; i < answers.length; i++) {
      await submission.run(form, send);
    }

    const [offline, serverError, success, refused, afterRefusal] = keys;
    expect(serverError).toBe(offline);
    expect(success).toBe(offline);
    expect(refused).not.toBe(success);
    expect(afterRefusal).not.toBe(refused);
    expect(new Set([success, refused, afterRefusal]).size).toBe(3);
  });
});
