import { registerDecorator } from 'class-validator';
import { isDemandDimensionKey } from '@jcw/shared-domain';

/**
 * A map from demand dimension keys of the catalogue to 0, 1 or 2: a task's demands and a
 * candidate's limitations share the scale, so they share the check. The message names the field.
 */
export function IsDemandLevelMap(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDemandLevelMap',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          Object.entries(value).every(
            ([key, level]) =>
              isDemandDimensionKey(key) &&
              (level === 0 || level === 1 || level === 2),
          ),
        defaultMessage: (args) =>
          `${args?.property} must map demand dimension keys of the catalogue to 0, 1 or 2`,
      },
    });
}
