import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { CountingInterval, LedgerEntryDto } from '@jcw/shared-contracts';
import {
  DEFAULT_LANGUAGE,
  formatDate,
  formatDateTime,
  Language,
} from '@jcw/web-shared-util';
import { formatHours } from '../carving/carving-format';

/**
 * The days a placement counts at which weekly hours, as a list: `1 jan 2026 – open: 25,5 uur per
 * week`. Presentational.
 */
@Component({
  selector: 'jcw-counting-intervals',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (intervals().length === 0) {
      {{ 'placements.ledger.noIntervals' | transloco }}
    } @else {
      <ul class="intervals">
        @for (interval of intervals(); track $index) {
          <li>
            {{
              'placements.ledger.interval'
                | transloco
                  : {
                      from: date(interval.from),
                      to: interval.to
                        ? date(interval.to)
                        : ('placements.ledger.open' | transloco),
                      hours: hours(interval.hoursPerWeek),
                    }
            }}
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .intervals {
      margin: 0;
      padding-inline-start: 1rem;
    }
  `,
})
export class CountingIntervals {
  readonly intervals = input.required<readonly CountingInterval[]>();
  readonly language = input<Language>(DEFAULT_LANGUAGE);

  protected date(iso: string): string {
    return formatDate(iso, this.language());
  }

  protected hours(value: number): string {
    return formatHours(value, this.language());
  }
}

/**
 * A placement's lines in the append-only quota ledger: what changed, from which date, how the
 * placement counts after it, why, and who recorded it when. Presentational.
 */
@Component({
  selector: 'jcw-ledger-table',
  imports: [CountingIntervals, TranslocoPipe],
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
            <th scope="col">{{ 'placements.ledger.kind' | transloco }}</th>
            <th scope="col">
              {{ 'placements.ledger.effectiveDate' | transloco }}
            </th>
            <th scope="col">{{ 'placements.ledger.intervals' | transloco }}</th>
            <th scope="col">{{ 'placements.ledger.note' | transloco }}</th>
            <th scope="col">
              {{ 'placements.ledger.recordedBy' | transloco }}
            </th>
            <th scope="col">
              {{ 'placements.ledger.recordedAt' | transloco }}
            </th>
          </tr>
        </thead>
        <tbody>
          @for (entry of entries(); track entry.id) {
            <tr>
              <th scope="row">
                {{ 'placements.ledgerKind.' + entry.kind | transloco }}
              </th>
              <td class="nowrap">{{ date(entry.effectiveDate) }}</td>
              <td>
                <jcw-counting-intervals
                  [intervals]="entry.intervals"
                  [language]="language()"
                />
              </td>
              <td class="notes">{{ entry.note }}</td>
              <td>
                {{
                  entry.recordedBy ?? ('placements.ledger.worker' | transloco)
                }}
              </td>
              <td class="nowrap">{{ dateTime(entry.recordedAt) }}</td>
            </tr>
          } @empty {
            <tr>
              <td colspan="6" class="muted">
                {{ 'placements.ledger.empty' | transloco }}
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styleUrl: '../admin/admin-page.scss',
  styles: `
    .nowrap {
      white-space: nowrap;
    }
    .notes {
      white-space: pre-line;
    }
  `,
})
export class LedgerTable {
  readonly entries = input.required<readonly LedgerEntryDto[]>();
  /** Already translated. */
  readonly caption = input.required<string>();
  readonly captionId = input.required<string>();
  readonly language = input<Language>(DEFAULT_LANGUAGE);

  protected date(iso: string): string {
    return formatDate(iso, this.language());
  }

  protected dateTime(iso: string): string {
    return formatDateTime(iso, this.language());
  }
}
