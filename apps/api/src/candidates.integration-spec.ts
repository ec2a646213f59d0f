import { Client } from 'pg';
import { applySeeds } from '@jcw/api-platform';
import { candidatesDemoSeed } from '@jcw/api-candidates';
import {
  RunningApi,
  integrationConfig,
  integrationRun,
  startHttpApp,
} from '@jcw/testing-integration';
import { ApiModule } from './app/api.module';
import { IdentityWorld, buildIdentityWorld } from './testing/identity-world';

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

describe('candidate profiles over HTTP', () => {
  let api: RunningApi;
  let world: IdentityWorld;
  const db = new Client({ connectionString: integrationRun().databaseUrl });

  const createCandidate = (body: Record<string, unknown> = {}) =>
    api.call('POST', '/api/candidates', {
      token: world.as.hr_adviser.token,
      body: {
        bsn: aBsn(),
        firstName: 'Fenna',
        lastName: 'Testkandidaat',
        targetGroup: 'wajong_work_capacity',
        registerStartDate: '2025-03-01',
        ...body,
      },
    });

  beforeAll(async () => {
    const config = integrationConfig();
    api = await startHttpApp(ApiModule.forRoot(config), config);
    world = await buildIdentityWorld(api, config);
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await api.app.close();
  });

  it('stores the citizen number only as a keyed hash and its last three digits', async () => {
    const bsn = aBsn();
    const created = await createCandidate({ bsn });
    expect(created.status).toBe(201);
    expect(created.body.bsnLast3).toBe(bsn.slice(-3));
    const row = await db.query(
      `SELECT to_jsonb(c) AS row FROM candidates c WHERE id = $1`,
      [created.body.id],
    );
    expect(JSON.stringify(row.rows[0].row)).not.toContain(bsn);
    expect(JSON.stringify(created.body)).not.toContain(bsn);
  });

  it('refuses a citizen number that fails the eleven-test, naming the field', async () => {
    const response = await createCandidate({ bsn: '123456781' });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      {
        field: 'bsn',
        message: 'bsn must be 9 digits that pass the eleven-test',
      },
    ]);
  });

  it('refuses the same citizen number twice in one organisation', async () => {
    const bsn = aBsn();
    expect((await createCandidate({ bsn })).status).toBe(201);
    const again = await createCandidate({ bsn, firstName: 'Tweede' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CANDIDATE_EXISTS');
  });

  it('audits every full profile read, by whom and of which candidate', async () => {
    const created = await createCandidate();
    await api.call('GET', `/api/candidates/${created.body.id}`, {
      token: world.as.hr_adviser.token,
    });
    await api.call('GET', `/api/candidates/${created.body.id}`, {
      token: world.as.hr_adviser.token,
    });
    const page = await api.call(
      'GET',
      `/api/audit?action=profile.read&entityId=${created.body.id}`,
      { token: world.as.admin.token },
    );
    expect(page.body.items).toHaveLength(2);
    expect(page.body.items[0]).toMatchObject({
      actorUserId: world.as.hr_adviser.user.id,
      entityType: 'candidate',
    });
  });

  it('gives a jobcoach only the candidates assigned to them', async () => {
    const assigned = await createCandidate({
      jobcoachUserId: world.as.jobcoach.user.id,
    });
    const other = await createCandidate();
    const list = await api.call('GET', '/api/candidates', {
      token: world.as.jobcoach.token,
    });
    const ids = list.body.map((candidate: { id: string }) => candidate.id);
    expect(ids).toContain(assigned.body.id);
    expect(ids).not.toContain(other.body.id);
    expect(
      (
        await api.call('GET', `/api/candidates/${other.body.id}`, {
          token: world.as.jobcoach.token,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await api.call('GET', `/api/candidates/${assigned.body.id}`, {
          token: world.as.jobcoach.token,
        })
      ).status,
    ).toBe(200);
  });

  it('lets the assigned jobcoach update possibilities but not reassign the candidate', async () => {
    const created = await createCandidate({
      jobcoachUserId: world.as.jobcoach.user.id,
    });
    const update = await api.call(
      'PATCH',
      `/api/candidates/${created.body.id}`,
      {
        token: world.as.jobcoach.token,
        body: {
          limitations: { work_pace: 2, noise: 1 },
          maxHoursPerWeek: 20,
          consentGiven: true,
        },
      },
    );
    expect(update.status).toBe(200);
    expect(update.body).toMatchObject({
      limitations: { work_pace: 2, noise: 1 },
      maxHoursPerWeek: 20,
      consent: { given: true },
    });
    const reassign = await api.call(
      'PATCH',
      `/api/candidates/${created.body.id}`,
      { token: world.as.jobcoach.token, body: { jobcoachUserId: null } },
    );
    expect(reassign.status).toBe(403);
  });

  it('shows what matching still misses, and refuses unknown limitation dimensions', async () => {
    const created = await createCandidate();
    expect(created.body.completeness.missing).toEqual(
      expect.arrayContaining(['educationLevel', 'limitations', 'consent']),
    );
    const bad = await api.call('PATCH', `/api/candidates/${created.body.id}`, {
      token: world.as.hr_adviser.token,
      body: { limitations: { telepathy: 1 } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('limitations');
  });

  it('records changed field names, never their values, when a profile changes', async () => {
    const created = await createCandidate();
    await api.call('PATCH', `/api/candidates/${created.body.id}`, {
      token: world.as.hr_adviser.token,
      body: {
        notes: 'Heeft last van drukte in de ochtend',
        educationLevel: 'mbo1',
      },
    });
    const page = await api.call(
      'GET',
      `/api/audit?action=entity.updated&entityId=${created.body.id}`,
      { token: world.as.admin.token },
    );
    expect(page.body.items[0].changedFields).toEqual([
      'educationLevel',
      'notes',
    ]);
    expect(JSON.stringify(page.body)).not.toContain('drukte');
  });

  it('seeds demo candidates whose complete profiles the demo jobcoach can open', async () => {
    await applySeeds(integrationConfig(), [candidatesDemoSeed]);
    const list = await api.call('GET', '/api/candidates', {
      token: world.as.jobcoach.token,
    });
    const sanne = list.body.find(
      (candidate: { displayName: string }) =>
        candidate.displayName === 'Sanne de Vries',
    );
    expect(sanne).toMatchObject({ consentGiven: true, completenessScore: 100 });
    const profile = await api.call('GET', `/api/candidates/${sanne.id}`, {
      token: world.as.jobcoach.token,
    });
    expect(profile.body).toMatchObject({
      bsnLast3: '782',
      limitations: { interruptions: 2 },
      completeness: { missing: [] },
    });
  });

  it('keeps candidates of one organisation out of reach of another', async () => {
    const created = await createCandidate();
    const otherOrgAdviser = await api.call('POST', '/api/users', {
      token: world.otherAdmin.token,
      body: {
        email: `adviseur-${Date.now()}@elders.example`,
        displayName: 'Eva Elders',
        password: 'Lange-zin-voor-test-5',
        roles: ['hr_adviser'],
      },
    });
    const signedIn = await api.call('POST', '/api/auth/login', {
      body: {
        email: otherOrgAdviser.body.email,
        password: 'Lange-zin-voor-test-5',
      },
    });
    const token = signedIn.body.accessToken;
    expect(
      (await api.call('GET', `/api/candidates/${created.body.id}`, { token }))
        .status,
    ).toBe(404);
    expect(
      (
        await api.call('PATCH', `/api/candidates/${created.body.id}`, {
          token,
          body: { notes: 'x' },
        })
      ).status,
    ).toBe(404);
    expect((await api.call('GET', '/api/candidates', { token })).body).toEqual(
      [],
    );
  });
});
