import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type {
  CountingInterval,
  LedgerEntryKind,
  PlacementMethod,
  QuotaRebuildResultDto,
  TargetGroup,
} from '@jcw/shared-contracts';
import { counterDeltas } from '@jcw/shared-domain';

/** Who counts a placement and how, as one ledger line records it. */
export interface CountingState {
  organisationId: string;
  unitId: string;
  method: PlacementMethod;
  targetGroup: TargetGroup;
  intervals: CountingInterval[];
}

export interface LedgerChange extends CountingState {
  placementId: string;
  candidateId: string;
  kind: LedgerEntryKind;
  effectiveDate: string;
  note: string | null;
  recordedByUserId: string | null;
}

interface StoredState {
  organisation_id: string;
  unit_id: string;
  method: PlacementMethod;
  target_group: TargetGroup;
  intervals: CountingInterval[];
}

/** jsonb keeps keys in its own order, so intervals compare by value, not by their JSON text. */
const intervalsKey = (intervals: CountingInterval[]) =>
  intervals.map((i) => `${i.from}/${i.to ?? ''}/${i.hoursPerWeek}`).join(',');

const sameState = (stored: StoredState, next: CountingState) =>
  stored.organisation_id === next.organisationId &&
  stored.unit_id === next.unitId &&
  stored.method === next.method &&
  stored.target_group === next.targetGroup &&
  intervalsKey(stored.intervals) === intervalsKey(next.intervals);

/** Weekly hours in hundredths, so sums of two-decimal hours stay exact in JavaScript. */
const cents = (hours: number) => Math.round(hours * 100);

/**
 * The quota ledger and its counter. Every change to how a placement counts appends one line with
 * the placement's complete counting afterwards and, in the same transaction, moves the counter
 * by the difference between the previous line and the new one. The caller holds the placement's
 * row lock, so lines of one placement never interleave.
 */
@Injectable()
export class QuotaLedger {
  /** Appends a line unless the counting is unchanged; returns whether it appended. */
  async record(manager: EntityManager, change: LedgerChange): Promise<boolean> {
    return (await this.recordAll(manager, [change])) > 0;
  }

  /**
   * Appends the lines of several placements and moves the counter once for all of them: the
   * counter rows are then locked in one statement, in key order, as every other writer does, so
   * a recount of several placements cannot deadlock with a single placement's write. Returns how
   * many lines it appended.
   */
  async recordAll(
    manager: EntityManager,
    changes: readonly LedgerChange[],
  ): Promise<number> {
    const steps: CounterStep[] = [];
    let appended = 0;
    for (const change of changes) {
      const [previous] = (await manager.query(
        `SELECT organisation_id, unit_id, method, target_group, intervals
           FROM quota_ledger WHERE placement_id = $1 ORDER BY id DESC LIMIT 1`,
        [change.placementId],
      )) as StoredState[];
      if (previous && sameState(previous, change)) continue;
      await manager.query(
        `INSERT INTO quota_ledger (placement_id, candidate_id, organisation_id, unit_id, method,
           target_group, kind, effective_date, intervals, note, recorded_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          change.placementId,
          change.candidateId,
          change.organisationId,
          change.unitId,
          change.method,
          change.targetGroup,
          change.kind,
          change.effectiveDate,
          JSON.stringify(change.intervals),
          change.note,
          change.recordedByUserId,
        ],
      );
      appended += 1;
      if (previous)
        steps.push(
          ...stepsOf(
            {
              organisationId: previous.organisation_id,
              unitId: previous.unit_id,
              method: previous.method,
              targetGroup: previous.target_group,
              intervals: previous.intervals,
            },
            -1,
          ),
        );
      steps.push(...stepsOf(change, 1));
    }
    await this.moveCounter(manager, steps);
    return appended;
  }

  private async moveCounter(
    manager: EntityManager,
    steps: CounterStep[],
  ): Promise<void> {
    const summed = new Map<string, CounterStep>();
    for (const step of steps) {
      const key = [
        step.organisationId,
        step.date,
        step.unitId,
        step.method,
        step.targetGroup,
      ].join('|');
      const seen = summed.get(key);
      if (seen) seen.hoursCents += step.hoursCents;
      else summed.set(key, { ...step });
    }
    // One statement in key order: two writers of the same organisation lock rows in the same order.
    const rows = [...summed]
      .filter(([, step]) => step.hoursCents !== 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, step]) => step);
    if (rows.length === 0) return;
    const columns = [
      rows.map((row) => row.organisationId),
      rows.map((row) => row.date),
      rows.map((row) => row.unitId),
      rows.map((row) => row.method),
      rows.map((row) => row.targetGroup),
      rows.map((row) => (row.hoursCents / 100).toFixed(2)),
    ];
    await manager.query(
      `INSERT INTO quota_counter_deltas AS c
         (organisation_id, effective_date, unit_id, method, target_group, hours_delta)
       SELECT * FROM unnest($1::uuid[], $2::date[], $3::uuid[], $4::varchar[], $5::varchar[], $6::numeric[])
       ON CONFLICT (organisation_id, effective_date, unit_id, method, target_group)
       DO UPDATE SET hours_delta = c.hours_delta + EXCLUDED.hours_delta`,
      columns,
    );
    // A step that cancels out leaves no row, exactly as a rebuild would.
    await manager.query(
      `DELETE FROM quota_counter_deltas c
        USING unnest($1::uuid[], $2::date[], $3::uuid[], $4::varchar[], $5::varchar[]) AS k(o, d, u, m, t)
        WHERE c.organisation_id = k.o AND c.effective_date = k.d AND c.unit_id = k.u
          AND c.method = k.m AND c.target_group = k.t AND c.hours_delta = 0`,
      columns.slice(0, 5),
    );
  }
}

interface CounterStep {
  organisationId: string;
  date: string;
  unitId: string;
  method: PlacementMethod;
  targetGroup: TargetGroup;
  hoursCents: number;
}

function stepsOf(state: CountingState, sign: 1 | -1): CounterStep[] {
  return counterDeltas(state.intervals).map((delta) => ({
    organisationId: state.organisationId,
    date: delta.date,
    unitId: state.unitId,
    method: state.method,
    targetGroup: state.targetGroup,
    hoursCents: sign * cents(delta.hoursDelta),
  }));
}

/**
 * The counter recomputed from the newest ledger line of every placement, in one SQL statement
 * that mirrors `counterDeltas`: +hours on an interval's first day, -hours the day after its last.
 */
const REBUILT_COUNTER_SQL = `
  WITH latest AS (
    SELECT DISTINCT ON (placement_id) organisation_id, unit_id, method, target_group, intervals
      FROM quota_ledger ORDER BY placement_id, id DESC
  ), spans AS (
    SELECT l.organisation_id, l.unit_id, l.method, l.target_group,
           (i ->> 'from')::date AS first_day, (i ->> 'to')::date AS last_day,
           round((i ->> 'hoursPerWeek')::numeric, 2) AS hours
      FROM latest l CROSS JOIN LATERAL jsonb_array_elements(l.intervals) AS i
  ), steps AS (
    SELECT organisation_id, first_day AS effective_date, unit_id, method, target_group, hours FROM spans
    UNION ALL
    SELECT organisation_id, last_day + 1, unit_id, method, target_group, -hours FROM spans
     WHERE last_day IS NOT NULL
  )
  SELECT organisation_id, effective_date, unit_id, method, target_group, SUM(hours) AS hours_delta
    FROM steps GROUP BY organisation_id, effective_date, unit_id, method, target_group
  HAVING SUM(hours) <> 0`;

/**
 * Replaces the whole counter with its projection of the ledger and reports how many rows differed.
 * The exclusive lock lets dashboards read on but makes writers wait, and a writer that appended
 * its line before the lock either committed first (the rebuild sees the line) or moves the
 * counter after the rebuild by exactly its own difference.
 */
export async function rebuildQuotaCounters(
  dataSource: DataSource,
): Promise<QuotaRebuildResultDto> {
  const started = Date.now();
  return dataSource.transaction(async (manager) => {
    await manager.query('LOCK TABLE quota_counter_deltas IN EXCLUSIVE MODE');
    await manager.query(
      `CREATE TEMP TABLE rebuilt_counter ON COMMIT DROP AS ${REBUILT_COUNTER_SQL}`,
    );
    const [{ differences }] = (await manager.query(
      `SELECT count(*)::int AS differences
         FROM rebuilt_counter r
         FULL JOIN quota_counter_deltas c
           USING (organisation_id, effective_date, unit_id, method, target_group)
        WHERE r.hours_delta IS DISTINCT FROM c.hours_delta`,
    )) as { differences: number }[];
    await manager.query('DELETE FROM quota_counter_deltas');
    await manager.query(
      `INSERT INTO quota_counter_deltas (organisation_id, effective_date, unit_id, method, target_group, hours_delta)
       SELECT organisation_id, effective_date, unit_id, method, target_group, hours_delta FROM rebuilt_counter`,
    );
    const [{ entries, rows }] = (await manager.query(
      `SELECT (SELECT count(*) FROM quota_ledger)::int AS entries,
              (SELECT count(*) FROM rebuilt_counter)::int AS rows`,
    )) as { entries: number; rows: number }[];
    return {
      ledgerEntries: entries,
      counterRows: rows,
      differences,
      durationMs: Date.now() - started,
    };
  });
}
