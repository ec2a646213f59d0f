import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { QuotaSliceDto } from '@jcw/shared-contracts';
import { DEFAULT_LANGUAGE, Language } from '@jcw/web-shared-util';
import { formatJobs } from './quota-format';

export type SliceKind = 'method' | 'targetGroup' | 'unit';

/** The translation key of a slice's name; units come with their own name. */
export function sliceLabelKey(kind: SliceKind, key: string): string | null {
  switch (kind) {
    case 'method':
      return `placements.method.${key}`;
    case 'targetGroup':
      return `candidates.targetGroup.${key}`;
    case 'unit':
      return null;
  }
}

/** The query parameter of `/quotum/regels` that selects a slice. */
const SLICE_PARAM: Record<SliceKind, string> = {
  method: 'method',
  targetGroup: 'targetGroup',
  unit: 'unitId',
};

/**
 * One way of splitting the counter (method, target group or unit) as a table; every row opens
 * the lines behind it. Presentational.
 */
@Component({
  selector: 'jcw-quota-slice-table',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="table-wrap"
      role="region"
      tabindex="0"
      [attr.aria-labelledby]="captionId()"
    >
      <table>
        <caption [id]="captionId()">
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ headerKey() | transloco }}</th>
            <th scope="col" class="numeric">
              {{ 'quota.figure.standToday' | transloco }}
            </th>
            <th scope="col" class="numeric">
              {{ 'quota.figure.yearToDate' | transloco }}
            </th>
            <th scope="col" class="numeric">
              {{ 'quota.figure.yearProjected' | transloco }}
            </th>
            <th scope="col">{{ 'quota.lines.column' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.slice.key) {
            <tr>
              <th scope="row">
                @if (row.labelKey; as key) {
                  {{ key | transloco }}
                } @else {
                  {{ row.slice.label ?? row.slice.key }}
                }
              </th>
              <td class="numeric">{{ jobs(row.slice.standToday) }}</td>
              <td class="numeric">{{ jobs(row.slice.yearToDate) }}</td>
              <td class="numeric">{{ jobs(row.slice.yearProjected) }}</td>
              <td>
                <a routerLink="/quotum/regels" [queryParams]="row.params"
                  >{{ 'quota.lines.open' | transloco
                  }}<span class="visually-hidden">
                    {{
                      'quota.lines.openOf'
                        | transloco
                          : {
                              name: row.labelKey
                                ? (row.labelKey | transloco)
                                : (row.slice.label ?? row.slice.key),
                            }
                    }}</span
                  ></a
                >
              </td>
            </tr>
          } @empty {
            <tr>
              <td colspan="5" class="muted">
                {{ 'quota.slices.empty' | transloco }}
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styleUrl: '../admin/admin-page.scss',
  styles: `
    .numeric {
      font-variant-numeric: tabular-nums;
      text-align: end;
      white-space: nowrap;
    }
  `,
})
export class QuotaSliceTable {
  readonly kind = input.required<SliceKind>();
  readonly slices = input.required<readonly QuotaSliceDto[]>();
  /** Already translated. */
  readonly caption = input.required<string>();
  readonly captionId = input.required<string>();
  /** `year` and, for a coordinator, `organisationId`: the dashboard the rows belong to. */
  readonly baseParams = input.required<Record<string, string | number>>();
  readonly language = input<Language>(DEFAULT_LANGUAGE);

  protected readonly headerKey = computed(() => `quota.slices.${this.kind()}`);
  protected readonly rows = computed(() =>
    this.slices().map((slice) => ({
      slice,
      labelKey: sliceLabelKey(this.kind(), slice.key),
      params: { ...this.baseParams(), [SLICE_PARAM[this.kind()]]: slice.key },
    })),
  );

  protected jobs(value: number): string {
    return formatJobs(value, this.language());
  }
}
