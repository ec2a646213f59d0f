import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** Where `roleGuard` sends a signed-in user who lacks the role for a page. */
@Component({
  selector: 'jcw-no-access-page',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'noAccess.title' | transloco }}</h1>
    <p>{{ 'noAccess.text' | transloco }}</p>
    <p>
      <a routerLink="/">{{ 'noAccess.home' | transloco }}</a>
    </p>
  `,
})
export class NoAccessPage {}
