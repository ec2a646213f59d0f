import { Translation } from '@jsverse/transloco';
import { TRANSLATED_ERROR_CODES } from '@jcw/web-shared-ui';
import { readTranslationFile } from '../../testing/translations';

/** Every leaf key as a dotted path, e.g. `home.steps.carve.title`. */
function keysOf(translation: Translation, prefix = ''): string[] {
  return Object.entries(translation).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keysOf(value as Translation, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

/** Leaf keys whose value is not a non-empty string. */
function emptyKeysOf(translation: Translation, prefix = ''): string[] {
  return Object.entries(translation).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? emptyKeysOf(value as Translation, `${prefix}${key}.`)
      : typeof value === 'string' && value.trim() !== ''
        ? []
        : [`${prefix}${key}`],
  );
}

describe('translation files', () => {
  const nl = readTranslationFile('nl');
  const en = readTranslationFile('en');

  it('has an English text for every Dutch text and the other way round', () => {
    const nlKeys = new Set(keysOf(nl));
    const enKeys = new Set(keysOf(en));

    expect({
      missingInEnglish: [...nlKeys].filter((key) => !enKeys.has(key)),
      missingInDutch: [...enKeys].filter((key) => !nlKeys.has(key)),
    }).toEqual({ missingInEnglish: [], missingInDutch: [] });
  });

  it('has a text in both languages for every API error code the alert translates', () => {
    for (const translation of [nl, en]) {
      const codes = (translation['errors'] as Translation)[
        'code'
      ] as Translation;
      expect(
        TRANSLATED_ERROR_CODES.filter(
          (code) => typeof codes[code] !== 'string',
        ),
      ).toEqual([]);
    }
  });

  it('has no empty texts in either language', () => {
    expect({ nl: emptyKeysOf(nl), en: emptyKeysOf(en) }).toEqual({
      nl: [],
      en: [],
    });
  });
});
