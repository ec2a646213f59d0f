/** The languages the web app ships translations for; the first is the default. */
export const SUPPORTED_LANGUAGES = ['nl', 'en'] as const;

export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/** Dutch first: the product serves Dutch employers under Dutch law (Banenafspraak). */
export const DEFAULT_LANGUAGE: Language = 'nl';

/** localStorage key holding the language the user chose last. */
export const LANGUAGE_STORAGE_KEY = 'jcw.lang';

/** Query parameter that lets a link open the app in a given language, e.g. `?lang=en`. */
export const LANGUAGE_QUERY_PARAM = 'lang';

export function isSupportedLanguage(value: unknown): value is Language {
  return (
    typeof value === 'string' &&
    (SUPPORTED_LANGUAGES as readonly string[]).includes(value)
  );
}

export interface LanguageSources {
  /** Value of the `lang` query parameter, if any. */
  query?: string | null;
  /** Value remembered in storage, if any. */
  stored?: string | null;
}

/**
 * An explicit `?lang=` wins over the remembered choice so that a shared link opens in the
 * language it was sent in; anything unknown falls through to the next source.
 */
export function resolveInitialLanguage({
  query,
  stored,
}: LanguageSources): Language {
  if (isSupportedLanguage(query)) {
    return query;
  }
  if (isSupportedLanguage(stored)) {
    return stored;
  }
  return DEFAULT_LANGUAGE;
}
