import type { EntityManager } from 'typeorm';
import {
  DEMO_ACCOUNTS,
  DEMO_ORGANISATION,
  TargetGroup,
} from '@jcw/shared-contracts';
import type { Seed } from '@jcw/api-platform';
import {
  addDays,
  countingIntervals,
  todayInTheNetherlands,
} from '@jcw/shared-domain';
import { QuotaLedger } from './quota-ledger';

/**
 * The demo organisation's quota year: its paid hours (a ministry of about 1,400 FTE) and the two
 * coached candidates at work since the dates their coaching record tells (Sanne 20 h for four
 * months, Mohamed 20 h for five weeks), each with its first ledger line, so the quota dashboard
 * has figures from the start. Kees Bakker and Lotte Jansen are not placed.
 */
export const placementsDemoSeed: Seed = {
  name: 'placements-demo-2026-11',
  async run(manager: EntityManager) {
    const today = todayInTheNetherlands();
    const [organisation] = (await manager.query(
      `SELECT id FROM organisations WHERE payroll_tax_number = $1`,
      [DEMO_ORGANISATION.payrollTaxNumber],
    )) as { id: string }[];
    const [unit] = (await manager.query(
      `SELECT id FROM org_units WHERE organisation_id = $1 AND name = 'Team Post en Archief'`,
      [organisation.id],
    )) as { id: string }[];
    const adviserEmail = DEMO_ACCOUNTS.find(
      (a) => a.role === 'hr_adviser',
    )?.email;
    const [adviser] = (await manager.query(
      `SELECT id FROM users WHERE email = $1`,
      [adviserEmail],
    )) as { id: string }[];
    await manager.query(
      `INSERT INTO organisation_quota_years (organisation_id, year, total_paid_hours, paid_hours_source, note, updated_by_user_id)
       VALUES ($1, $2, 2400000, 'entered', 'Demo: verloonde uren volgens de jaaropgave', NULL)
       ON CONFLICT DO NOTHING`,
      [organisation.id, Number(today.slice(0, 4))],
    );
    const ledger = new QuotaLedger();
    for (const [firstName, daysAgo] of [
      ['Sanne', 122],
      ['Mohamed', 35],
    ] as const) {
      const [candidate] = (await manager.query(
        `SELECT id, target_group, register_end_date::text AS register_end_date FROM candidates
          WHERE organisation_id = $1 AND first_name = $2`,
        [organisation.id, firstName],
      )) as {
        id: string;
        target_group: TargetGroup;
        register_end_date: string | null;
      }[];
      const startDate = addDays(today, -daysAgo);
      const hours = [{ effectiveFrom: startDate, hoursPerWeek: 20 }];
      const [placement] = (await manager.query(
        `INSERT INTO placements (organisation_id, unit_id, candidate_id, method, contract_kind, start_date, created_by_user_id)
         VALUES ($1, $2, $3, 'individual', 'employment', $4, $5) RETURNING id`,
        [organisation.id, unit.id, candidate.id, startDate, adviser.id],
      )) as { id: string }[];
      await manager.query(
        `INSERT INTO placement_hours (placement_id, effective_from, hours_per_week) VALUES ($1, $2, 20)`,
        [placement.id, startDate],
      );
      await ledger.record(manager, {
        placementId: placement.id,
        candidateId: candidate.id,
        organisationId: organisation.id,
        unitId: unit.id,
        method: 'individual',
        targetGroup: candidate.target_group,
        intervals: countingIntervals({
          startDate,
          endDate: null,
          hoursHistory: hours,
          registerEndDate: candidate.register_end_date,
        }),
        kind: 'placement_started',
        effectiveDate: startDate,
        note: null,
        recordedByUserId: adviser.id,
      });
    }
  },
};
