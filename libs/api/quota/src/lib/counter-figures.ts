import type { EntityManager } from 'typeorm';
import type { PlacementMethod, TargetGroup } from '@jcw/shared-contracts';
import { addDays, daysInYear } from '@jcw/shared-domain';

/** The days a dashboard looks at within one year. */
export interface YearWindow {
  year: number;
  start: string;
  end: string;
  /** The day the stand is taken. */
  asOf: string;
  /** Last day of "year to date"; the day before 1 January for a year still to come. */
  toDateEnd: string;
  daysInYear: number;
}

export function yearWindow(
  year: number,
  today: string,
  date?: string,
): YearWindow {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const clamp = (day: string) => (day < start ? start : day > end ? end : day);
  return {
    year,
    start,
    end,
    asOf: clamp(date ?? today),
    toDateEnd: today < start ? addDays(start, -1) : clamp(today),
    daysInYear: daysInYear(year),
  };
}

/** Counter sums of one key: weekly hours on a day, and hour-days (hours x days) over spans. */
export interface CounterRow {
  organisationId: string;
  unitId: string;
  method: PlacementMethod;
  targetGroup: TargetGroup;
  standHours: number;
  toDateHourDays: number;
  yearHourDays: number;
  quarterEndHours: [number, number, number, number];
  quarterHourDays: [number, number, number, number];
}

export function quarterBounds(year: number): { start: string; end: string }[] {
  return [
    [`${year}-01-01`, `${year}-03-31`],
    [`${year}-04-01`, `${year}-06-30`],
    [`${year}-07-01`, `${year}-09-30`],
    [`${year}-10-01`, `${year}-12-31`],
  ].map(([start, end]) => ({ start, end }));
}

/**
 * Reads the counter for some organisations and a year in one grouped scan. A delta of h hours on
 * day d adds h to every stand from d on, and h x (days from max(d, first) to last) to a span's
 * hour-days, so a stand is a filtered sum and a year total a weighted one: no per-day expansion.
 * The dates written into the SQL come from a validated year and ISO days, never from request text.
 */
export async function readCounter(
  manager: EntityManager,
  organisationIds: string[] | 'all',
  window: YearWindow,
): Promise<CounterRow[]> {
  const quarters = quarterBounds(window.year);
  const weighted = (first: string, last: string) =>
    `COALESCE(SUM(hours_delta * GREATEST(0, '${last}'::date - GREATEST(effective_date, '${first}'::date) + 1)), 0)`;
  const rows = (await manager.query(
    `SELECT organisation_id, unit_id, method, target_group,
        COALESCE(SUM(hours_delta) FILTER (WHERE effective_date <= $2::date), 0) AS stand,
        ${weighted(window.start, window.toDateEnd)} AS to_date,
        ${weighted(window.start, window.end)} AS whole_year,
        ${quarters
          .map(
            (quarter, i) =>
              `COALESCE(SUM(hours_delta) FILTER (WHERE effective_date <= '${quarter.end}'::date), 0) AS q${i + 1}_end,
               ${weighted(quarter.start, quarter.end)} AS q${i + 1}_days`,
          )
          .join(',\n')}
       FROM quota_counter_deltas
      WHERE effective_date <= $1::date
        ${organisationIds === 'all' ? '' : 'AND organisation_id = ANY($3::uuid[])'}
      GROUP BY organisation_id, unit_id, method, target_group`,
    organisationIds === 'all'
      ? [window.end, window.asOf]
      : [window.end, window.asOf, organisationIds],
  )) as Record<string, string>[];
  return rows.map((row) => ({
    organisationId: row['organisation_id'],
    unitId: row['unit_id'],
    method: row['method'] as PlacementMethod,
    targetGroup: row['target_group'] as TargetGroup,
    standHours: Number(row['stand']),
    toDateHourDays: Number(row['to_date']),
    yearHourDays: Number(row['whole_year']),
    quarterEndHours: [1, 2, 3, 4].map((q) => Number(row[`q${q}_end`])) as [
      number,
      number,
      number,
      number,
    ],
    quarterHourDays: [1, 2, 3, 4].map((q) => Number(row[`q${q}_days`])) as [
      number,
      number,
      number,
      number,
    ],
  }));
}
