import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { ValidationErrors } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';

interface Message {
  key: string | null;
  params: Record<string, unknown>;
  text: string | null;
}

/**
 * The message for the first problem of a form field, for use inside `<mat-error>`: the field's
 * label in "... is verplicht", the required length for `minlength`, and a message the API sent
 * about this field (`server`) word for word. Any other error `foo` reads `validation.foo`.
 */
@Component({
  selector: 'jcw-field-error',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (message(); as message) {
      @if (message.key) {
        {{ message.key | transloco: message.params }}
      } @else {
        {{ message.text }}
      }
    }
  `,
})
export class FieldError {
  readonly errors = input.required<ValidationErrors | null>();
  /** The field's label, already translated. */
  readonly field = input('');
  /** Translation key for a `pattern` error, which says nothing by itself. */
  readonly patternKey = input('validation.pattern');

  protected readonly message = computed<Message | null>(() => {
    const errors = this.errors();
    if (!errors) {
      return null;
    }
    // The API's verdict comes first: it is the reason the last save failed.
    if (typeof errors['server'] === 'string') {
      return { key: null, params: {}, text: errors['server'] };
    }
    const [name, value] = Object.entries(errors)[0] ?? [];
    switch (name) {
      case undefined:
        return null;
      case 'required':
        return this.keyed('validation.required', { field: this.field() });
      case 'minlength':
      case 'maxlength':
        return this.keyed(`validation.${name}`, {
          length: (value as { requiredLength: number }).requiredLength,
        });
      case 'pattern':
        return this.keyed(this.patternKey());
      default:
        return this.keyed(`validation.${name}`);
    }
  });

  private keyed(key: string, params: Record<string, unknown> = {}): Message {
    return { key, params, text: null };
  }
}
