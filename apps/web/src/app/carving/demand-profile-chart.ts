import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { DemandLevels } from '@jcw/shared-contracts';
import { DEMAND_CATALOGUE } from '@jcw/shared-domain';
import { Language } from '@jcw/web-shared-util';

/**
 * A package's demand profile as horizontal bars (0-2 per dimension, catalogue order). The bars
 * are decoration for sighted users; screen readers get the same figures as a table, so nothing
 * depends on seeing the chart (WCAG 1.1.1).
 */
@Component({
  selector: 'jcw-demand-profile-chart',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (rows().length === 0) {
      <p class="muted">{{ 'carving.composer.profile.empty' | transloco }}</p>
    } @else {
      <div class="chart" aria-hidden="true">
        @for (row of rows(); track row.key) {
          <span class="chart__label">{{ row.label }}</span>
          <span class="chart__track">
            <span
              class="chart__bar"
              [class.chart__bar--2]="row.level === 2"
              [style.width.%]="row.level === 0 ? 4 : row.level * 50"
            ></span>
          </span>
          <span class="chart__value"
            >{{ row.level }} ·
            {{ 'carving.level.' + row.level | transloco }}</span
          >
        }
      </div>
      <!-- The wrapper hides the table: width and overflow do not apply to a table box itself. -->
      <div class="visually-hidden">
        <table>
          <caption>
            {{
              'carving.composer.profile.caption' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                {{ 'carving.composer.profile.dimension' | transloco }}
              </th>
              <th scope="col">
                {{ 'carving.composer.profile.level' | transloco }}
              </th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.key) {
              <tr>
                <th scope="row">{{ row.label }}</th>
                <td>
                  {{ row.level }} ({{
                    'carving.level.' + row.level | transloco
                  }})
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .chart {
      display: grid;
      grid-template-columns:
        minmax(8rem, max-content) minmax(6rem, 1fr)
        max-content;
      gap: 0.25rem 0.75rem;
      align-items: center;
      max-width: 40rem;
    }
    .chart__track {
      display: block;
      height: 0.875rem;
      background: var(--mat-sys-surface-container-high);
      border-radius: 2px;
    }
    .chart__bar {
      display: block;
      height: 100%;
      border-radius: 2px;
      background: var(--mat-sys-primary);
    }
    .chart__bar--2 {
      background: var(--mat-sys-error);
    }
    .chart__value {
      font: var(--mat-sys-body-small);
      white-space: nowrap;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class DemandProfileChart {
  readonly profile = input.required<
    DemandLevels | Readonly<Record<string, number>>
  >();
  readonly language = input<Language>('nl');

  protected readonly rows = computed(() => {
    const profile = this.profile() as Readonly<
      Record<string, number | undefined>
    >;
    return DEMAND_CATALOGUE.flatMap((dimension) => {
      const level = profile[dimension.key];
      return level === undefined
        ? []
        : [
            {
              key: dimension.key,
              label: dimension.label[this.language()],
              level,
            },
          ];
    });
  });
}
