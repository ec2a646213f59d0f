import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** Step keys in working order; the texts live under `home.steps.<key>` in the i18n files. */
const STEPS = ['carve', 'profile', 'match', 'place'] as const;

/** Welcome page: what the Werkbank is for and the four steps it supports. */
@Component({
  selector: 'jcw-home-page',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
})
export class HomePage {
  protected readonly steps = STEPS;
}
