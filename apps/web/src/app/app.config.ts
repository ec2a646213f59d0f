import {
  provideHttpClient,
  withFetch,
  withInterceptors,
} from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  isDevMode,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import {
  provideRouter,
  TitleStrategy,
  withInMemoryScrolling,
} from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import { AuthStore, authInterceptor } from '@jcw/web-shared-data-access';
import { DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES } from '@jcw/web-shared-util';
import { appRoutes } from './app.routes';
import { LanguagePreference } from './i18n/language-preference';
import { TranslatedTitleStrategy } from './i18n/translated-title.strategy';
import { TranslocoHttpLoader } from './i18n/transloco-http.loader';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideHttpClient(withFetch(), withInterceptors([authInterceptor])),
    provideRouter(
      appRoutes,
      withInMemoryScrolling({ scrollPositionRestoration: 'top' }),
    ),
    { provide: TitleStrategy, useExisting: TranslatedTitleStrategy },
    provideTransloco({
      config: {
        availableLangs: [...SUPPORTED_LANGUAGES],
        defaultLang: DEFAULT_LANGUAGE,
        fallbackLang: DEFAULT_LANGUAGE,
        // A missing English text falls back to Dutch rather than showing a raw key.
        missingHandler: { useFallbackTranslation: true },
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
      },
      loader: TranslocoHttpLoader,
    }),
    provideAppInitializer(() => inject(LanguagePreference).initialise()),
    // Before the first navigation, so a reload keeps the user signed in instead of bouncing
    // through the sign-in page; restore() never rejects, a failed refresh means "signed out".
    provideAppInitializer(() => inject(AuthStore).restore()),
  ],
};
