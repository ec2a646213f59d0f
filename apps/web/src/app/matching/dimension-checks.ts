import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { DimensionCheckDto } from '@jcw/shared-contracts';
import { DEMAND_DIMENSION_KEYS } from '@jcw/shared-domain';
import { DEFAULT_LANGUAGE, Language } from '@jcw/web-shared-util';
import { dimensionLabel } from '../carving/carving-format';

/**
 * The hard limit per dimension the package asks something on: "Klantcontact: vraag 1,
 * beperking 1 – past". Whether it fits is said in words, with a symbol beside it; colour only
 * repeats it. Presentational.
 */
@Component({
  selector: 'jcw-dimension-checks',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (rows().length === 0) {
      <span class="muted">{{ 'matching.checks.none' | transloco }}</span>
    } @else {
      <ul class="checks" [attr.aria-label]="label()">
        @for (row of rows(); track row.key) {
          <li [class.check--fail]="!row.ok">
            <span class="check__symbol" aria-hidden="true">{{
              row.ok ? '✓' : '✕'
            }}</span>
            {{
              'matching.constraint.dimension'
                | transloco
                  : {
                      dimension: row.label,
                      demand: row.demand,
                      limitation: row.limitation,
                    }
            }}
            –
            <span class="check__verdict">{{
              (row.ok ? 'matching.checks.ok' : 'matching.checks.tooHigh')
                | transloco
            }}</span>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .checks {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      font: var(--mat-sys-body-small);
    }
    .check__symbol {
      display: inline-block;
      width: 1.25em;
      font-weight: 700;
    }
    .check__verdict {
      font-weight: 600;
    }
    .check--fail {
      color: var(--mat-sys-error);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class DimensionChecks {
  readonly checks = input.required<readonly DimensionCheckDto[]>();
  readonly label = input<string | null>(null);
  readonly language = input<Language>(DEFAULT_LANGUAGE);

  /** In catalogue order, so every list reads the same way. */
  protected readonly rows = computed(() =>
    [...this.checks()]
      .sort(
        (a, b) =>
          order(a.dimension) - order(b.dimension) ||
          a.dimension.localeCompare(b.dimension),
      )
      .map((check) => ({
        key: check.dimension,
        label: dimensionLabel(check.dimension, this.language()),
        demand: check.demand,
        limitation: check.limitation,
        ok: check.ok,
      })),
  );
}

function order(key: string): number {
  const index = (DEMAND_DIMENSION_KEYS as readonly string[]).indexOf(key);
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}
