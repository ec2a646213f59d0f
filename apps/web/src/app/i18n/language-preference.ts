import { DOCUMENT, inject, Injectable } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
import {
  DEFAULT_LANGUAGE,
  isSupportedLanguage,
  Language,
  LANGUAGE_QUERY_PARAM,
  LANGUAGE_STORAGE_KEY,
  resolveInitialLanguage,
  safeStorage,
} from '@jcw/web-shared-util';
import { catchError, firstValueFrom, map, of } from 'rxjs';

/** The active UI language: chooses it at start-up, switches it, remembers the user's choice. */
@Injectable({ providedIn: 'root' })
export class LanguagePreference {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly storage = safeStorage();

  readonly active = toSignal(
    this.transloco.langChanges$.pipe(
      map((lang) => (isSupportedLanguage(lang) ? lang : DEFAULT_LANGUAGE)),
    ),
    { requireSync: true },
  );

  /**
   * Runs before the first render; waiting for the translation file avoids a flash of raw keys.
   * A `?lang=` from a link is applied but not remembered, so following a shared link does not
   * overwrite the language the user picked themselves.
   */
  initialise(): Promise<unknown> {
    const query = new URLSearchParams(this.document.location?.search ?? '').get(
      LANGUAGE_QUERY_PARAM,
    );
    const language = resolveInitialLanguage({
      query,
      stored: this.storage.read(LANGUAGE_STORAGE_KEY),
    });
    this.apply(language);
    return firstValueFrom(
      this.transloco.load(language).pipe(
        // Without texts the shell still works (keys show); failing bootstrap would show nothing.
        catchError((error: unknown) => {
          console.error('Could not load translations', error);
          return of(null);
        }),
      ),
    );
  }

  /** Switches language because the user asked for it, and remembers that choice. */
  choose(language: Language): void {
    this.apply(language);
    this.storage.write(LANGUAGE_STORAGE_KEY, language);
  }

  private apply(language: Language): void {
    this.transloco.setActiveLang(language);
    // Screen readers pick their pronunciation from <html lang> (WCAG 3.1.1).
    this.document.documentElement.lang = language;
  }
}
