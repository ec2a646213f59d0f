import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Translation, TranslocoTestingModule } from '@jsverse/transloco';
import { Language, SUPPORTED_LANGUAGES } from '@jcw/web-shared-util';

const I18N_DIR = join(__dirname, '..', '..', 'public', 'i18n');

/** The translation file the app serves for `language`, read from disk. */
export function readTranslationFile(language: Language): Translation {
  return JSON.parse(
    readFileSync(join(I18N_DIR, `${language}.json`), 'utf8'),
  ) as Translation;
}

/** Transloco with the app's real texts, preloaded, so tests can assert on what users read. */
export function withAppTranslations(activeLang: Language = 'nl') {
  return TranslocoTestingModule.forRoot({
    langs: Object.fromEntries(
      SUPPORTED_LANGUAGES.map((lang) => [lang, readTranslationFile(lang)]),
    ),
    preloadLangs: true,
    translocoConfig: {
      availableLangs: [...SUPPORTED_LANGUAGES],
      defaultLang: activeLang,
      reRenderOnLangChange: true,
    },
  });
}
