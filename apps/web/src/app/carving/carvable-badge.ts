import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NotCarvableReason } from '@jcw/shared-domain';
import { Language } from '@jcw/web-shared-util';
import { dimensionLabel } from './carving-format';

/**
 * The product's suggestion whether a task suits a carved package, in words, colour and a symbol
 * (WCAG 1.4.1), with every reason it does not. A suggestion only: the adviser decides.
 */
@Component({
  selector: 'jcw-carvable-badge',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="badge" [class.badge--no]="!carvable()">
      <span aria-hidden="true">{{ carvable() ? '✓' : '!' }}</span>
      {{
        (carvable() ? 'carving.carvable.yes' : 'carving.carvable.no')
          | transloco
      }}
    </span>
    @if (reasons().length) {
      <ul class="reasons">
        @for (reason of labelled(); track $index) {
          <li>{{ reason.key | transloco: reason.params }}</li>
        }
      </ul>
    }
  `,
  styles: `
    .badge {
      display: inline-flex;
      gap: 0.375rem;
      padding: 0.125rem 0.625rem;
      border: 1px solid currentColor;
      border-radius: 999px;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
      color: #0b4f1c;
      background: #dcf3e1;
    }
    .badge--no {
      color: #5c3b00;
      background: #fff0c7;
    }
    .reasons {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.25rem;
      font: var(--mat-sys-body-small);
    }
  `,
})
export class CarvableBadge {
  readonly carvable = input.required<boolean>();
  readonly reasons = input<readonly NotCarvableReason[]>([]);
  readonly language = input<Language>('nl');

  protected readonly labelled = computed(() =>
    this.reasons().map((reason) =>
      reason.code === 'demand_too_high'
        ? {
            key: 'carving.carvable.demand_too_high',
            params: {
              dimension: dimensionLabel(reason.dimension, this.language()),
            },
          }
        : {
            key: 'carving.carvable.too_complex',
            params: { complexity: reason.complexity },
          },
    ),
  );
}
