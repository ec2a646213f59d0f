import { execFileSync } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Client } from 'pg';
import type { RegisterImportDto } from '@jcw/shared-contracts';
import {
  RunningApi,
  eventually,
  integrationConfig,
  integrationRun,
  startHttpApp,
  workerProcesses,
} from '@jcw/testing-integration';
import { ApiModule } from './app/api.module';
import {
  IdentityWorld,
  buildIdentityWorld,
  signIn,
} from './testing/identity-world';

const workspaceRoot = join(__dirname, '../../..');
const GENERATOR = join(workspaceRoot, 'tools/register/generate-register.mjs');
const HEADER =
  'bsn,first_name,last_name,date_of_birth,target_group,legal_ground,register_start_date,register_end_date,email,phone,postcode,latitude,longitude,labour_market_region,education_level';

/** The i-th 9-digit number that passes the eleven-test, from a per-test range. */
function aBsn(n: number): string {
  for (let base = 20_000_000 + n * 11; ; base++) {
    const digits = String(base).padStart(8, '0').split('').map(Number);
    const check = digits.reduce((sum, d, i) => sum + d * (9 - i), 0) % 11;
    if (check <= 9) return `${digits.join('')}${check}`;
  }
}

/**
 * The register import end to end: upload over HTTP, the real worker process streams and imports
 * the file, progress and the error report over HTTP. A short lock duration lets a new worker take
 * over a killed worker's import within seconds.
 */
describe('register import', () => {
  let api: RunningApi;
  let world: IdentityWorld;
  let adviser: string;
  const config = integrationConfig();
  const db = new Client({ connectionString: integrationRun().databaseUrl });
  const dir = mkdtempSync(join(tmpdir(), 'register-import-it-'));
  const workers = workerProcesses();
  const startWorker = () => workers.start();
  const stopWorkers = () => workers.stopAll();

  const hash = (bsn: string) =>
    createHmac('sha256', config.bsnHmacSecret).update(bsn).digest('hex');

  function generate(
    name: string,
    rows: number,
    seed: number,
    extra: string[] = [],
  ): string {
    const path = join(dir, name);
    execFileSync(process.execPath, [
      GENERATOR,
      '--rows',
      String(rows),
      '--out',
      path,
      '--seed',
      String(seed),
      ...extra,
    ]);
    return path;
  }

  function writeFile(name: string, lines: string[], bom = false): string {
    const path = join(dir, name);
    writeFileSync(path, `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`);
    return path;
  }

  async function upload(
    path: string,
    token = adviser,
    fileName = basename(path),
  ) {
    const form = new FormData();
    form.append('file', new Blob([readFileSync(path)]), fileName);
    const response = await fetch(`${api.url}/api/candidates/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return {
      status: response.status,
      body: (await response.json()) as RegisterImportDto & {
        code?: string;
        details?: Array<{ field: string }>;
      },
    };
  }

  const get = (path: string, token = adviser) =>
    api.call('GET', path, { token });

  async function finished(id: string, timeoutMs = 60_000) {
    return eventually(
      async () => {
        const { body } = await get(`/api/candidates/imports/${id}`);
        return body.status === 'completed' || body.status === 'failed'
          ? (body as RegisterImportDto)
          : undefined;
      },
      timeoutMs,
      'the import to finish',
    );
  }

  async function importFile(path: string): Promise<RegisterImportDto> {
    const uploaded = await upload(path);
    expect(uploaded.status).toBe(202);
    expect(uploaded.body.status).toBe('queued');
    return finished(uploaded.body.id);
  }

  /** id, version and the imported fields of the candidates with these citizen numbers. */
  async function candidatesOf(bsns: string[]) {
    const { rows } = await db.query(
      `SELECT bsn_hash, id, version, last_name, email FROM candidates
        WHERE organisation_id = $1 AND bsn_hash = ANY($2) ORDER BY bsn_hash`,
      [world.as.hr_adviser.user.organisationId, bsns.map(hash)],
    );
    return rows as Array<{
      bsn_hash: string;
      id: string;
      version: number;
      last_name: string;
      email: string | null;
    }>;
  }

  const dataLines = (path: string) =>
    readFileSync(path, 'utf8').trimEnd().split('\n').slice(1);
  const bsnsOf = (path: string) =>
    dataLines(path).map((line) => line.split(',')[0]);

  beforeAll(async () => {
    api = await startHttpApp(ApiModule.forRoot(config), config);
    world = await buildIdentityWorld(api, config);
    adviser = world.as.hr_adviser.token;
    await db.connect();
    startWorker();
  });

  afterAll(async () => {
    await stopWorkers();
    await api.app.close();
    await db.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it('changes nothing when the same file is imported twice, and updates exactly the changed row', async () => {
    const path = generate('twice.csv', 500, 101);
    const bsns = bsnsOf(path);

    const first = await importFile(path);
    expect(first).toMatchObject({ status: 'completed', processedRows: 500 });
    expect(first.errorRows).toBe(0);
    expect(first.insertedRows + first.updatedRows + first.unchangedRows).toBe(
      500,
    );
    const afterFirst = await candidatesOf(bsns);
    expect(afterFirst).toHaveLength(500);

    const second = await importFile(path);
    expect(second).toMatchObject({
      status: 'completed',
      processedRows: 500,
      insertedRows: 0,
      updatedRows: 0,
      unchangedRows: 500,
      errorRows: 0,
    });
    expect(await candidatesOf(bsns)).toEqual(afterFirst);

    // One changed last name; another row leaves its e-mail empty, which keeps the stored one.
    const lines = readFileSync(path, 'utf8').split('\n');
    const changed = lines[3].split(',');
    changed[2] = `${changed[2]}-Anders`;
    lines[3] = changed.join(',');
    const withEmail = lines.findIndex(
      (line, index) => index > 3 && line.split(',')[8] !== '',
    );
    const emptied = lines[withEmail].split(',');
    emptied[8] = '';
    lines[withEmail] = emptied.join(',');
    const changedPath = join(dir, 'twice-changed.csv');
    writeFileSync(changedPath, lines.join('\n'));

    const third = await importFile(changedPath);
    expect(third).toMatchObject({
      insertedRows: 0,
      updatedRows: 1,
      unchangedRows: 499,
    });
    const afterThird = await candidatesOf(bsns);
    const differing = afterThird.filter(
      (candidate, index) =>
        JSON.stringify(candidate) !== JSON.stringify(afterFirst[index]),
    );
    expect(differing).toHaveLength(1);
    const before = afterFirst.find(
      (candidate) => candidate.id === differing[0].id,
    );
    expect(differing[0]).toMatchObject({
      bsn_hash: hash(changed[0]),
      last_name: `${before?.last_name}-Anders`,
      version: (before?.version ?? 0) + 1,
    });
    const keptEmail = afterThird.find(
      (candidate) => candidate.bsn_hash === hash(emptied[0]),
    );
    expect(keptEmail?.email).not.toBeNull();
  });

  it('reports every problem of a bad row with row number, field and reason, and imports the good rows', async () => {
    const [good1, bad, good2] = [aBsn(1), aBsn(2), aBsn(3)];
    const badBsn = `${bad.slice(0, 8)}${(Number(bad[8]) + 1) % 10}`;
    const row = (cells: string[]) => cells.join(';');
    const path = writeFile(
      'bad-rows.csv',
      [
        HEADER.replace(/,/g, ';'),
        row([
          good1,
          'Sanne',
          'de Vries',
          '',
          'wajong_work_capacity',
          'wajong',
          '2024-09-01',
          '',
          '',
          '',
          '3511 AB',
          '52,0907',
          '5,1214',
          'midden_utrecht',
          'mbo1',
        ]),
        row([
          badBsn,
          'Piet',
          'Bakker',
          '',
          'unknown_group',
          '',
          '2024-09-01',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
        ]),
        row([
          good2,
          'Mohamed',
          'El Amrani',
          '',
          'school_leaver_vso_pro',
          '',
          '2025-07-01',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
        ]),
        row([
          aBsn(4),
          'Kees',
          '',
          '',
          'wsw_indication',
          '',
          '2023-02-30',
          '',
          'geen-mail',
          '',
          '',
          '',
          '',
          '',
          '',
        ]),
      ],
      true,
    );

    const done = await importFile(path);
    expect(done).toMatchObject({
      status: 'completed',
      processedRows: 4,
      errorRows: 2,
    });
    expect(done.insertedRows + done.updatedRows + done.unchangedRows).toBe(2);
    expect(await candidatesOf([good1, good2])).toHaveLength(2);
    const imported = (await candidatesOf([good1]))[0];
    const { rows: coordinates } = await db.query(
      `SELECT postcode, latitude::float AS latitude FROM candidates WHERE id = $1`,
      [imported.id],
    );
    expect(coordinates[0]).toEqual({ postcode: '3511AB', latitude: 52.0907 });

    const errors = await get(`/api/candidates/imports/${done.id}/errors`);
    expect(errors.status).toBe(200);
    expect(errors.body.total).toBe(5);
    expect(
      errors.body.items.map((error: { rowNumber: number; field: string }) => [
        error.rowNumber,
        error.field,
      ]),
    ).toEqual([
      [3, 'bsn'],
      [3, 'target_group'],
      [5, 'email'],
      [5, 'last_name'],
      [5, 'register_start_date'],
    ]);
    expect(errors.body.items[0].reason).toBe(
      'bsn must be 9 digits that pass the eleven-test',
    );
    const paged = await get(
      `/api/candidates/imports/${done.id}/errors?page=2&pageSize=2`,
    );
    expect(paged.body).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(paged.body.items).toHaveLength(2);

    const report = await fetch(
      `${api.url}/api/candidates/imports/${done.id}/report.csv`,
      { headers: { authorization: `Bearer ${adviser}` } },
    );
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toContain('text/csv');
    const csv = await report.text();
    expect(csv.trimEnd().split('\n')).toEqual([
      'row_number,field,reason',
      '3,bsn,bsn must be 9 digits that pass the eleven-test',
      expect.stringMatching(/^3,target_group,"target_group must be one of: /),
      '5,email,email must be a valid e-mail address',
      '5,last_name,last_name is required',
      '5,register_start_date,register_start_date must be a date written as YYYY-MM-DD',
    ]);
    expect(csv).not.toContain(badBsn);
  });

  it('fails an import whose header has unknown columns, naming them', async () => {
    const path = writeFile('unknown-column.csv', [
      `${HEADER},iban`,
      `${aBsn(5)},Anna,Visser,,wsw_indication,,2024-01-01,,,,,,,,,NL00BANK0123456789`,
    ]);
    const done = await importFile(path);
    expect(done.status).toBe('failed');
    expect(done.failure).toContain('unknown columns: iban');
    expect(done.failure).not.toContain('NL00BANK');
    expect(done.processedRows).toBe(0);
  });

  it('imports an XLSX file too', async () => {
    const path = generate('register.xlsx', 300, 401, [
      '--xlsx',
      '--bad-every',
      '100',
    ]);
    const done = await importFile(path);
    expect(done).toMatchObject({
      status: 'completed',
      format: 'xlsx',
      processedRows: 300,
      errorRows: 3,
    });
    expect(done.insertedRows + done.updatedRows + done.unchangedRows).toBe(297);
    const errors = await get(`/api/candidates/imports/${done.id}/errors`);
    expect(
      errors.body.items.map((error: { rowNumber: number }) => error.rowNumber),
    ).toEqual([101, 201, 301]);
  });

  it('resumes after the worker is killed mid-import, with one candidate per citizen number and counters that add up', async () => {
    const rows = 20_000;
    const path = generate('killed.csv', rows, 5001, ['--bad-every', '1000']);
    const bsns = bsnsOf(path);
    const before = (await candidatesOf(bsns)).length;
    await stopWorkers();

    const uploaded = await upload(path);
    expect(uploaded.status).toBe(202);
    const id = uploaded.body.id;
    const first = startWorker();
    const progress = async () =>
      Number(
        (
          await db.query(
            `SELECT processed_rows FROM register_imports WHERE id = $1`,
            [id],
          )
        ).rows[0].processed_rows,
      );
    await eventually(
      async () => ((await progress()) > 0 ? true : undefined),
      30_000,
      'the first committed batch',
    );
    first.child.kill('SIGKILL');
    await first.exited;
    const atKill = await progress();
    expect(atKill).toBeLessThan(rows);

    startWorker();
    const done = await finished(id, 90_000);
    expect(done).toMatchObject({
      status: 'completed',
      processedRows: rows,
      errorRows: 20,
    });
    expect(
      done.insertedRows +
        done.updatedRows +
        done.unchangedRows +
        done.errorRows,
    ).toBe(rows);
    expect(done.insertedRows).toBe(rows - 20 - before);

    const candidates = await candidatesOf(bsns);
    expect(candidates).toHaveLength(rows - 20);
    const { rows: errorCount } = await db.query(
      `SELECT count(DISTINCT row_number)::int AS n FROM register_import_errors WHERE import_id = $1`,
      [id],
    );
    expect(errorCount[0].n).toBe(20);
    const { rows: chunks } = await db.query(
      `SELECT count(*)::int AS n FROM register_import_chunks WHERE import_id = $1`,
      [id],
    );
    expect(chunks[0].n).toBe(0);
  });

  it('lists the imports of the organisation, newest first', async () => {
    const list = await get('/api/candidates/imports');
    expect(list.status).toBe(200);
    expect(list.body.length).toBeGreaterThan(3);
    const created = list.body.map((item: RegisterImportDto) => item.createdAt);
    expect([...created].sort().reverse()).toEqual(created);
  });

  it('refuses a file that is not CSV or XLSX, naming the field', async () => {
    const path = writeFile('register.txt', [HEADER]);
    const refused = await upload(path);
    expect(refused.status).toBe(400);
    expect(refused.body.details).toEqual([
      expect.objectContaining({ field: 'file' }),
    ]);
    const disguised = join(dir, 'disguised.xlsx');
    writeFileSync(disguised, `${HEADER}\n`);
    const notZip = await upload(disguised);
    expect(notZip.status).toBe(400);
    expect(notZip.body.details?.[0].field).toBe('file');
    const none = await api.call('POST', '/api/candidates/imports', {
      token: adviser,
      body: {},
    });
    expect(none.status).toBe(400);
  });

  it('lets only HR advisers upload, and answers 404 for an import of another organisation', async () => {
    const path = writeFile('small.csv', [
      HEADER,
      `${aBsn(6)},Anna,Visser,,wsw_indication,,2024-01-01,,,,,,,,`,
    ]);
    expect((await upload(path, world.as.jobcoach.token)).status).toBe(403);
    expect((await upload(path, world.as.manager.token)).status).toBe(403);

    const mine = await upload(path);
    expect(mine.status).toBe(202);
    const email = `adviseur-${randomUUID().slice(0, 8)}@elders.example`;
    const created = await api.call('POST', '/api/users', {
      token: world.otherAdmin.token,
      body: {
        email,
        displayName: 'Eva Elders',
        password: 'Elders-adviseur-2026',
        roles: ['hr_adviser'],
      },
    });
    expect(created.status).toBe(201);
    const other = await signIn(api, email, 'Elders-adviseur-2026');
    for (const suffix of ['', '/errors', '/report.csv']) {
      const response = await get(
        `/api/candidates/imports/${mine.body.id}${suffix}`,
        other.token,
      );
      expect(response.status).toBe(404);
    }
    const theirs = await get('/api/candidates/imports', other.token);
    expect(theirs.body).toEqual([]);
    await finished(mine.body.id);
  });
});
