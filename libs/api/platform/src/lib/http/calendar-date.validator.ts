import { registerDecorator } from 'class-validator';
import { isIsoDate } from '@jcw/shared-domain';

/** A calendar date written YYYY-MM-DD that exists (no 31 February). */
export function IsCalendarDate(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && isIsoDate(value),
        defaultMessage: (args) =>
          `${args?.property} must be a date written YYYY-MM-DD`,
      },
    });
}
