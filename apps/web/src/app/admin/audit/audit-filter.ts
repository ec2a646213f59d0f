import {
  AbstractControl,
  FormControl,
  FormGroup,
  ValidationErrors,
} from '@angular/forms';
import { AuditAction } from '@jcw/shared-contracts';
import { AuditFilter } from '@jcw/web-shared-data-access';

export type AuditFilterForm = FormGroup<{
  action: FormControl<AuditAction | null>;
  entityType: FormControl<string>;
  actorUserId: FormControl<string | null>;
  /** `yyyy-mm-dd` from `<input type="date">`, or empty. */
  from: FormControl<string>;
  to: FormControl<string>;
}>;

export function auditFilterForm(): AuditFilterForm {
  return new FormGroup(
    {
      action: new FormControl<AuditAction | null>(null),
      entityType: new FormControl('', { nonNullable: true }),
      actorUserId: new FormControl<string | null>(null),
      from: new FormControl('', { nonNullable: true }),
      to: new FormControl('', { nonNullable: true }),
    },
    { validators: fromBeforeTo },
  );
}

/**
 * The form as an API filter. Dates are whole days in the user's time zone: "from" starts at
 * local midnight and "to" includes the whole day, which is what someone picking a date means.
 */
export function toAuditFilter(value: AuditFilterForm['value']): AuditFilter {
  const filter: AuditFilter = {};
  if (value.action) filter.action = value.action;
  if (value.entityType?.trim()) filter.entityType = value.entityType.trim();
  if (value.actorUserId) filter.actorUserId = value.actorUserId;
  const from = localDay(value.from);
  if (from) filter.from = from.toISOString();
  const to = localDay(value.to);
  if (to) {
    to.setDate(to.getDate() + 1);
    to.setMilliseconds(-1);
    filter.to = to.toISOString();
  }
  return filter;
}

function localDay(value: string | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  return match
    ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
    : null;
}

/** ISO dates compare correctly as text. */
function fromBeforeTo(group: AbstractControl): ValidationErrors | null {
  const { from, to } = group.value as { from: string; to: string };
  return from && to && to < from ? { dateOrder: true } : null;
}
