import { announceCountingChange, countingInputs } from '../counting-change';
import { announcePoolChange } from '../matching-change';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RegisterImportColumn } from '@jcw/shared-contracts';
import type { DataSource, EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  AppConfig,
  JobOutcome,
  OutboxService,
} from '@jcw/api-platform';
import { bsnHash } from '../bsn-hash';
import { storeCompleteness } from '../completeness';
import { RegisterImportEntity } from './register-import.entities';
import {
  RegisterFileUnreadable,
  readRegisterFile,
} from './register-file-reader';
import {
  RegisterCells,
  RegisterRow,
  RowProblem,
  checkRegisterHeader,
  checkRegisterRow,
} from './register-row';

/** Rows per transaction: large enough for throughput, small enough that a crash loses little. */
export const REGISTER_IMPORT_BATCH_SIZE = 1000;

interface GoodRow {
  hash: string;
  row: RegisterRow;
}

interface Batch {
  good: Map<string, GoodRow>;
  errors: Array<RowProblem & { rowNumber: number }>;
  errorRows: number;
  rows: number;
}

const emptyBatch = (): Batch => ({
  good: new Map(),
  errors: [],
  errorRows: 0,
  rows: 0,
});

/**
 * Imports one uploaded register file: streams it back from its chunks, checks every row and
 * upserts the good ones by (organisation, BSN hash) in batches. Each batch's upserts, its error
 * rows and the import's counters commit together, so the counters always describe exactly the
 * committed rows and a retried job resumes after the last committed row (`processed_rows`).
 * Upserts only write when an imported field really changes, so importing the same file twice
 * changes nothing; an empty optional cell keeps what is stored. Row contents and citizen numbers
 * are never logged.
 */
@Injectable()
export class RegisterImportProcessor {
  private readonly logger = new Logger(RegisterImportProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
  ) {}

  async run(
    importId: string,
    organisationId: string,
    lastAttempt: boolean,
  ): Promise<JobOutcome> {
    const registerImport = await this.dataSource.manager.findOneBy(
      RegisterImportEntity,
      { id: importId },
    );
    if (!registerImport)
      return { status: 'skipped', reason: 'import no longer exists' };
    if (registerImport.organisationId !== organisationId) {
      this.logger.warn(
        { importId },
        'register import job names another organisation than its import; ignored',
      );
      return { status: 'skipped', reason: 'organisation does not match' };
    }
    if (
      registerImport.status === 'completed' ||
      registerImport.status === 'failed'
    )
      return {
        status: 'skipped',
        reason: `import already ${registerImport.status}`,
      };

    await this.dataSource.query(
      `UPDATE register_imports SET status = 'running', started_at = COALESCE(started_at, now())
        WHERE id = $1 AND status IN ('queued', 'running')`,
      [importId],
    );
    try {
      return await this.importRows(registerImport);
    } catch (error) {
      if (error instanceof RegisterFileUnreadable) {
        await this.finish(importId, 'failed', error.message);
        return { status: 'done', reason: 'file unreadable' };
      }
      if (lastAttempt) {
        await this.finish(
          importId,
          'failed',
          'The import stopped after repeated errors; upload the file again.',
        ).catch(() => undefined);
      }
      throw error;
    }
  }

  private async importRows(
    registerImport: RegisterImportEntity,
  ): Promise<JobOutcome> {
    const {
      id: importId,
      organisationId,
      processedRows: resumeAfter,
    } = registerImport;
    let checkpoint = resumeAfter;
    let columns: Array<RegisterImportColumn | null> | null = null;
    let dataRows = 0;
    let batch = emptyBatch();
    const today = new Date().toISOString().slice(0, 10);

    const flush = async () => {
      if (batch.rows === 0) return;
      checkpoint = await this.commitBatch(
        importId,
        organisationId,
        checkpoint,
        batch,
      );
      batch = emptyBatch();
    };

    try {
      for await (const record of readRegisterFile(
        this.chunks(importId),
        registerImport.format,
      )) {
        if (columns === null) {
          const header = checkRegisterHeader(record.cells);
          if (!header.ok) throw new RegisterFileUnreadable(header.failure);
          columns = header.columns;
          continue;
        }
        if (record.cells.every((cell) => cell === '')) continue;
        dataRows++;
        if (dataRows <= resumeAfter) continue;

        const cells: RegisterCells = {};
        columns.forEach((column, index) => {
          if (column) cells[column] = record.cells[index] ?? '';
        });
        const check = checkRegisterRow(cells, today);
        const extraCells = record.cells
          .slice(columns.length)
          .some((cell) => cell !== '');
        if (check.ok && !extraCells) {
          const hash = bsnHash(this.config.bsnHmacSecret, check.row.bsn);
          // One statement cannot upsert a row twice: a repeated BSN goes into the next batch,
          // so the later row of the file wins, as it would row by row.
          if (batch.good.has(hash)) await flush();
          batch.good.set(hash, { hash, row: check.row });
        } else {
          const problems = check.ok ? [] : check.problems;
          if (extraCells)
            problems.push({
              field: 'row',
              reason: `row has more cells than the header has columns (${columns.length})`,
            });
          batch.errors.push(
            ...problems.map((problem) => ({
              ...problem,
              rowNumber: record.rowNumber,
            })),
          );
          batch.errorRows++;
        }
        batch.rows++;
        if (batch.rows >= REGISTER_IMPORT_BATCH_SIZE) await flush();
      }
      if (columns === null)
        throw new RegisterFileUnreadable('The file has no header row.');
      await flush();
    } catch (error) {
      // Rows read before an unreadable part are good rows: keep them.
      if (error instanceof RegisterFileUnreadable) await flush();
      throw error;
    }
    await this.finish(importId, 'completed', null);
    this.logger.log(
      { importId, rows: checkpoint, resumedAfter: resumeAfter },
      'register import completed',
    );
    return { status: 'done' };
  }

  /** Reads the upload back one 1 MiB chunk per query, in order. */
  private async *chunks(importId: string): AsyncGenerator<Buffer> {
    for (let seq = 0; ; seq++) {
      const rows: Array<{ data: Buffer }> = await this.dataSource.query(
        `SELECT data FROM register_import_chunks WHERE import_id = $1 AND seq = $2`,
        [importId, seq],
      );
      if (rows.length === 0) return;
      yield rows[0].data;
    }
  }

  /** Returns the new checkpoint. Refuses (rolls back) when another worker moved it meanwhile. */
  private async commitBatch(
    importId: string,
    organisationId: string,
    checkpoint: number,
    batch: Batch,
  ): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const good = [...batch.good.values()];
      const before = await countingInputs(
        manager,
        organisationId,
        good.map((row) => row.hash),
      );
      const written = await upsertCandidates(manager, organisationId, good);
      const after = await countingInputs(
        manager,
        organisationId,
        good.map((row) => row.hash),
      );
      await announceCountingChange(
        this.outbox,
        manager,
        written
          .filter(
            (row) => !row.inserted && before.get(row.id) !== after.get(row.id),
          )
          .map((row) => row.id),
      );
      await storeCompleteness(
        manager,
        written.map((row) => row.id),
      );
      if (batch.errors.length > 0) {
        await manager.query(
          `INSERT INTO register_import_errors (import_id, row_number, field, reason)
           SELECT $1, * FROM unnest($2::integer[], $3::varchar[], $4::varchar[])
           ON CONFLICT DO NOTHING`,
          [
            importId,
            batch.errors.map((error) => error.rowNumber),
            batch.errors.map((error) => error.field.slice(0, 40)),
            batch.errors.map((error) => error.reason.slice(0, 300)),
          ],
        );
      }
      const inserted = written.filter((row) => row.inserted).length;
      const updated = written.length - inserted;
      const unchanged = batch.good.size - written.length;
      const moved: unknown[] = await manager.query(
        `UPDATE register_imports
            SET processed_rows = processed_rows + $3, inserted_rows = inserted_rows + $4,
                updated_rows = updated_rows + $5, unchanged_rows = unchanged_rows + $6,
                error_rows = error_rows + $7
          WHERE id = $1 AND processed_rows = $2 AND status = 'running'
          RETURNING id`,
        [
          importId,
          checkpoint,
          batch.rows,
          inserted,
          updated,
          unchanged,
          batch.errorRows,
        ],
      );
      if (moved.length === 0)
        throw new Error(
          'register import checkpoint moved: another worker is importing this file',
        );
      return checkpoint + batch.rows;
    });
  }

  /** Final status; the uploaded file goes with it, since it holds citizen numbers in plain text. */
  private async finish(
    importId: string,
    status: 'completed' | 'failed',
    failure: string | null,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [finished] = (await manager.query(
        `UPDATE register_imports SET status = $2, failure = $3, finished_at = now()
          WHERE id = $1 AND status IN ('queued', 'running') RETURNING organisation_id`,
        [importId, status, failure?.slice(0, 500) ?? null],
      )) as [{ organisation_id: string }[], number];
      // Even a failed import may have committed batches: the pool changed either way.
      if (finished.length > 0)
        await announcePoolChange(
          this.outbox,
          manager,
          finished[0].organisation_id,
          importId,
        );
      await manager.query(
        `DELETE FROM register_import_chunks WHERE import_id = $1`,
        [importId],
      );
    });
  }
}

/**
 * Optional columns the file leaves empty keep their stored value (COALESCE), and a row is only
 * written when something it carries differs (IS DISTINCT FROM), so the version of an unchanged
 * candidate stays put. `xmax = 0` tells an inserted row from an updated one. Erased candidates are
 * left alone: their personal data must not come back through an import.
 */
const OPTIONAL_COLUMNS = [
  'date_of_birth',
  'legal_ground',
  'register_end_date',
  'email',
  'phone',
  'postcode',
  'latitude',
  'longitude',
  'labour_market_region',
  'education_level',
] as const;
const REQUIRED_COLUMNS = [
  'bsn_last3',
  'first_name',
  'last_name',
  'target_group',
  'register_start_date',
] as const;

const UPSERT_SQL = `
  INSERT INTO candidates AS c (organisation_id, bsn_hash, bsn_last3, first_name, last_name,
    date_of_birth, target_group, legal_ground, register_start_date, register_end_date, email,
    phone, postcode, latitude, longitude, labour_market_region, education_level)
  SELECT $1::uuid, v.* FROM unnest(
    $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::date[], $7::varchar[],
    $8::varchar[], $9::date[], $10::date[], $11::varchar[], $12::varchar[], $13::varchar[],
    $14::numeric[], $15::numeric[], $16::varchar[], $17::varchar[]) AS v
  ON CONFLICT (organisation_id, bsn_hash) DO UPDATE SET
    ${REQUIRED_COLUMNS.map((column) => `${column} = EXCLUDED.${column}`).join(', ')},
    ${OPTIONAL_COLUMNS.map((column) => `${column} = COALESCE(EXCLUDED.${column}, c.${column})`).join(', ')},
    version = c.version + 1,
    updated_at = now()
  WHERE c.erased_at IS NULL
    AND (${[...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].map((column) => `c.${column}`).join(', ')})
        IS DISTINCT FROM
        (${REQUIRED_COLUMNS.map((column) => `EXCLUDED.${column}`).join(', ')},
         ${OPTIONAL_COLUMNS.map((column) => `COALESCE(EXCLUDED.${column}, c.${column})`).join(', ')})
  RETURNING c.id, (c.xmax = 0) AS inserted`;

async function upsertCandidates(
  manager: EntityManager,
  organisationId: string,
  rows: GoodRow[],
): Promise<Array<{ id: string; inserted: boolean }>> {
  if (rows.length === 0) return [];
  const column = <T>(pick: (row: RegisterRow) => T) =>
    rows.map((good) => pick(good.row));
  return manager.query(UPSERT_SQL, [
    organisationId,
    rows.map((good) => good.hash),
    column((row) => row.bsn.slice(-3)),
    column((row) => row.firstName),
    column((row) => row.lastName),
    column((row) => row.dateOfBirth),
    column((row) => row.targetGroup),
    column((row) => row.legalGround),
    column((row) => row.registerStartDate),
    column((row) => row.registerEndDate),
    column((row) => row.email),
    column((row) => row.phone),
    column((row) => row.postcode),
    column((row) => row.latitude),
    column((row) => row.longitude),
    column((row) => row.labourMarketRegion),
    column((row) => row.educationLevel),
  ]);
}
