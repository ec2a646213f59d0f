import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Params, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * "Regels bekijken" under a figure: opens the placements and ledger lines behind it. The hidden
 * text names the figure, so a screen reader's list of links says which lines each one opens.
 */
@Component({
  selector: 'jcw-lines-link',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<a routerLink="/quotum/regels" [queryParams]="params()"
    >{{ 'quota.lines.open' | transloco
    }}<span class="visually-hidden">{{
      'quota.lines.openOf' | transloco: { name: (figure() | transloco) }
    }}</span></a
  >`,
})
export class LinesLink {
  /** Translation key of the figure's name. */
  readonly figure = input.required<string>();
  readonly params = input.required<Params>();
}
