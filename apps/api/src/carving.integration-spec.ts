import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type {
  FunctionDto,
  PackageDto,
  TaskDto,
  UnitDto,
} from '@jcw/shared-contracts';
import {
  RunningApi,
  integrationConfig,
  integrationRun,
  startHttpApp,
} from '@jcw/testing-integration';
import { ApiModule } from './app/api.module';
import {
  IdentityWorld,
  SignedIn,
  buildIdentityWorld,
  signIn,
} from './testing/identity-world';

describe('job carving over HTTP', () => {
  let api: RunningApi;
  let world: IdentityWorld;
  let adviser: string;
  let units: UnitDto[];
  /** The demo manager's unit (Afdeling Facilitaire Zaken) and a sibling outside it. */
  let managersUnit: UnitDto;
  let otherUnit: UnitDto;
  let otherManager: SignedIn;
  const db = new Client({ connectionString: integrationRun().databaseUrl });

  // Untyped calls read error bodies and ids, like the harness's own call().
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const post = <T = any>(path: string, body: unknown, token = adviser) =>
    api.call('POST', path, { token, body }) as Promise<{
      status: number;
      body: T & { code?: string; details?: Array<{ field: string }> };
    }>;
  const patch = (path: string, body: unknown, token = adviser) =>
    api.call('PATCH', path, { token, body });
  const get = (path: string, token = adviser) =>
    api.call('GET', path, { token });

  async function aFunction(
    overrides: Record<string, unknown> = {},
  ): Promise<FunctionDto> {
    const response = await post<FunctionDto>('/api/functions', {
      unitId: managersUnit.id,
      title: `Medewerker facilitair ${randomUUID().slice(0, 6)}`,
      payScale: 'schaal 6',
      employerCostPerHour: 40,
      employeeCount: 4,
      contractHoursPerWeek: 36,
      ...overrides,
    });
    expect(response.status).toBe(201);
    return response.body;
  }

  async function aTask(
    functionId: string,
    overrides: Record<string, unknown> = {},
  ): Promise<TaskDto> {
    const response = await post<TaskDto>(`/api/functions/${functionId}/tasks`, {
      name: 'Post sorteren',
      hoursPerWeek: 10,
      frequency: 'daily',
      complexity: 'none',
      demands: { concentration: 1, social_contact: 0 },
      skills: ['Post sorteren', ' post sorteren '],
      ...overrides,
    });
    expect(response.status).toBe(201);
    return response.body;
  }

  const packageBody = (
    allocations: Array<{ taskId: string; hoursPerWeek: number }>,
    overrides: Record<string, unknown> = {},
  ) => ({
    unitId: managersUnit.id,
    title: 'Medewerker post en archief',
    carvedJobPayScale: 'schaal 2',
    carvedJobCostPerHour: 25,
    allocations,
    ...overrides,
  });

  beforeAll(async () => {
    const config = integrationConfig();
    api = await startHttpApp(ApiModule.forRoot(config), config);
    world = await buildIdentityWorld(api, config);
    adviser = world.as.hr_adviser.token;
    await db.connect();
    units = (await get('/api/units', world.as.admin.token)).body;
    managersUnit = units.find(
      (unit) => unit.id === world.as.manager.user.unitId,
    ) as UnitDto;
    const created = await post<UnitDto>(
      '/api/units',
      {
        name: `Afdeling ICT ${randomUUID().slice(0, 6)}`,
        kind: 'department',
        parentId: managersUnit.parentId,
      },
      world.as.admin.token,
    );
    otherUnit = created.body;
    const email = `manager-${randomUUID().slice(0, 8)}@voorbeeldzaken.nl`;
    const user = await post(
      '/api/users',
      {
        email,
        displayName: 'Ivo ICT-manager',
        password: 'Andere-afdeling-2026',
        roles: ['manager'],
        unitId: otherUnit.id,
      },
      world.as.admin.token,
    );
    expect(user.status).toBe(201);
    otherManager = await signIn(api, email, 'Andere-afdeling-2026');
  });

  afterAll(async () => {
    await db.end();
    await api.app.close();
  });

  it('serves the demand catalogue grouped by the FML rubrics to any signed-in user', async () => {
    const response = await get('/api/dimensions', world.as.jobcoach.token);
    expect(response.status).toBe(200);
    expect(response.body.version).toBe(1);
    expect(
      response.body.rubrics.map((r: { rubric: string }) => r.rubric),
    ).toEqual(['I', 'II', 'III', 'IV', 'V']);
    expect(response.body.dimensions.length).toBeGreaterThanOrEqual(20);
    expect(response.body.dimensions[0].levels).toHaveLength(3);
  });

  it('records a function with tasks, normalises skills and suggests which tasks are carvable', async () => {
    const fn = await aFunction();
    const simple = await aTask(fn.id);
    const complex = await aTask(fn.id, {
      name: 'Inkoop begroten',
      complexity: 'hbo',
      demands: { deadlines_and_peaks: 2 },
    });
    expect(simple).toMatchObject({
      skills: ['post sorteren'],
      demands: { concentration: 1 },
      carvable: true,
      remainingHoursPerWeek: 10,
    });
    expect(complex.carvable).toBe(false);
    expect(complex.notCarvableReasons).toEqual([
      { code: 'demand_too_high', dimension: 'deadlines_and_peaks', level: 2 },
      { code: 'too_complex', complexity: 'hbo' },
    ]);
    const read = await get(`/api/functions/${fn.id}`);
    expect(read.body.tasks.map((t: TaskDto) => t.name)).toEqual([
      'Post sorteren',
      'Inkoop begroten',
    ]);
  });

  it('names the field of bad input and never answers it with a 500', async () => {
    const fn = await aFunction();
    const bad = await post(`/api/functions/${fn.id}/tasks`, {
      name: 'Iets',
      hoursPerWeek: -2,
      frequency: 'hourly',
      complexity: 'mbo2',
      demands: { telepathy: 1 },
    });
    expect(bad.status).toBe(400);
    expect(
      bad.body.details?.map((d: { field: string }) => d.field).sort(),
    ).toEqual(['demands', 'frequency', 'hoursPerWeek']);
    const noTasks = await post('/api/packages', packageBody([]));
    expect(noTasks.status).toBe(400);
    expect(noTasks.body.details?.[0].field).toBe('allocations');
    const unknownTask = await post(
      '/api/packages',
      packageBody([{ taskId: randomUUID(), hoursPerWeek: 5 }]),
    );
    expect(unknownTask.status).toBe(404);
    expect(unknownTask.body.details?.[0].field).toBe('allocations.0.taskId');
  });

  it('composes a package from two functions with the worked numbers: 6 + 8 + 6.5 h = 20.5 h = 0.804 jobs', async () => {
    const post1 = await aFunction();
    const archive = await aFunction({ title: 'Archiefmedewerker' });
    const a = await aTask(post1.id, { hoursPerWeek: 6 });
    const b = await aTask(post1.id, {
      name: 'Pakketten rondbrengen',
      hoursPerWeek: 12,
      demands: { walking: 1 },
    });
    const c = await aTask(archive.id, {
      name: 'Dossiers scannen',
      hoursPerWeek: 6.5,
      skills: ['scannen'],
      solitary: true,
    });
    const created = await post<PackageDto>(
      '/api/packages',
      packageBody([
        { taskId: a.id, hoursPerWeek: 6 },
        { taskId: b.id, hoursPerWeek: 8 },
        { taskId: c.id, hoursPerWeek: 6.5 },
      ]),
    );
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('draft');
    expect(created.body.summary).toMatchObject({
      hoursPerWeek: 20.5,
      demandProfile: { concentration: 1, walking: 1 },
      skills: ['post sorteren', 'scannen'],
      complexity: 'none',
      warnings: [],
    });
    expect(created.body.summary.jobUnits).toBeCloseTo(0.804, 3);
    const remaining = await get(`/api/functions/${post1.id}`);
    expect(
      remaining.body.tasks.map((t: TaskDto) => t.remainingHoursPerWeek),
    ).toEqual([0, 4]);
  });

  it('warns, without refusing, under 12 hours and when every task is done alone', async () => {
    const fn = await aFunction();
    const task = await aTask(fn.id, { solitary: true });
    const created = await post<PackageDto>(
      '/api/packages',
      packageBody([{ taskId: task.id, hoursPerWeek: 8 }]),
    );
    expect(created.status).toBe(201);
    expect(created.body.summary.warnings).toEqual([
      { code: 'no_funded_jobcoaching', hoursPerWeek: 8, minHoursPerWeek: 12 },
      { code: 'isolating_job' },
    ]);
  });

  it('refuses a package outside the organisation hour bounds, naming the rule', async () => {
    const fn = await aFunction();
    const task = await aTask(fn.id, { hoursPerWeek: 60 });
    const tooSmall = await post(
      '/api/packages',
      packageBody([{ taskId: task.id, hoursPerWeek: 3 }]),
    );
    expect(tooSmall.status).toBe(422);
    expect(tooSmall.body.code).toBe('PACKAGE_INVALID');
    const tooBig = await post(
      '/api/packages',
      packageBody([{ taskId: task.id, hoursPerWeek: 44 }]),
    );
    expect(tooBig.status).toBe(422);
    expect(tooBig.body.details?.[0]).toEqual({
      field: 'allocations',
      message:
        "the package totals 44 hours per week; your organisation's maximum is 40",
    });
    const twoLines = await post(
      '/api/packages',
      packageBody([
        { taskId: task.id, hoursPerWeek: 30 },
        { taskId: task.id, hoursPerWeek: 12 },
      ]),
    );
    expect(twoLines.status).toBe(422);
  });

  it('refuses to allocate a task for more hours than it has left over all live packages', async () => {
    const fn = await aFunction();
    const task = await aTask(fn.id, { hoursPerWeek: 20 });
    const first = await post(
      '/api/packages',
      packageBody([{ taskId: task.id, hoursPerWeek: 14 }]),
    );
    expect(first.status).toBe(201);
    const second = await post(
      '/api/packages',
      packageBody([{ taskId: task.id, hoursPerWeek: 8 }]),
    );
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('TASK_OVER_ALLOCATED');
    expect(second.body.details?.[0].field).toBe('allocations.0.hoursPerWeek');
    const lowered = await patch(`/api/functions/${fn.id}/tasks/${task.id}`, {
      hoursPerWeek: 10,
    });
    expect(lowered.status).toBe(409);
    expect(lowered.body.details[0].field).toBe('hoursPerWeek');
    // Closing the first package hands its hours back.
    expect(
      (await post(`/api/packages/${first.body.id}/close`, {})).status,
    ).toBe(200);
    expect(
      (
        await post(
          '/api/packages',
          packageBody([{ taskId: task.id, hoursPerWeek: 20 }]),
        )
      ).status,
    ).toBe(201);
  });

  it('lets exactly one of two concurrent composers take the last hours of a task', async () => {
    for (let round = 0; round < 5; round += 1) {
      const fn = await aFunction();
      const task = await aTask(fn.id, { hoursPerWeek: 20 });
      const other = await aTask(fn.id, {
        name: 'Koffie zetten',
        hoursPerWeek: 20,
      });
      const results = await Promise.all([
        post(
          '/api/packages',
          packageBody([
            { taskId: task.id, hoursPerWeek: 12 },
            { taskId: other.id, hoursPerWeek: 4 },
          ]),
        ),
        post(
          '/api/packages',
          packageBody([
            { taskId: other.id, hoursPerWeek: 4 },
            { taskId: task.id, hoursPerWeek: 12 },
          ]),
        ),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      const { rows } = await db.query(
        `SELECT SUM(hours_per_week)::float AS hours FROM package_allocations WHERE task_id = $1`,
        [task.id],
      );
      expect(rows[0].hours).toBe(12);
    }
  });

  it('publishes once, writing exactly one outbox row, also when publish is clicked twice at once', async () => {
    const fn = await aFunction();
    const task = await aTask(fn.id, { hoursPerWeek: 16 });
    const created = await post<PackageDto>(
      '/api/packages',
      packageBody([{ taskId: task.id, hoursPerWeek: 16 }]),
    );
    const [one, two] = await Promise.all([
      post<PackageDto>(`/api/packages/${created.body.id}/publish`, {}),
      post<PackageDto>(`/api/packages/${created.body.id}/publish`, {}),
    ]);
    expect([one.status, two.status]).toEqual([200, 200]);
    expect(one.body).toMatchObject({ status: 'published', version: 1 });
    const { rows } = await db.query(
      `SELECT job_name, payload FROM outbox_messages WHERE payload->>'packageId' = $1`,
      [created.body.id],
    );
    expect(rows).toEqual([
      {
        job_name: 'carving.package-published',
        payload: {
          packageId: created.body.id,
          organisationId: world.as.hr_adviser.user.organisationId,
          version: 1,
        },
      },
    ]);
  });

  it('versions a published package on edit, keeps the old version readable, and freezes a filled one', async () => {
    const fn = await aFunction();
    const task = await aTask(fn.id, { hoursPerWeek: 30 });
    const created = await post<PackageDto>(
      '/api/packages',
      packageBody([{ taskId: task.id, hoursPerWeek: 16 }]),
    );
    const id = created.body.id;
    await post(`/api/packages/${id}/publish`, {});
    const edited = await patch(`/api/packages/${id}`, {
      allocations: [{ taskId: task.id, hoursPerWeek: 20 }],
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ version: 2, status: 'published' });
    const versions = await get(`/api/packages/${id}/versions`);
    expect(
      versions.body.map((v: { version: number; package: PackageDto }) => [
        v.version,
        v.package.summary.hoursPerWeek,
      ]),
    ).toEqual([
      [2, 20],
      [1, 16],
    ]);
    const outbox = await db.query(
      `SELECT job_id FROM outbox_messages WHERE payload->>'packageId' = $1 ORDER BY id`,
      [id],
    );
    expect(outbox.rows.map((row) => row.job_id)).toEqual([
      `carving.package-published.${id}.1`,
      `carving.package-published.${id}.2`,
    ]);
    expect((await post(`/api/packages/${id}/fill`, {})).status).toBe(200);
    const refused = await patch(`/api/packages/${id}`, { title: 'Anders' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('PACKAGE_NOT_EDITABLE');
  });

  it('computes the business case: freed hours per source function, cost, job units and levy avoided', async () => {
    const source = await aFunction({
      employerCostPerHour: 50,
      contractHoursPerWeek: 36,
    });
    const task = await aTask(source.id, { hoursPerWeek: 20 });
    const undone = await aTask(source.id, {
      name: 'Archief opschonen',
      hoursPerWeek: 10,
      leftUndone: true,
    });
    const created = await post<PackageDto>(
      '/api/packages',
      packageBody(
        [
          { taskId: task.id, hoursPerWeek: 18 },
          { taskId: undone.id, hoursPerWeek: 7.5 },
        ],
        { carvedJobCostPerHour: 30 },
      ),
    );
    const response = await get(
      `/api/packages/${created.body.id}/business-case?year=2018&wageCostSubsidyPercent=50&shortfallJobs=0.5`,
    );
    expect(response.status).toBe(200);
    const bc = response.body;
    expect(bc.freedBySourceFunction).toHaveLength(1);
    expect(bc.freedBySourceFunction[0]).toMatchObject({
      sourceFunctionId: source.id,
      hoursPerWeek: 18,
    });
    expect(bc.freedBySourceFunction[0].fte).toBeCloseTo(0.5, 6);
    expect(bc.freedValuePerYear).toBeCloseTo(18 * 50 * 52, 6);
    expect(bc.carvedJobGrossCostPerYear).toBeCloseTo(25.5 * 30 * 52, 6);
    expect(bc.carvedJobNetCostPerYear).toBeCloseTo((25.5 * 30 * 52) / 2, 6);
    expect(bc.jobUnitsAdded).toBeCloseTo(1, 9);
    // One job added, but only half a job short: the levy avoided is capped at the shortfall.
    expect(bc.levyAvoidedPerYear).toBeCloseTo(2500, 6);
    expect(bc).toMatchObject({
      parametersYear: 2018,
      quotaStanding: 'stated',
      parametersToConfirm: false,
    });
    const bad = await get(
      `/api/packages/${created.body.id}/business-case?wageCostSubsidyPercent=150`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('wageCostSubsidyPercent');
  });

  it('downloads the package as a PDF job description', async () => {
    const fn = await aFunction();
    const task = await aTask(fn.id, { hoursPerWeek: 16 });
    const created = await post<PackageDto>(
      '/api/packages',
      packageBody([{ taskId: task.id, hoursPerWeek: 16 }]),
    );
    const response = await fetch(
      `${api.url}/api/packages/${created.body.id}/pdf?lang=en`,
      {
        headers: { authorization: `Bearer ${world.as.manager.token}` },
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/pdf');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows a package to managers of its unit subtree only', async () => {
    const fn = await aFunction();
    const task = await aTask(fn.id, { hoursPerWeek: 16 });
    const created = await post<PackageDto>(
      '/api/packages',
      packageBody([{ taskId: task.id, hoursPerWeek: 16 }]),
    );
    const own = await get(
      `/api/packages/${created.body.id}`,
      world.as.manager.token,
    );
    expect(own.status).toBe(200);
    const foreign = await get(
      `/api/packages/${created.body.id}`,
      otherManager.token,
    );
    expect(foreign.status).toBe(404);
    const foreignList = await get('/api/packages', otherManager.token);
    expect(foreignList.body.map((p: { id: string }) => p.id)).not.toContain(
      created.body.id,
    );
    expect(
      (await get(`/api/functions/${fn.id}`, otherManager.token)).status,
    ).toBe(404);
    const managerWrite = await patch(
      `/api/packages/${created.body.id}`,
      { title: 'x' },
      world.as.manager.token,
    );
    expect(managerWrite.status).toBe(403);
  });

  it('ships at least ten templates, finds them by sector and text, and instantiates one into a function', async () => {
    const all = await get('/api/templates');
    expect(all.body.length).toBeGreaterThanOrEqual(10);
    const scanning = await get(
      `/api/templates?q=${encodeURIComponent('scannen')}`,
    );
    expect(scanning.body.length).toBeGreaterThan(0);
    expect(scanning.body.length).toBeLessThan(all.body.length);
    const template = scanning.body[0];
    const fn = await aFunction();
    const instantiated = await post<PackageDto>(
      `/api/templates/${template.id}/instantiate`,
      { functionId: fn.id, carvedJobCostPerHour: 24 },
    );
    expect(instantiated.status).toBe(201);
    expect(instantiated.body).toMatchObject({
      status: 'draft',
      unitId: fn.unitId,
      title: template.title,
    });
    expect(instantiated.body.summary.hoursPerWeek).toBeCloseTo(
      template.hoursPerWeek,
      6,
    );
    const tasks = (await get(`/api/functions/${fn.id}`)).body.tasks;
    expect(tasks).toHaveLength(template.tasks.length);
  });

  it('publishes a package as a template without the organisation names or costs', async () => {
    const fn = await aFunction({ title: 'Geheime functie Voorbeeldzaken' });
    const task = await aTask(fn.id, { hoursPerWeek: 16 });
    const created = await post<PackageDto>(
      '/api/packages',
      packageBody([{ taskId: task.id, hoursPerWeek: 16 }]),
    );
    const template = await post(`/api/packages/${created.body.id}/template`, {
      title: 'Postronde',
      sector: 'rijk',
      description: 'Post sorteren en rondbrengen.',
    });
    expect(template.status).toBe(201);
    const text = JSON.stringify(template.body);
    expect(text).not.toContain('Geheime functie');
    expect(text).not.toContain(managersUnit.name);
    expect(text).not.toContain('"carvedJobCostPerHour"');
    const found = await get('/api/templates?sector=rijk&q=Postronde');
    expect(found.body.map((t: { id: string }) => t.id)).toContain(
      template.body.id,
    );
  });

  it('records a unit scan and turns it into candidate tasks, largest first', async () => {
    const response = await post('/api/unit-scans', {
      unitId: managersUnit.id,
      coreTasks: ['Post', 'Archief'],
      tasksLeftUndone: [{ name: 'Archief opschonen', hoursPerWeek: 6 }],
      tasksBelowEducationLevel: [
        {
          name: 'Kopiëren',
          hoursPerWeek: 9,
          note: 'nu door beleidsmedewerkers',
        },
      ],
      overtimeHoursPerWeek: 12,
      temporaryStaffHoursPerWeek: 16,
      experiencedWorkload: 4,
    });
    expect(response.status).toBe(201);
    expect(
      response.body.candidateTasks.map(
        (t: { name: string; origin: string }) => [t.name, t.origin],
      ),
    ).toEqual([
      ['Kopiëren', 'below_education_level'],
      ['Archief opschonen', 'left_undone'],
    ]);
    expect(response.body.pressureHoursPerWeek).toBe(34);
    const bad = await post('/api/unit-scans', {
      unitId: managersUnit.id,
      coreTasks: [],
      tasksLeftUndone: [],
      tasksBelowEducationLevel: [],
      overtimeHoursPerWeek: 0,
      temporaryStaffHoursPerWeek: 0,
      experiencedWorkload: 9,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details?.[0].field).toBe('experiencedWorkload');
  });
});
