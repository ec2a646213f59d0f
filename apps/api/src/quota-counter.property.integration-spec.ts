import fc from 'fast-check';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { QuotaDashboardDto } from '@jcw/shared-contracts';
import { PlacementsService } from '@jcw/api-placements';
import {
  RunningApi,
  integrationConfig,
  integrationRun,
  startHttpApp,
} from '@jcw/testing-integration';
import { ApiModule } from './app/api.module';
import {
  QuotaOrganisation,
  buildQuotaOrganisation,
} from './testing/quota-world';

const YEAR = 2025;
const METHODS = [
  'individual',
  'collective',
  'hired_in',
  'procurement',
  'other_employer',
] as const;

/** A day of 2024-2025 as an ISO date, from a day number relative to 1 January 2025. */
function dayOf(offset: number): string {
  return new Date(Date.UTC(YEAR, 0, 1 + offset)).toISOString().slice(0, 10);
}

type Operation =
  | {
      kind: 'create';
      candidate: number;
      unit: number;
      method: number;
      start: number;
      hours: number;
    }
  | { kind: 'hours'; placement: number; from: number; hours: number }
  | { kind: 'end'; placement: number; day: number }
  | { kind: 'start'; placement: number; day: number }
  | { kind: 'unit'; placement: number; unit: number }
  | { kind: 'register'; candidate: number; day: number | null };

const halfHours = fc.integer({ min: 8, max: 56 }).map((half) => half / 2);
const day = fc.integer({ min: -200, max: 400 });
const operation: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('create' as const),
      candidate: fc.nat(15),
      unit: fc.nat(1),
      method: fc.nat(4),
      start: day,
      hours: halfHours,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('hours' as const),
      placement: fc.nat(),
      from: day,
      hours: halfHours,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('end' as const),
      placement: fc.nat(),
      day,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('start' as const),
      placement: fc.nat(),
      day,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('unit' as const),
      placement: fc.nat(),
      unit: fc.nat(1),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('register' as const),
      candidate: fc.nat(15),
      day: fc.option(day, { freq: 3 }),
    }),
  },
);

/**
 * The counter under a random history: 1,000 placement operations sent to the API eight at a time
 * (so writes about one person race), including register end changes recounted as the worker does.
 * Afterwards the incremental counter must equal its rebuild from the ledger, and both must equal a
 * day-by-day recomputation from the placements as stored, written here without the product's code.
 */
describe('the quota counter under 1,000 random concurrent operations', () => {
  let api: RunningApi;
  let org: QuotaOrganisation;
  const units: string[] = [];
  const candidates: string[] = [];
  const config = integrationConfig();
  const db = new Client({ connectionString: integrationRun().databaseUrl });

  beforeAll(async () => {
    api = await startHttpApp(ApiModule.forRoot(config), config);
    org = await buildQuotaOrganisation(api, config);
    units.push(org.unitId);
    const second = await api.call('POST', '/api/units', {
      token: org.admin.token,
      body: { name: 'Team Schoonmaak', kind: 'team', parentId: null },
    });
    units.push(second.body.id);
    for (let i = 0; i < 16; i++)
      candidates.push(await org.candidate({ maxHoursPerWeek: 40 }));
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await api.app.close();
  });

  async function apply(
    operation: Operation,
    placements: string[],
  ): Promise<number> {
    const token = org.adviser.token;
    const placementOf = (index: number) =>
      placements[index % placements.length];
    switch (operation.kind) {
      case 'create': {
        const method = METHODS[operation.method];
        const answer = await api.call('POST', '/api/placements', {
          token,
          body: {
            candidateId: candidates[operation.candidate],
            unitId: units[operation.unit],
            method,
            contractKind: 'employment',
            lenderName: method === 'hired_in' ? 'Werkbedrijf' : null,
            teamName: method === 'collective' ? 'Team Binnenwerk' : null,
            teamLeaderName: method === 'collective' ? 'Tessa Teamleider' : null,
            startDate: dayOf(operation.start),
            hoursPerWeek: operation.hours,
          },
        });
        if (answer.status === 201) placements.push(answer.body.id);
        return answer.status;
      }
      case 'hours':
        if (placements.length === 0) return 0;
        return (
          await api.call(
            'POST',
            `/api/placements/${placementOf(operation.placement)}/hours`,
            {
              token,
              body: {
                effectiveFrom: dayOf(operation.from),
                hoursPerWeek: operation.hours,
              },
            },
          )
        ).status;
      case 'end':
        if (placements.length === 0) return 0;
        return (
          await api.call(
            'POST',
            `/api/placements/${placementOf(operation.placement)}/end`,
            {
              token,
              body: { endDate: dayOf(operation.day), reason: 'contract_ended' },
            },
          )
        ).status;
      case 'start':
        if (placements.length === 0) return 0;
        return (
          await api.call(
            'PATCH',
            `/api/placements/${placementOf(operation.placement)}`,
            {
              token,
              body: { startDate: dayOf(operation.day) },
            },
          )
        ).status;
      case 'unit':
        if (placements.length === 0) return 0;
        return (
          await api.call(
            'PATCH',
            `/api/placements/${placementOf(operation.placement)}`,
            {
              token,
              body: { unitId: units[operation.unit] },
            },
          )
        ).status;
      case 'register': {
        const candidateId = candidates[operation.candidate];
        const answer = await api.call(
          'PATCH',
          `/api/candidates/${candidateId}`,
          {
            token,
            body: {
              registerEndDate:
                operation.day === null ? null : dayOf(operation.day),
            },
          },
        );
        // What the worker does with the outbox message the change wrote.
        await api.app
          .get(DataSource)
          .transaction((manager) =>
            api.app
              .get(PlacementsService)
              .recountCandidate(manager, candidateId),
          );
        return answer.status;
      }
    }
  }

  /** Weekly hours per method on every day of the year, from the stored placements, day by day. */
  async function recompute(): Promise<Map<string, number[]>> {
    const { rows: placements } = await db.query(
      `SELECT p.id, p.method, p.start_date::text AS start, p.end_date::text AS "end",
              c.register_end_date::text AS register_end
         FROM placements p JOIN candidates c ON c.id = p.candidate_id
        WHERE p.organisation_id = $1`,
      [org.organisationId],
    );
    const { rows: steps } = await db.query(
      `SELECT placement_id, effective_from::text AS "from", hours_per_week::float AS hours
         FROM placement_hours h JOIN placements p ON p.id = h.placement_id
        WHERE p.organisation_id = $1 ORDER BY effective_from`,
      [org.organisationId],
    );
    const byMethod = new Map<string, number[]>(
      METHODS.map((method) => [method, new Array(365).fill(0)]),
    );
    for (const placement of placements) {
      const own = steps.filter((step) => step.placement_id === placement.id);
      for (let offset = 0; offset < 365; offset++) {
        const today = dayOf(offset);
        if (today < placement.start) continue;
        if (placement.end !== null && today > placement.end) continue;
        if (placement.register_end !== null && today > placement.register_end)
          continue;
        const step = own.filter((s) => s.from <= today).pop();
        if (step)
          (byMethod.get(placement.method) as number[])[offset] += step.hours;
      }
    }
    return byMethod;
  }

  it('keeps the incremental counter equal to its rebuild and to a day-by-day recomputation', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(operation, { minLength: 1000, maxLength: 1000 }),
        async (operations) => {
          const placements: string[] = [];
          const statuses = new Map<number, number>();
          for (let i = 0; i < operations.length; i += 8) {
            const answers = await Promise.all(
              operations.slice(i, i + 8).map((op) => apply(op, placements)),
            );
            for (const status of answers)
              statuses.set(status, (statuses.get(status) ?? 0) + 1);
          }
          // Refusals are expected (overlapping hours, dates outside a placement); errors are not.
          expect(
            [...statuses.keys()].filter((status) => status >= 500),
          ).toEqual([]);
          expect(placements.length).toBeGreaterThan(50);

          const rebuilt = await api.call('POST', '/api/quota/rebuild', {
            token: org.admin.token,
          });
          expect(rebuilt.body.differences).toBe(0);

          const expected = await recompute();
          const total = (offset: number) =>
            [...expected.values()].reduce((sum, days) => sum + days[offset], 0);
          for (const offset of [
            0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 364,
          ]) {
            const shown = (
              await api.call(
                'GET',
                `/api/quota/dashboard?year=${YEAR}&date=${dayOf(offset)}`,
                {
                  token: org.adviser.token,
                },
              )
            ).body as QuotaDashboardDto;
            expect(shown.standToday.total).toBeCloseTo(total(offset) / 25.5, 9);
            for (const method of METHODS) {
              const slice =
                shown.byMethod.find((s) => s.key === method)?.standToday ?? 0;
              expect({ method, stand: slice }).toEqual({
                method,
                stand: expect.closeTo(
                  (expected.get(method) as number[])[offset] / 25.5,
                  9,
                ),
              });
            }
          }
          const shown = (
            await api.call('GET', `/api/quota/dashboard?year=${YEAR}`, {
              token: org.adviser.token,
            })
          ).body as QuotaDashboardDto;
          let hourDays = 0;
          for (let offset = 0; offset < 365; offset++)
            hourDays += total(offset);
          expect(shown.yearProjected.total).toBeCloseTo(
            hourDays / 25.5 / 365,
            9,
          );
        },
      ),
      {
        numRuns: 1,
        endOnFailure: true,
        // A failure prints its seed; QUOTA_PROPERTY_SEED=<seed> replays the same operations.
        ...(process.env['QUOTA_PROPERTY_SEED']
          ? { seed: Number(process.env['QUOTA_PROPERTY_SEED']) }
          : {}),
      },
    );
  });
});
