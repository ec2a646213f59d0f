import { Client } from 'pg';
import { applySeeds } from '@jcw/api-platform';
import { candidatesDemoSeed } from '@jcw/api-candidates';
import {
  RunningApi,
  integrationConfig,
  integrationRun,
  startHttpApp,
} from '@jcw/testing-integration';
import { createHmac } from 'node:crypto';
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

/** The stored form of a citizen number, to prove erasure removed it too. */
function bsnHashOf(bsn: string): string {
  return createHmac('sha256', integrationConfig().bsnHmacSecret)
    .update(bsn)
    .digest('hex');
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
    const ids = list.body.items.map(
      (candidate: { id: string }) => candidate.id,
    );
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
    const sanne = list.body.items.find(
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
    expect(
      (await api.call('GET', '/api/candidates', { token })).body.items,
    ).toEqual([]);
  });

  it('erases a person on request and keeps only what the quota ledger needs', async () => {
    const bsn = aBsn();
    const created = await createCandidate({
      bsn,
      email: 'fenna@example.nl',
      postcode: '3511AB',
      jobcoachUserId: world.as.jobcoach.user.id,
    });
    const id = created.body.id;
    await api.call('PATCH', `/api/candidates/${id}`, {
      token: world.as.hr_adviser.token,
      body: {
        limitations: { noise: 2 },
        notes: 'Vertelde over haar diagnose',
        placementHoursPerWeek: 20,
      },
    });
    const erased = await api.call('DELETE', `/api/candidates/${id}`, {
      token: world.as.hr_adviser.token,
    });
    expect(erased.status).toBe(204);

    const row = (
      await db.query(
        `SELECT to_jsonb(c) AS row FROM candidates c WHERE id = $1`,
        [id],
      )
    ).rows[0].row;
    expect(row).toMatchObject({
      id,
      target_group: 'wajong_work_capacity',
      register_start_date: '2025-03-01',
      placement_hours_per_week: 20,
      first_name: '',
      last_name: '',
      bsn_last3: '',
      email: null,
      postcode: null,
      notes: null,
      limitations: {},
      jobcoach_user_id: null,
    });
    expect(row.erased_at).not.toBeNull();
    const text = JSON.stringify(row);
    for (const personal of [
      'Fenna',
      'Testkandidaat',
      'fenna@',
      '3511AB',
      'diagnose',
    ])
      expect(text).not.toContain(personal);
    expect(text).not.toContain(bsnHashOf(bsn));

    expect(
      (
        await api.call('GET', `/api/candidates/${id}`, {
          token: world.as.hr_adviser.token,
        })
      ).status,
    ).toBe(404);
    const list = await api.call(
      'GET',
      '/api/candidates?pageSize=100&q=Testkandidaat',
      {
        token: world.as.hr_adviser.token,
      },
    );
    expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(id);
    // The same person can be registered again from the register afterwards.
    expect((await createCandidate({ bsn })).status).toBe(201);
  });

  it('lets only an HR adviser erase, and a jobcoach never', async () => {
    const created = await createCandidate({
      jobcoachUserId: world.as.jobcoach.user.id,
    });
    const byCoach = await api.call(
      'DELETE',
      `/api/candidates/${created.body.id}`,
      {
        token: world.as.jobcoach.token,
      },
    );
    expect(byCoach.status).toBe(403);
  });

  it('filters the list by status, target group, region, completeness and coach, in pages', async () => {
    const marker = `Filter${Date.now()}`;
    for (let index = 0; index < 5; index += 1)
      await createCandidate({
        lastName: `${marker} ${index}`,
        targetGroup:
          index % 2 === 0 ? 'wsw_indication' : 'wajong_work_capacity',
        labourMarketRegion: index < 2 ? 'rijnmond' : 'twente',
        jobcoachUserId: index === 4 ? world.as.jobcoach.user.id : null,
        educationLevel: index === 3 ? 'mbo2' : null,
      });
    const get = (query: string) =>
      api.call('GET', `/api/candidates?q=${marker}&${query}`, {
        token: world.as.hr_adviser.token,
      });
    const names = (response: {
      body: { items: Array<{ displayName: string }> };
    }) => response.body.items.map((c) => c.displayName.split(' ').pop());

    const firstPage = await get('pageSize=2&page=1');
    expect(firstPage.body).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(names(firstPage)).toEqual(['0', '1']);
    expect(names(await get('pageSize=2&page=3'))).toEqual(['4']);
    expect(names(await get('targetGroup=wsw_indication'))).toEqual([
      '0',
      '2',
      '4',
    ]);
    expect(names(await get('region=rijnmond'))).toEqual(['0', '1']);
    expect(names(await get(`coach=${world.as.jobcoach.user.id}`))).toEqual([
      '4',
    ]);
    expect(names(await get('coach=none')).length).toBe(4);
    expect(names(await get('status=placed'))).toEqual([]);
    const moreComplete = await get('minCompleteness=1');
    expect(names(moreComplete)).toEqual(['3']);
    expect(moreComplete.body.items[0].completenessScore).toBeGreaterThan(0);

    const bad = await get('region=atlantis&pageSize=500');
    expect(bad.status).toBe(400);
    expect(
      bad.body.details.map((d: { field: string }) => d.field).sort(),
    ).toEqual(['pageSize', 'region']);
  });

  it('drops the coordinates of an old postcode when the postcode changes without new ones', async () => {
    const created = await createCandidate({
      postcode: '3511AB',
      latitude: 52.0921,
      longitude: 5.1156,
    });
    expect(created.body).toMatchObject({
      latitude: 52.0921,
      longitude: 5.1156,
    });
    const moved = await api.call(
      'PATCH',
      `/api/candidates/${created.body.id}`,
      {
        token: world.as.hr_adviser.token,
        body: { postcode: '9711AA' },
      },
    );
    expect(moved.body).toMatchObject({
      postcode: '9711AA',
      latitude: null,
      longitude: null,
    });
    const located = await api.call(
      'PATCH',
      `/api/candidates/${created.body.id}`,
      {
        token: world.as.hr_adviser.token,
        body: {
          latitude: 53.2194,
          longitude: 6.5665,
          labourMarketRegion: 'groningen',
        },
      },
    );
    expect(located.body).toMatchObject({
      latitude: 53.2194,
      labourMarketRegion: 'groningen',
    });
  });
});
