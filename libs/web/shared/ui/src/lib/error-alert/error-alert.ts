import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  ApiFailure,
  DEFAULT_LANGUAGE,
  formatTime,
  Language,
} from '@jcw/web-shared-util';

/** API error codes with a text of their own under `errors.code.*`. */
export const TRANSLATED_ERROR_CODES = [
  'INVALID_CREDENTIALS',
  'TOO_MANY_REQUESTS',
  'UNIT_NOT_EMPTY',
  'EMAIL_TAKEN',
  'PAYROLL_TAX_NUMBER_TAKEN',
  'UNIT_CYCLE',
  'INVALID_ROLES',
  'VALIDATION_FAILED',
  'CANDIDATE_EXISTS',
  'TASK_OVER_ALLOCATED',
  'PACKAGE_NOT_EDITABLE',
  'PACKAGE_INVALID',
  'TASK_IN_USE',
  'INVALID_TRANSITION',
  'CANDIDATE_HOURS_EXCEEDED',
  'PACKAGE_NOT_AVAILABLE',
  'PLACEMENT_INVALID',
  'IDEMPOTENCY_KEY_REUSED',
  'PROPOSAL_EXISTS',
  'PROPOSAL_DECIDED',
  'MATCH_NOT_FEASIBLE',
] as const;

/**
 * Codes whose details name a field that is often not a control on the page (e.g.
 * `allocations.0.hoursPerWeek`), so the alert lists those details too instead of losing them.
 */
const CODES_WITH_FIELD_DETAILS: readonly string[] = [
  'TASK_OVER_ALLOCATED',
  'PACKAGE_NOT_EDITABLE',
  'PACKAGE_INVALID',
  'TASK_IN_USE',
  'INVALID_TRANSITION',
];

const UNREACHABLE: readonly number[] = [0, 502, 503, 504];
const BY_STATUS: Readonly<Record<number, string>> = {
  401: 'errors.sessionExpired',
  403: 'errors.forbidden',
  404: 'errors.notFound',
};

interface Message {
  key: string | null;
  params: Record<string, string>;
  /** The API's own words, used when there is no translated text for the failure. */
  text: string | null;
}

/**
 * Says why something failed, in the user's language when the failure is known and in the API's
 * words otherwise. It takes focus when it appears (and when the failure changes), so keyboard
 * and screen reader users land on the explanation instead of hunting for it.
 */
@Component({
  selector: 'jcw-error-alert',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'alert', tabindex: '-1', class: 'error-alert' },
  template: `
    @if (titleKey(); as title) {
      <strong class="error-alert__title">{{ title | transloco }}</strong>
    }
    <span>
      @if (message().key; as key) {
        {{ key | transloco: message().params }}
      } @else {
        {{ message().text }}
      }
    </span>
    @if (details().length) {
      <ul>
        @for (detail of details(); track $index) {
          <li>{{ detail }}</li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
      margin: 1rem 0;
      padding: 0.75rem 1rem;
      border-inline-start: 4px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }

    .error-alert__title {
      display: block;
      margin-block-end: 0.25rem;
    }

    ul {
      margin: 0.5rem 0 0;
    }
  `,
})
export class ErrorAlert {
  readonly failure = input.required<ApiFailure>();
  /** Optional lead sentence saying what failed, e.g. "The unit was not deleted." */
  readonly titleKey = input<string | null>(null);
  readonly language = input<Language>(DEFAULT_LANGUAGE);
  readonly focusOnShow = input(true);
  /** Injected so tests can pin the clock for the "try again at" time. */
  readonly now = input<() => Date>(() => new Date());

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly details = computed(() => {
    const failure = this.failure();
    const withFields =
      failure.code !== null && CODES_WITH_FIELD_DETAILS.includes(failure.code)
        ? Object.values(failure.fieldErrors)
        : [];
    return [...withFields, ...failure.otherErrors];
  });

  protected readonly message = computed<Message>(() =>
    describe(this.failure(), this.language(), this.now()()),
  );

  constructor() {
    afterRenderEffect(() => {
      this.failure();
      if (this.focusOnShow()) {
        this.host.nativeElement.focus();
      }
    });
  }
}

function describe(failure: ApiFailure, language: Language, now: Date): Message {
  const none = { params: {}, text: null };
  if (failure.code === 'TOO_MANY_REQUESTS' || failure.status === 429) {
    return failure.retryAfterSeconds === null
      ? { ...none, key: 'errors.tooManyRequestsLater' }
      : {
          key: 'errors.code.TOO_MANY_REQUESTS',
          params: { time: retryTime(now, failure.retryAfterSeconds, language) },
          text: null,
        };
  }
  if (
    failure.code &&
    (TRANSLATED_ERROR_CODES as readonly string[]).includes(failure.code)
  ) {
    return { ...none, key: `errors.code.${failure.code}` };
  }
  if (UNREACHABLE.includes(failure.status)) {
    return { ...none, key: 'errors.unreachable' };
  }
  if (BY_STATUS[failure.status]) {
    return { ...none, key: BY_STATUS[failure.status] };
  }
  return failure.message
    ? { key: null, params: {}, text: failure.message }
    : { ...none, key: 'errors.unexpected' };
}

/** Rounded up to the next whole minute: trying at the shown minute must not be refused again. */
function retryTime(now: Date, seconds: number, language: Language): string {
  const at = new Date(now.getTime() + seconds * 1000);
  if (at.getSeconds() > 0 || at.getMilliseconds() > 0) {
    at.setMinutes(at.getMinutes() + 1, 0, 0);
  }
  return formatTime(at, language);
}
