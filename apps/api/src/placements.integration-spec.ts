import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type {
  ApiErrorDetail,
  PlacementDto,
  QuotaDashboardDto,
  QuotaLinesDto,
} from '@jcw/shared-contracts';
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
import { IdentityWorld, buildIdentityWorld } from './testing/identity-world';

/**
 * Placements and the quota counter over HTTP on a real PostgreSQL: the worked numbers of the
 * issue and DOMAIN.md, idempotent retries, concurrent writes about one person, validation, and
 * who may see what. Each organisation here is fresh, so its figures hold only this suite's data.
 */
describe('placements and the quota counter', () => {
  let api: RunningApi;
  let world: IdentityWorld;
  let org: QuotaOrganisation;
  const config = integrationConfig();
  const db = new Client({ connectionString: integrationRun().databaseUrl });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
  const call = <T = any>(
    method: string,
    path: string,
    token: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) =>
    api.call(method, path, { token, body, headers }) as Promise<{
      status: number;
      body: T;
    }>;

  const place = (
    candidateId: string,
    overrides: Record<string, unknown> = {},
    target: QuotaOrganisation = org,
    headers?: Record<string, string>,
  ) =>
    // A refusal answers with the error body instead: its `details` name the fields.
    call<PlacementDto & { details: ApiErrorDetail[] }>(
      'POST',
      '/api/placements',
      target.adviser.token,
      {
        candidateId,
        unitId: target.unitId,
        method: 'individual',
        contractKind: 'employment',
        startDate: '2025-01-01',
        hoursPerWeek: 20,
        ...overrides,
      },
      headers,
    );

  const lines = (query: string, target = org) =>
    call<QuotaLinesDto>(
      'GET',
      `/api/quota/lines?${query}`,
      target.adviser.token,
    );
  const dashboard = (query: string, target = org) =>
    call<QuotaDashboardDto>(
      'GET',
      `/api/quota/dashboard?${query}`,
      target.adviser.token,
    );
  const lineOf = async (placementId: string, query: string) =>
    (await lines(query)).body.lines.find(
      (line) => line.placementId === placementId,
    );

  async function counterMatchesRebuild(): Promise<void> {
    const rebuilt = await call(
      'POST',
      '/api/quota/rebuild',
      world.as.admin.token,
    );
    expect(rebuilt.status).toBe(200);
    expect(rebuilt.body.differences).toBe(0);
  }

  beforeAll(async () => {
    api = await startHttpApp(ApiModule.forRoot(config), config);
    world = await buildIdentityWorld(api, config);
    org = await buildQuotaOrganisation(api, config);
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await api.app.close();
  });

  describe('the worked numbers', () => {
    it('20 h a week all year: stand 0.784 on any day and 0.784 jobs over the year', async () => {
      const created = await place(await org.candidate(), { hoursPerWeek: 20 });
      expect(created.status).toBe(201);
      expect(created.body.status).toBe('active');
      for (const date of ['2025-01-01', '2025-06-15', '2025-12-31']) {
        const line = await lineOf(created.body.id, `year=2025&date=${date}`);
        expect(line?.standToday).toBeCloseTo(0.784, 3);
      }
      const line = await lineOf(created.body.id, 'year=2025');
      expect(line?.yearProjected).toBeCloseTo(0.784, 3);
      expect(line?.ledger.map((entry) => entry.kind)).toEqual([
        'placement_started',
      ]);
    });

    it('30 h a week from 1 July: stand 1.176 on 31 December, year total 1.176 x 184/365 = 0.593', async () => {
      const created = await place(await org.candidate(), {
        hoursPerWeek: 30,
        startDate: '2025-07-01',
      });
      expect(created.status).toBe(201);
      const atYearEnd = await lineOf(
        created.body.id,
        'year=2025&date=2025-12-31',
      );
      expect(atYearEnd?.standToday).toBeCloseTo(1.176, 3);
      expect(atYearEnd?.yearProjected).toBeCloseTo(0.593, 3);
      expect(
        (await lineOf(created.body.id, 'year=2025&date=2025-06-30'))
          ?.standToday,
      ).toBe(0);
    });

    it('a candidate whose register ends on 30 June stops counting from 1 July', async () => {
      const created = await place(
        await org.candidate({ registerEndDate: '2025-06-30' }),
        {
          hoursPerWeek: 25.5,
        },
      );
      expect(created.status).toBe(201);
      expect(
        (await lineOf(created.body.id, 'year=2025&date=2025-06-30'))
          ?.standToday,
      ).toBe(1);
      expect(
        (await lineOf(created.body.id, 'year=2025&date=2025-07-01'))
          ?.standToday,
      ).toBe(0);
      expect(
        (await lineOf(created.body.id, 'year=2025'))?.yearProjected,
      ).toBeCloseTo(181 / 365, 6);
    });

    it('the dashboard equals the sum of the lines behind it, and the counter equals its rebuild', async () => {
      const shown = await dashboard('year=2025&date=2025-12-31');
      expect(shown.status).toBe(200);
      const behind = await lines('year=2025&date=2025-12-31');
      expect(shown.body.standToday.counting).toBeCloseTo(
        behind.body.sums.standToday,
        9,
      );
      expect(shown.body.yearProjected.counting).toBeCloseTo(
        behind.body.sums.yearProjected,
        9,
      );
      expect(shown.body.yearProjected.counting).toBeCloseTo(
        0.784 + 0.593 + 181 / 365,
        3,
      );
      await counterMatchesRebuild();
    });

    it('a hired-in worker at 25.5 h counts 1.0 for the hiring organisation and 0 for the lender', async () => {
      const hirer = await buildQuotaOrganisation(api, config);
      const lenderBefore = await dashboard('year=2025&date=2025-03-01');
      const created = await place(
        await hirer.candidate(),
        {
          method: 'hired_in',
          contractKind: 'secondment',
          lenderName: org.organisationName,
          hoursPerWeek: 25.5,
        },
        hirer,
      );
      expect(created.status).toBe(201);
      const hirerFigures = await dashboard('year=2025&date=2025-03-01', hirer);
      expect(hirerFigures.body.standToday.counting).toBe(1);
      expect(hirerFigures.body.byMethod).toEqual([
        expect.objectContaining({ key: 'hired_in', standToday: 1 }),
      ]);
      const lenderAfter = await dashboard('year=2025&date=2025-03-01');
      expect(lenderAfter.body.standToday).toEqual(lenderBefore.body.standToday);
    });

    it('1,000,000 paid hours at 1.93 % need 14.555 jobs; 10.0 realised leave a levy of EUR 22,775', async () => {
      const example = await buildQuotaOrganisation(api, config);
      const year = await call(
        'PUT',
        `/api/quota/organisations/${example.organisationId}/years/2018`,
        example.admin.token,
        { totalPaidHours: 1_000_000, explicitTargetJobs: null },
      );
      expect(year.status).toBe(200);
      for (let i = 0; i < 10; i++) {
        const created = await place(
          await example.candidate(),
          { startDate: '2018-01-01', hoursPerWeek: 25.5 },
          example,
        );
        expect(created.status).toBe(201);
      }
      const figures = (await dashboard('year=2018', example)).body;
      expect(figures.yearProjected.counting).toBeCloseTo(10, 9);
      expect(figures.requiredJobs).toBeCloseTo(14.555, 3);
      expect(figures.shortfallJobs).toBeCloseTo(4.555, 3);
      expect(Math.round(figures.levyEstimate as number)).toBe(22775);
      expect(figures.realisationFraction).toBeCloseTo(10 / 14.555, 3);
    });

    it('procurement is shown apart and counts only in a year whose rule says so', async () => {
      const buyer = await buildQuotaOrganisation(api, config);
      const created = await place(
        await buyer.candidate(),
        {
          method: 'procurement',
          contractKind: 'social_return',
          startDate: '2026-01-01',
          hoursPerWeek: 25.5,
        },
        buyer,
      );
      expect(created.status).toBe(201);
      const notCounting = (await dashboard('year=2026&date=2026-06-01', buyer))
        .body;
      expect(notCounting.standToday).toEqual({
        total: 1,
        counting: 0,
        procurement: 1,
      });
      expect(
        (await lines('year=2026&date=2026-06-01', buyer)).body.lines,
      ).toHaveLength(0);
      expect(
        (await lines('year=2026&date=2026-06-01&method=procurement', buyer))
          .body.lines,
      ).toHaveLength(1);
      const parameters = (
        await call('GET', '/api/quota/parameters', world.as.admin.token)
      ).body.find((row: { year: number }) => row.year === 2026);
      const flip = (procurementCounts: boolean) =>
        call('PUT', '/api/quota/parameters/2026', world.as.admin.token, {
          quotaFraction: parameters.quotaFraction,
          levyPerUnfilledJob: parameters.levyPerUnfilledJob,
          weeksPerYear: parameters.weeksPerYear,
          thresholdPaidHours: parameters.thresholdPaidHours,
          procurementCounts,
          sourceNote: 'test: voorgenomen wetswijziging inkoop',
          toConfirm: true,
        });
      expect((await flip(true)).status).toBe(200);
      try {
        const counting = (await dashboard('year=2026&date=2026-06-01', buyer))
          .body;
        expect(counting.standToday.counting).toBe(1);
        expect(counting.parameters.procurementCounts).toBe(true);
      } finally {
        expect((await flip(false)).status).toBe(200);
      }
    });
  });

  describe('changes over time', () => {
    it('hours changes, a retroactive correction and the end each append one ledger line and move the counter', async () => {
      const created = await place(await org.candidate(), {
        startDate: '2024-01-01',
        hoursPerWeek: 20,
      });
      const id = created.body.id;
      const hours = await call<PlacementDto>(
        'POST',
        `/api/placements/${id}/hours`,
        org.adviser.token,
        {
          effectiveFrom: '2024-07-01',
          hoursPerWeek: 30,
          note: 'meer taken erbij',
        },
      );
      expect(hours.status).toBe(200);
      expect(hours.body.hoursHistory).toEqual([
        { effectiveFrom: '2024-01-01', hoursPerWeek: 20 },
        { effectiveFrom: '2024-07-01', hoursPerWeek: 30 },
      ]);
      const ended = await call<PlacementDto>(
        'POST',
        `/api/placements/${id}/end`,
        org.adviser.token,
        {
          endDate: '2024-09-30',
          reason: 'too_heavy',
        },
      );
      expect(ended.status).toBe(200);
      expect(ended.body.status).toBe('ended');
      const ledger = await call(
        'GET',
        `/api/placements/${id}/ledger`,
        org.adviser.token,
      );
      expect(ledger.body.map((entry: { kind: string }) => entry.kind)).toEqual([
        'placement_started',
        'corrected',
        'placement_ended',
      ]);
      expect(ledger.body[2].intervals).toEqual([
        { from: '2024-01-01', to: '2024-06-30', hoursPerWeek: 20 },
        { from: '2024-07-01', to: '2024-09-30', hoursPerWeek: 30 },
      ]);
      expect(ledger.body[0].recordedBy).toBe('Hanna Adviseur');
      const line = await lineOf(id, 'year=2024');
      expect(line?.yearProjected).toBeCloseTo(
        (20 * 182 + 30 * 92) / 25.5 / 366,
        9,
      );
      expect(
        (await lineOf(id, 'year=2024&date=2024-10-01'))?.standToday ?? 0,
      ).toBe(0);
      // A write that changes nothing about the counting appends nothing.
      const renamed = await call(
        'PATCH',
        `/api/placements/${id}`,
        org.adviser.token,
        { contractKind: 'agency' },
      );
      expect(renamed.status).toBe(200);
      expect(
        (await call('GET', `/api/placements/${id}/ledger`, org.adviser.token))
          .body,
      ).toHaveLength(3);
      await expect(
        db.query(`UPDATE quota_ledger SET note = 'x' WHERE placement_id = $1`, [
          id,
        ]),
      ).rejects.toThrow(/append-only/);
      await counterMatchesRebuild();
    });

    it('a placement on a published package fills it, and a second placement on it is refused', async () => {
      // A carved package of this organisation, published straight in the database to keep the test short.
      const [{ id: packageId }] = (
        await db.query(
          `INSERT INTO carved_packages (organisation_id, unit_id, title, status, carved_job_cost_per_hour, published_at)
           VALUES ($1, $2, 'Postkamer', 'published', 20, now()) RETURNING id`,
          [org.organisationId, org.unitId],
        )
      ).rows;
      const first = await place(await org.candidate(), {
        packageId,
        startDate: '2026-02-01',
      });
      expect(first.status).toBe(201);
      expect(first.body.packageTitle).toBe('Postkamer');
      const second = await place(await org.candidate(), {
        packageId,
        startDate: '2026-02-01',
      });
      expect(second.status).toBe(409);
      expect(second.body.details[0].field).toBe('packageId');
      const { rows } = await db.query(
        `SELECT status FROM carved_packages WHERE id = $1`,
        [packageId],
      );
      expect(rows[0].status).toBe('filled');
    });
  });

  describe('retries and concurrency', () => {
    it('a retried create with the same Idempotency-Key returns the first answer and creates nothing new', async () => {
      const candidateId = await org.candidate();
      const key = `retry-${randomUUID()}`;
      const answers = await Promise.all(
        Array.from({ length: 5 }, () =>
          place(candidateId, {}, org, { 'Idempotency-Key': key }),
        ),
      );
      expect(answers.map((answer) => answer.status)).toEqual([
        201, 201, 201, 201, 201,
      ]);
      expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
      const again = await place(candidateId, {}, org, {
        'Idempotency-Key': key,
      });
      expect(again.body).toEqual(answers[0].body);
      const { rows } = await db.query(
        `SELECT (SELECT count(*) FROM placements WHERE candidate_id = $1)::int AS placements,
                (SELECT count(*) FROM quota_ledger WHERE candidate_id = $1)::int AS lines`,
        [candidateId],
      );
      expect(rows[0]).toEqual({ placements: 1, lines: 1 });
      const reused = await place(candidateId, { hoursPerWeek: 12 }, org, {
        'Idempotency-Key': key,
      });
      expect(reused.status).toBe(422);
      expect(reused.body.details[0].field).toBe('Idempotency-Key');
      const invalid = await place(candidateId, {}, org, {
        'Idempotency-Key': 'x',
      });
      expect(invalid.status).toBe(400);
      expect(invalid.body.details[0].field).toBe('Idempotency-Key');
    });

    it('a retried hours change is applied once', async () => {
      const created = await place(await org.candidate(), {
        startDate: '2026-01-05',
      });
      const key = `hours-${randomUUID()}`;
      const change = () =>
        call(
          'POST',
          `/api/placements/${created.body.id}/hours`,
          org.adviser.token,
          { effectiveFrom: '2026-03-02', hoursPerWeek: 24 },
          { 'Idempotency-Key': key },
        );
      const [a, b] = await Promise.all([change(), change()]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(a.body).toEqual(b.body);
      const ledger = await call(
        'GET',
        `/api/placements/${created.body.id}/ledger`,
        org.adviser.token,
      );
      expect(ledger.body).toHaveLength(2);
    });

    it('two placements that together exceed the candidate maximum: exactly one of two concurrent creates wins', async () => {
      for (let round = 0; round < 5; round++) {
        const candidateId = await org.candidate({ maxHoursPerWeek: 32 });
        const [a, b] = await Promise.all([
          place(candidateId, { hoursPerWeek: 20 }),
          place(candidateId, { hoursPerWeek: 16 }),
        ]);
        expect([a.status, b.status].sort()).toEqual([201, 409]);
        const refused = a.status === 409 ? a : b;
        expect(refused.body.details[0].field).toBe('hoursPerWeek');
      }
      await counterMatchesRebuild();
    });

    it('concurrent hour changes of one person serialise: the second sees the first and is refused', async () => {
      for (let round = 0; round < 3; round++) {
        const candidateId = await org.candidate({ maxHoursPerWeek: 40 });
        const first = await place(candidateId, { hoursPerWeek: 20 });
        const second = await place(candidateId, { hoursPerWeek: 10 });
        const [a, b] = await Promise.all([
          call(
            'POST',
            `/api/placements/${first.body.id}/hours`,
            org.adviser.token,
            { effectiveFrom: '2025-06-01', hoursPerWeek: 25 },
          ),
          call(
            'POST',
            `/api/placements/${second.body.id}/hours`,
            org.adviser.token,
            { effectiveFrom: '2025-06-01', hoursPerWeek: 18 },
          ),
        ]);
        expect([a.status, b.status].sort()).toEqual([200, 409]);
      }
      await counterMatchesRebuild();
    });
  });

  describe('bad input and access', () => {
    it('names the field of every bad input and changes nothing', async () => {
      const candidateId = await org.candidate();
      const cases: [Record<string, unknown>, number, string][] = [
        [{ method: 'hired_in' }, 422, 'lenderName'],
        [{ method: 'collective', teamName: 'Team A' }, 422, 'teamLeaderName'],
        [{ startDate: '2025-02-30' }, 400, 'startDate'],
        [{ hoursPerWeek: 0 }, 400, 'hoursPerWeek'],
        [{ hoursPerWeek: 'veel' }, 400, 'hoursPerWeek'],
        [{ method: 'stage' }, 400, 'method'],
        [{ candidateId: randomUUID() }, 422, 'candidateId'],
        [{ unitId: randomUUID() }, 422, 'unitId'],
        [{ plannedEndDate: '2024-12-31' }, 422, 'plannedEndDate'],
        [{ hoursPerWeek: 41 }, 409, 'hoursPerWeek'],
      ];
      for (const [overrides, status, field] of cases) {
        const answer = await place(candidateId, overrides);
        expect({ overrides, status: answer.status }).toEqual({
          overrides,
          status,
        });
        expect(answer.body.details.map((detail) => detail.field)).toContain(
          field,
        );
      }
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM placements WHERE candidate_id = $1`,
        [candidateId],
      );
      expect(rows[0].n).toBe(0);
      const created = await place(candidateId);
      const endsEarly = await call(
        'POST',
        `/api/placements/${created.body.id}/end`,
        org.adviser.token,
        {
          endDate: '2024-12-31',
          reason: 'too_heavy',
        },
      );
      expect(endsEarly.status).toBe(422);
      expect(endsEarly.body.details[0].field).toBe('endDate');
      const badReason = await call(
        'POST',
        `/api/placements/${created.body.id}/end`,
        org.adviser.token,
        {
          endDate: '2025-12-31',
          reason: 'bored',
        },
      );
      expect(badReason.status).toBe(400);
      expect(badReason.body.details[0].field).toBe('reason');
      const payroll = await call(
        'POST',
        `/api/quota/organisations/${org.organisationId}/years/2025/payroll`,
        org.admin.token,
        { csv: 'medewerker;verloonde_uren\n1;1.500,5\n2;veel\n' },
      );
      expect(payroll.status).toBe(422);
      expect(payroll.body.details[0]).toEqual({
        field: 'csv',
        message: expect.stringContaining('row 3'),
      });
      const noYear = await call(
        'GET',
        '/api/quota/dashboard?year=1999',
        org.adviser.token,
      );
      expect(noYear.status).toBe(400);
      expect(noYear.body.details[0].field).toBe('year');
    });

    it("sums a payroll export into the year's paid hours", async () => {
      const imported = await call(
        'POST',
        `/api/quota/organisations/${org.organisationId}/years/2025/payroll`,
        org.admin.token,
        { csv: 'medewerker;verloonde_uren\n1;1.500,50\n2;1664\n3;832,25\n' },
      );
      expect(imported.status).toBe(200);
      expect(imported.body).toMatchObject({ rows: 3, totalPaidHours: 3996.75 });
      expect(imported.body.year.paidHoursSource).toBe('payroll_import');
      const figures = (await dashboard('year=2025')).body;
      expect(figures.totalPaidHours).toBe(3996.75);
      // 3,996.75 paid hours is far below the 25-employee threshold: nothing is owed.
      expect(figures.belowThreshold).toBe(true);
      expect(figures.levyEstimate).toBe(0);
    });

    it('reports how long placements last and why they ended', async () => {
      const lasting = await buildQuotaOrganisation(api, config);
      const stayed = await place(
        await lasting.candidate(),
        { startDate: '2023-01-01' },
        lasting,
      );
      const left = await place(
        await lasting.candidate(),
        { startDate: '2023-01-01' },
        lasting,
      );
      expect([stayed.status, left.status]).toEqual([201, 201]);
      const ended = await call(
        'POST',
        `/api/placements/${left.body.id}/end`,
        lasting.adviser.token,
        {
          endDate: '2023-03-31',
          reason: 'too_heavy',
        },
      );
      expect(ended.status).toBe(200);
      const report = await call(
        'GET',
        '/api/placements/sustainability',
        lasting.adviser.token,
      );
      expect(report.status).toBe(200);
      expect(report.body.retention).toEqual([
        { months: 6, eligible: 2, retained: 1, share: 0.5 },
        { months: 12, eligible: 2, retained: 1, share: 0.5 },
        { months: 24, eligible: 2, retained: 1, share: 0.5 },
      ]);
      expect(report.body.endedByReason).toContainEqual({
        reason: 'too_heavy',
        count: 1,
      });
      expect(report.body.funnel.placementsActive).toBe(1);
      const coordinatorView = await call(
        'GET',
        `/api/placements/sustainability?organisationId=${lasting.organisationId}`,
        world.as.coordinator.token,
      );
      expect(coordinatorView.body.retention).toEqual(report.body.retention);
    });

    it('erasing a person blanks what was written about their placements and keeps the count', async () => {
      const candidateId = await org.candidate();
      const created = await place(candidateId, { startDate: '2025-02-01' });
      await call(
        'POST',
        `/api/placements/${created.body.id}/hours`,
        org.adviser.token,
        {
          effectiveFrom: '2025-03-01',
          hoursPerWeek: 24,
          note: 'Na gesprek over haar gezondheid',
        },
      );
      await call(
        'POST',
        `/api/placements/${created.body.id}/end`,
        org.adviser.token,
        {
          endDate: '2025-10-31',
          reason: 'health',
          note: 'Ziek uit dienst',
        },
      );
      const before = await lineOf(created.body.id, 'year=2025');
      const erased = await call(
        'DELETE',
        `/api/candidates/${candidateId}`,
        org.adviser.token,
      );
      expect(erased.status).toBe(204);
      const { rows } = await db.query(
        `SELECT (SELECT count(*) FROM quota_ledger WHERE candidate_id = $1 AND note IS NOT NULL)::int AS notes,
                (SELECT count(*) FROM quota_ledger WHERE candidate_id = $1)::int AS lines,
                (SELECT end_note FROM placements WHERE candidate_id = $1) AS end_note`,
        [candidateId],
      );
      expect(rows[0]).toEqual({ notes: 0, lines: 3, end_note: null });
      const after = await lineOf(created.body.id, 'year=2025');
      expect(after?.yearProjected).toBe(before?.yearProjected);
      await expect(
        db.query(
          `UPDATE quota_ledger SET effective_date = '2020-01-01' WHERE candidate_id = $1`,
          [candidateId],
        ),
      ).rejects.toThrow(/append-only/);
      await counterMatchesRebuild();
    });

    it('keeps placements to HR advisers of the organisation and figures to those who count', async () => {
      const created = await place(await org.candidate());
      expect(
        (
          await call(
            'GET',
            `/api/placements/${created.body.id}`,
            world.as.hr_adviser.token,
          )
        ).status,
      ).toBe(404);
      expect(
        (await call('GET', '/api/placements', world.as.jobcoach.token)).status,
      ).toBe(403);
      expect(
        (await call('GET', '/api/placements', world.as.manager.token)).status,
      ).toBe(403);
      expect(
        (
          await call(
            'GET',
            `/api/quota/dashboard?year=2025&organisationId=${org.organisationId}`,
            world.as.hr_adviser.token,
          )
        ).status,
      ).toBe(404);
      const coordinator = await call<QuotaDashboardDto>(
        'GET',
        `/api/quota/dashboard?year=2025&organisationId=${org.organisationId}`,
        world.as.coordinator.token,
      );
      expect(coordinator.status).toBe(200);
      const overview = await call(
        'GET',
        '/api/quota/overview?year=2025',
        world.as.coordinator.token,
      );
      expect(overview.status).toBe(200);
      const row = overview.body.rows.find(
        (r: { organisationId: string }) =>
          r.organisationId === org.organisationId,
      );
      expect(row.yearProjected).toBeCloseTo(
        coordinator.body.yearProjected.counting,
        9,
      );
      expect(
        (
          await call(
            'GET',
            '/api/quota/overview?year=2025',
            world.as.admin.token,
          )
        ).status,
      ).toBe(403);
      const lineView = await call<QuotaLinesDto>(
        'GET',
        `/api/quota/lines?year=2025&organisationId=${org.organisationId}`,
        world.as.coordinator.token,
      );
      expect(JSON.stringify(lineView.body)).not.toMatch(/Kandidaat/);
    });
  });
});
