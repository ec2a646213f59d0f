import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type {
  CoachDashboardRowDto,
  CoachingRecordDto,
} from '@jcw/shared-contracts';
import { addDays, addMonths, mondayOf } from '@jcw/shared-domain';
import {
  RunningApi,
  integrationConfig,
  integrationRun,
  startHttpApp,
} from '@jcw/testing-integration';
import { applySeeds } from '@jcw/api-platform';
import { candidatesDemoSeed } from '@jcw/api-candidates';
import { coachingDemoSeed } from '@jcw/api-coaching';
import { ApiModule } from './app/api.module';
import {
  IdentityWorld,
  SignedIn,
  buildIdentityWorld,
  signIn,
} from './testing/identity-world';

/** A random citizen number passing the eleven-test. */
function aBsn(): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, index) =>
      index === 0
        ? 1 + Math.floor(Math.random() * 9)
        : Math.floor(Math.random() * 10),
    );
    const sum = digits.reduce(
      (total, digit, index) => total + digit * (9 - index),
      0,
    );
    const last = sum % 11;
    if (last <= 9) return [...digits, last].join('');
  }
}

/** Today in the Netherlands, the day the API reasons in. */
const today = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
}).format(new Date());

describe('the jobcoach record over HTTP', () => {
  let api: RunningApi;
  let world: IdentityWorld;
  /** A jobcoach of our own, so the dashboard holds only this suite's candidates. */
  let coach: SignedIn;
  const db = new Client({ connectionString: integrationRun().databaseUrl });

  const call = (
    method: string,
    path: string,
    body?: unknown,
    token = coach.token,
  ) => api.call(method, path, { token, body });

  /** A candidate assigned to `coach`, with a 32-hour placement that started `months` ago. */
  async function aCandidate(
    options: { placementMonthsAgo?: number | null; lastName?: string } = {},
  ): Promise<string> {
    const created = await call(
      'POST',
      '/api/candidates',
      {
        bsn: aBsn(),
        firstName: 'Sanne',
        lastName: options.lastName ?? `Coaching ${randomUUID().slice(0, 6)}`,
        targetGroup: 'wajong_work_capacity',
        registerStartDate: '2024-01-15',
        jobcoachUserId: coach.user.id,
      },
      world.as.hr_adviser.token,
    );
    expect(created.status).toBe(201);
    const months =
      options.placementMonthsAgo === undefined ? 4 : options.placementMonthsAgo;
    if (months !== null) {
      await db.query(
        `UPDATE candidates SET placement_start_date = $2, placement_hours_per_week = 32 WHERE id = $1`,
        [created.body.id, addMonths(today, -months)],
      );
    }
    return created.body.id;
  }

  const evaluation = (
    milestoneMonths: number,
    wellbeing: number,
    placementStart: string,
  ) => ({
    milestoneMonths,
    evaluationDate: addMonths(placementStart, milestoneMonths),
    wellbeing,
    workloadFit: 4,
    teamFit: 4,
    managerSupport: 3,
    notes: 'Gesprek met Sanne en haar leidinggevende.',
  });

  async function auditEntries(entityId: string) {
    const rows = await db.query<{
      action: string;
      entity_type: string;
      actor_user_id: string;
      changed_fields: string[];
    }>(
      `SELECT action, entity_type, actor_user_id, changed_fields FROM audit_log WHERE entity_id = $1 ORDER BY id`,
      [entityId],
    );
    return rows.rows;
  }

  beforeAll(async () => {
    const config = integrationConfig();
    api = await startHttpApp(ApiModule.forRoot(config), config);
    world = await buildIdentityWorld(api, config);
    await db.connect();
    const email = `coach-${randomUUID().slice(0, 8)}@voorbeeldzaken.nl`;
    const user = await api.call('POST', '/api/users', {
      token: world.as.admin.token,
      body: {
        email,
        displayName: 'Coby Coach',
        password: 'Begeleiden-op-de-werkplek-7',
        roles: ['jobcoach'],
      },
    });
    expect(user.status).toBe(201);
    coach = await signIn(api, email, 'Begeleiden-op-de-werkplek-7');
  });

  afterAll(async () => {
    await db.end();
    await api.app.close();
  });

  it('lets the assigned coach log a contact, a goal and hours, with the norm beside the hours', async () => {
    const id = await aCandidate();
    const base = `/api/candidates/${id}/coaching`;

    const contact = await call('POST', `${base}/contacts`, {
      contactDate: today,
      type: 'workplace_visit',
      notes: 'Eerste werkplekbezoek, inwerken loopt goed.',
    });
    expect(contact.status).toBe(201);
    expect(contact.body).toMatchObject({
      candidateId: id,
      coachUserId: coach.user.id,
      type: 'workplace_visit',
    });

    const goal = await call('POST', `${base}/goals`, {
      title: 'Zelfstandig de postronde lopen',
    });
    expect(goal.status).toBe(201);
    expect(goal.body).toMatchObject({ status: 'open', progressPercent: 0 });
    const progressed = await call('PATCH', `${base}/goals/${goal.body.id}`, {
      status: 'in_progress',
      progressPercent: 40,
    });
    expect(progressed.status).toBe(200);
    expect(progressed.body).toMatchObject({
      status: 'in_progress',
      progressPercent: 40,
    });

    const week = mondayOf(today);
    const hours = await call('PUT', `${base}/hours/${week}`, { hours: 3.5 });
    expect(hours.status).toBe(200);
    // 15 % of 32 working hours in the first year of the placement.
    expect(hours.body).toEqual({ weekStart: week, hours: 3.5, normHours: 4.8 });

    const record = await call('GET', base);
    expect(record.status).toBe(200);
    const body = record.body as CoachingRecordDto;
    expect(body.contacts.map((c) => c.id)).toEqual([contact.body.id]);
    expect(body.goals).toEqual([progressed.body]);
    expect(body.weeks).toEqual([
      { weekStart: week, hours: 3.5, normHours: 4.8 },
    ]);
    expect(body.upcomingEvaluations.map((due) => due.milestoneMonths)).toEqual([
      1, 3, 6, 12,
    ]);
    expect(body.atRisk).toBe(false);
    expect(body.signals).toEqual([]);
  });

  it('flags a drop in wellbeing from 4 to 2 and lists the candidate first on the dashboard with a switch-place review', async () => {
    const steady = await aCandidate({ lastName: 'Aa Stabiel' });
    await call('POST', `/api/candidates/${steady}/coaching/contacts`, {
      contactDate: today,
      type: 'call',
    });
    const id = await aCandidate({ lastName: 'Zz Terugval' });
    const start = addMonths(today, -4);
    await call('POST', `/api/candidates/${id}/coaching/contacts`, {
      contactDate: addDays(today, -3),
      type: 'workplace_visit',
    });
    for (const [milestone, wellbeing] of [
      [1, 4],
      [3, 2],
    ]) {
      const created = await call(
        'POST',
        `/api/candidates/${id}/coaching/evaluations`,
        evaluation(milestone, wellbeing, start),
      );
      expect(created.status).toBe(201);
    }

    const record = (await call('GET', `/api/candidates/${id}/coaching`))
      .body as CoachingRecordDto;
    expect(record.atRisk).toBe(true);
    expect(record.signals).toEqual([
      {
        code: 'evaluation_drop',
        score: 'wellbeing',
        from: 4,
        to: 2,
        milestoneMonths: 3,
      },
    ]);
    expect(record.upcomingEvaluations).toEqual([
      { milestoneMonths: 6, dueDate: addMonths(start, 6) },
      { milestoneMonths: 12, dueDate: addMonths(start, 12) },
    ]);

    const dashboard = await call('GET', '/api/coaching/dashboard');
    expect(dashboard.status).toBe(200);
    const rows = dashboard.body as CoachDashboardRowDto[];
    expect(rows[0]).toMatchObject({
      candidateId: id,
      atRisk: true,
      suggestSwitchPlaceReview: true,
      lastContactDate: addDays(today, -3),
      nextEvaluation: { milestoneMonths: 6, dueDate: addMonths(start, 6) },
    });
    expect(rows.find((row) => row.candidateId === steady)).toMatchObject({
      atRisk: false,
      suggestSwitchPlaceReview: false,
      signals: [],
    });

    const adviserView = await call(
      'GET',
      '/api/coaching/dashboard',
      undefined,
      world.as.hr_adviser.token,
    );
    expect(
      (adviserView.body as CoachDashboardRowDto[]).map(
        (row) => row.candidateId,
      ),
    ).toEqual(expect.arrayContaining([id, steady]));
  });

  it('flags an incident', async () => {
    const id = await aCandidate({ placementMonthsAgo: null });
    const incident = await call(
      'POST',
      `/api/candidates/${id}/coaching/contacts`,
      {
        contactDate: today,
        type: 'incident',
        notes: 'Conflict met een collega over de planning.',
      },
    );
    expect(incident.status).toBe(201);
    const record = (await call('GET', `/api/candidates/${id}/coaching`))
      .body as CoachingRecordDto;
    expect(record.atRisk).toBe(true);
    expect(record.signals).toEqual([{ code: 'incident', contactDate: today }]);
    // No placement: no norm and no evaluations due.
    expect(record.upcomingEvaluations).toEqual([]);
  });

  it('flags a candidate whose coach had no contact for more than six weeks', async () => {
    const id = await aCandidate();
    await call('POST', `/api/candidates/${id}/coaching/contacts`, {
      contactDate: addDays(today, -50),
      type: 'call',
    });
    const record = (await call('GET', `/api/candidates/${id}/coaching`))
      .body as CoachingRecordDto;
    expect(record.signals).toEqual([
      {
        code: 'no_recent_contact',
        lastContactDate: addDays(today, -50),
        weeks: 7,
      },
    ]);
  });

  it('gives another jobcoach 404 for a candidate not assigned to them, reading or writing', async () => {
    const id = await aCandidate();
    const other = world.as.jobcoach.token;
    const base = `/api/candidates/${id}/coaching`;
    expect((await call('GET', base, undefined, other)).status).toBe(404);
    expect(
      (
        await call(
          'POST',
          `${base}/contacts`,
          { contactDate: today, type: 'call' },
          other,
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await call(
          'PUT',
          `${base}/hours/${mondayOf(today)}`,
          { hours: 1 },
          other,
        )
      ).status,
    ).toBe(404);
    expect(
      (await call('GET', `${base}/logbook.pdf`, undefined, other)).status,
    ).toBe(404);
    const rows = await db.query(
      `SELECT 1 FROM coaching_contacts WHERE candidate_id = $1 UNION ALL SELECT 1 FROM coaching_hours WHERE candidate_id = $1`,
      [id],
    );
    expect(rows.rowCount).toBe(0);
  });

  it('lets the HR adviser of the organisation read and write the record', async () => {
    const id = await aCandidate();
    const adviser = world.as.hr_adviser.token;
    expect(
      (
        await call(
          'POST',
          `/api/candidates/${id}/coaching/goals`,
          { title: 'Vaste werktijden afspreken' },
          adviser,
        )
      ).status,
    ).toBe(201);
    const record = await call(
      'GET',
      `/api/candidates/${id}/coaching`,
      undefined,
      adviser,
    );
    expect(record.status).toBe(200);
    expect(record.body.goals).toHaveLength(1);
  });

  it('refuses managers and coordinators with 403', async () => {
    const id = await aCandidate();
    for (const role of ['manager', 'coordinator'] as const) {
      const token = world.as[role].token;
      expect(
        (await call('GET', `/api/candidates/${id}/coaching`, undefined, token))
          .status,
      ).toBe(403);
      expect(
        (
          await call(
            'POST',
            `/api/candidates/${id}/coaching/contacts`,
            { contactDate: today, type: 'call' },
            token,
          )
        ).status,
      ).toBe(403);
      expect(
        (await call('GET', '/api/coaching/dashboard', undefined, token)).status,
      ).toBe(403);
    }
  });

  it('treats an erased candidate as not found', async () => {
    const id = await aCandidate();
    await db.query(`UPDATE candidates SET erased_at = now() WHERE id = $1`, [
      id,
    ]);
    expect((await call('GET', `/api/candidates/${id}/coaching`)).status).toBe(
      404,
    );
    const dashboard = await call('GET', '/api/coaching/dashboard');
    expect(
      (dashboard.body as CoachDashboardRowDto[]).map((row) => row.candidateId),
    ).not.toContain(id);
  });

  it('refuses a second evaluation for the same milestone with 409', async () => {
    const id = await aCandidate();
    const start = addMonths(today, -4);
    const path = `/api/candidates/${id}/coaching/evaluations`;
    expect((await call('POST', path, evaluation(1, 4, start))).status).toBe(
      201,
    );
    const again = await call('POST', path, evaluation(1, 5, start));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('EVALUATION_EXISTS');
    expect(again.body.details).toEqual([
      {
        field: 'milestoneMonths',
        message: 'milestoneMonths 1 is already evaluated for this candidate',
      },
    ]);
  });

  it('refuses scores outside 1-5 and milestones other than 1, 3, 6 and 12', async () => {
    const id = await aCandidate();
    const response = await call(
      'POST',
      `/api/candidates/${id}/coaching/evaluations`,
      { ...evaluation(2, 6, today), teamFit: 2.5 },
    );
    expect(response.status).toBe(400);
    expect(
      [
        ...new Set(
          response.body.details.map((d: { field: string }) => d.field),
        ),
      ].sort(),
    ).toEqual(['milestoneMonths', 'teamFit', 'wellbeing']);
  });

  it('refuses hours for a week that does not start on a Monday, naming weekStart', async () => {
    const id = await aCandidate();
    const tuesday = addDays(mondayOf(today), 1);
    const response = await call(
      'PUT',
      `/api/candidates/${id}/coaching/hours/${tuesday}`,
      { hours: 2 },
    );
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      {
        field: 'weekStart',
        message: 'weekStart must be a Monday written YYYY-MM-DD',
      },
    ]);
  });

  it('refuses more than 80 hours or more than two decimals, naming hours', async () => {
    const id = await aCandidate();
    const path = `/api/candidates/${id}/coaching/hours/${mondayOf(today)}`;
    for (const hours of [80.5, 1.255, -1]) {
      const response = await call('PUT', path, { hours });
      expect(response.status).toBe(400);
      expect(
        response.body.details.map((d: { field: string }) => d.field),
      ).toContain('hours');
    }
  });

  it('downloads the logbook as a PDF', async () => {
    const id = await aCandidate();
    await call(
      'PUT',
      `/api/candidates/${id}/coaching/hours/${mondayOf(today)}`,
      {
        hours: 4,
      },
    );
    for (const lang of ['nl', 'en']) {
      const response = await fetch(
        `${api.url}/api/candidates/${id}/coaching/logbook.pdf?lang=${lang}`,
        { headers: { authorization: `Bearer ${coach.token}` } },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/pdf');
      const pdf = Buffer.from(await response.arrayBuffer());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    const reads = await auditEntries(id);
    expect(
      reads.filter((entry) => entry.entity_type === 'coaching_logbook'),
    ).toHaveLength(2);
  });

  it('audits every write and every full read, naming fields but never their values', async () => {
    const id = await aCandidate();
    const base = `/api/candidates/${id}/coaching`;
    const start = addMonths(today, -4);
    const week = mondayOf(today);
    const contact = await call('POST', `${base}/contacts`, {
      contactDate: today,
      type: 'call',
      notes: 'Vertrouwelijk: slaapt slecht.',
    });
    const goal = await call('POST', `${base}/goals`, { title: 'Pauzes nemen' });
    await call('PATCH', `${base}/goals/${goal.body.id}`, {
      progressPercent: 20,
    });
    await call('PUT', `${base}/hours/${week}`, { hours: 2 });
    await call('PUT', `${base}/hours/${week}`, { hours: 2.5 });
    // The same hours again change nothing and leave no entry.
    await call('PUT', `${base}/hours/${week}`, { hours: 2.5 });
    const evaluated = await call(
      'POST',
      `${base}/evaluations`,
      evaluation(1, 4, start),
    );
    await call('GET', base);

    const byCoach = (entries: Awaited<ReturnType<typeof auditEntries>>) =>
      entries.map(({ action, entity_type, actor_user_id }) => {
        expect(actor_user_id).toBe(coach.user.id);
        return `${action} ${entity_type}`;
      });
    expect(byCoach(await auditEntries(contact.body.id))).toEqual([
      'entity.created coaching_contact',
    ]);
    expect(byCoach(await auditEntries(goal.body.id))).toEqual([
      'entity.created coaching_goal',
      'entity.updated coaching_goal',
    ]);
    expect(byCoach(await auditEntries(`${id}:${week}`))).toEqual([
      'entity.created coaching_hours',
      'entity.updated coaching_hours',
    ]);
    expect(byCoach(await auditEntries(evaluated.body.id))).toEqual([
      'entity.created coaching_evaluation',
    ]);
    expect(
      byCoach(
        (await auditEntries(id)).filter(
          (entry) => entry.entity_type === 'coaching_record',
        ),
      ),
    ).toEqual(['profile.read coaching_record']);
    const all = await db.query(
      `SELECT to_jsonb(a) AS row FROM audit_log a WHERE entity_id = $1`,
      [contact.body.id],
    );
    expect(JSON.stringify(all.rows)).not.toContain('slaapt');
    expect(all.rows[0].row.changed_fields).toEqual([
      'contactDate',
      'notes',
      'type',
    ]);
  });

  it('seeds a demo record in which the demo jobcoach sees Sanne flagged first', async () => {
    await applySeeds(integrationConfig(), [
      candidatesDemoSeed,
      coachingDemoSeed,
    ]);
    const dashboard = await api.call('GET', '/api/coaching/dashboard', {
      token: world.as.jobcoach.token,
    });
    expect(dashboard.status).toBe(200);
    // Earlier tests give the demo jobcoach candidates of their own, so look Sanne up by name.
    const rows: Array<{ displayName: string; atRisk: boolean }> =
      dashboard.body;
    const sanneAt = rows.findIndex(
      (row) => row.displayName === 'Sanne de Vries',
    );
    const sanne = dashboard.body[sanneAt];
    expect(sanne).toMatchObject({
      atRisk: true,
      suggestSwitchPlaceReview: true,
    });
    expect(sanne.signals).toContainEqual(
      expect.objectContaining({
        code: 'evaluation_drop',
        score: 'wellbeing',
        from: 4,
        to: 2,
      }),
    );
    // Flagged candidates come first.
    expect(rows.slice(0, sanneAt).every((row) => row.atRisk)).toBe(true);
    const mohamed = rows.find((row) => row.displayName === 'Mohamed El Amrani');
    expect(mohamed).toMatchObject({ atRisk: false });
  });
});
