import { inject, Injectable } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { BehaviorSubject, combineLatest, of, switchMap } from 'rxjs';

/**
 * Route `title`s are translation keys. The document title is "<page> - <product>" and follows
 * language switches too, because screen readers announce it and browser tabs show it.
 */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly pageKey = new BehaviorSubject<string | undefined>(undefined);

  constructor() {
    super();
    this.pageKey
      .pipe(
        switchMap((key) =>
          combineLatest([
            key ? this.transloco.selectTranslate<string>(key) : of(undefined),
            this.transloco.selectTranslate<string>('app.name'),
          ]),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(([page, product]) =>
        this.title.setTitle(page ? `${page} - ${product}` : product),
      );
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey.next(this.buildTitle(snapshot));
  }
}
