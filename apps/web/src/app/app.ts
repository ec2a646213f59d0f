import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  NavigationEnd,
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  AuthStore,
  SIGN_IN_PATH,
  signInUrl,
} from '@jcw/web-shared-data-access';
import { filter, skip } from 'rxjs';
import { LanguageSwitch } from './layout/language-switch';
import { navItemsFor } from './navigation';

/**
 * The shell: skip link, toolbar with language switch and the signed-in user, the main navigation
 * for the user's roles, and the page outlet.
 */
@Component({
  selector: 'jcw-root',
  imports: [
    LanguageSwitch,
    MatButtonModule,
    MatToolbarModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  protected readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly navItems = computed(() => navItemsFor(this.auth.user()));

  constructor() {
    // After an in-app navigation, move focus to the new content so keyboard and screen reader
    // users start there instead of on the link they left; the first load keeps browser focus.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.main().nativeElement.focus());

    // A session that runs out while a page is open leaves that page without data; the sign-in
    // page says why and brings the user back here afterwards.
    effect(() => {
      if (this.auth.expired()) {
        untracked(() => {
          if (!this.router.url.startsWith(SIGN_IN_PATH)) {
            void this.router.navigateByUrl(
              signInUrl(this.router, this.router.url),
            );
          }
        });
      }
    });
  }

  /**
   * A plain `href="#main-content"` would resolve against `<base href="/">` and reload the home
   * page from any other route, so the skip link moves focus itself.
   */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected async signOut(): Promise<void> {
    await this.auth.signOut();
    await this.router.navigateByUrl(SIGN_IN_PATH);
  }
}
