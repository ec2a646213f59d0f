import {
  DEFAULT_LANGUAGE,
  isSupportedLanguage,
  resolveInitialLanguage,
} from './language';

describe('choosing the language the app opens in', () => {
  it('opens in Dutch when nothing else is known', () => {
    expect(resolveInitialLanguage({})).toBe('nl');
    expect(DEFAULT_LANGUAGE).toBe('nl');
  });

  it('opens in the language the user chose last time', () => {
    expect(resolveInitialLanguage({ stored: 'en' })).toBe('en');
  });

  it('opens in the language of the link when it says ?lang=en, even if Dutch was remembered', () => {
    expect(resolveInitialLanguage({ query: 'en', stored: 'nl' })).toBe('en');
  });

  it('ignores a language it has no translations for', () => {
    expect(resolveInitialLanguage({ query: 'fr', stored: 'de' })).toBe('nl');
    expect(isSupportedLanguage('fr')).toBe(false);
  });
});
