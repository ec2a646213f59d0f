import type { RegisterImportErrorPage } from '@jcw/shared-contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RegisterImportDto } from '@jcw/shared-contracts';
import { createReadStream } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { Readable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import {
  Actor,
  JobName,
  OutboxService,
  RequestValidationException,
  outboxJobId,
} from '@jcw/api-platform';
import {
  CandidatesErrorCode,
  CandidatesException,
} from '../candidates.exception';
import {
  RegisterImportEntity,
  RegisterImportErrorEntity,
} from './register-import.entities';
import {
  toRegisterImportDto,
  toRegisterImportErrorDto,
} from './register-import.dto';

/** Size of one stored piece of an upload (a bytea row): what a worker holds of the file at once. */
export const REGISTER_CHUNK_BYTES = 1024 * 1024;
/** Roughly 2 million register rows; UWV's whole register is about 260,000 people. */
export const REGISTER_UPLOAD_MAX_BYTES = 200 * 1024 * 1024;

/** What multer's disk storage hands over; only these fields are used. */
export interface UploadedRegisterFile {
  originalname: string;
  path: string;
  size: number;
}

const REPORT_PAGE = 5000;

export function fileProblem(message: string): RequestValidationException {
  return new RequestValidationException([{ field: 'file', message }]);
}

/**
 * Register imports of an organisation as HR advisers see them. An upload is stored in 1 MiB chunks
 * together with its import row and outbox message in one transaction, so the worker's job exists
 * if and only if the whole file is stored; the worker does the reading and validating.
 */
@Injectable()
export class RegisterImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  async upload(
    actor: Actor,
    file: UploadedRegisterFile | undefined,
  ): Promise<RegisterImportDto> {
    try {
      if (!file)
        throw fileProblem('file is required: a register file (.csv or .xlsx)');
      const organisationId = organisationOf(actor);
      const format = await formatOf(file);
      return await this.dataSource.transaction(async (manager) => {
        const registerImport = await manager.save(
          RegisterImportEntity,
          manager.create(RegisterImportEntity, {
            organisationId,
            uploadedByUserId: actor.userId,
            fileName: fileNameOf(file.originalname),
            format,
            sizeBytes: file.size,
            status: 'queued',
            processedRows: 0,
            insertedRows: 0,
            updatedRows: 0,
            unchangedRows: 0,
            errorRows: 0,
            failure: null,
            startedAt: null,
            finishedAt: null,
          }),
        );
        await storeChunks(manager, registerImport.id, file.path);
        await this.outbox.append(
          manager,
          JobName.registerImport,
          outboxJobId(JobName.registerImport, registerImport.id),
          { importId: registerImport.id, organisationId },
        );
        return toRegisterImportDto(registerImport);
      });
    } finally {
      if (file) await rm(file.path, { force: true });
    }
  }

  async list(actor: Actor): Promise<RegisterImportDto[]> {
    const imports = await this.dataSource.manager.find(RegisterImportEntity, {
      where: { organisationId: organisationOf(actor) },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: 100,
    });
    return imports.map(toRegisterImportDto);
  }

  async read(actor: Actor, id: string): Promise<RegisterImportDto> {
    return toRegisterImportDto(await this.findOwn(actor, id));
  }

  async errors(
    actor: Actor,
    id: string,
    page = 1,
    pageSize = 100,
  ): Promise<RegisterImportErrorPage> {
    await this.findOwn(actor, id);
    const [errors, total] = await this.dataSource.manager.findAndCount(
      RegisterImportErrorEntity,
      {
        where: { importId: id },
        order: { rowNumber: 'ASC', field: 'ASC' },
        skip: (page - 1) * pageSize,
        take: pageSize,
      },
    );
    return {
      items: errors.map(toRegisterImportErrorDto),
      total,
      page,
      pageSize,
    };
  }

  /** Every error as CSV, read page by page so a report of any length streams in bounded memory. */
  async reportCsv(actor: Actor, id: string): Promise<Readable> {
    await this.findOwn(actor, id);
    const dataSource = this.dataSource;
    return Readable.from(
      (async function* () {
        yield 'row_number,field,reason\n';
        let after: [number, string] = [0, ''];
        for (;;) {
          const rows: Array<{
            row_number: number;
            field: string;
            reason: string;
          }> = await dataSource.query(
            `SELECT row_number, field, reason FROM register_import_errors
                WHERE import_id = $1 AND (row_number, field) > ($2, $3)
                ORDER BY row_number, field LIMIT $4`,
            [id, after[0], after[1], REPORT_PAGE],
          );
          if (rows.length === 0) return;
          yield rows
            .map((row) =>
              [
                String(row.row_number),
                csvField(row.field),
                csvField(row.reason),
              ].join(','),
            )
            .join('\n') + '\n';
          const last = rows[rows.length - 1];
          after = [last.row_number, last.field];
          if (rows.length < REPORT_PAGE) return;
        }
      })(),
      { objectMode: false },
    );
  }

  private async findOwn(
    actor: Actor,
    id: string,
  ): Promise<RegisterImportEntity> {
    const registerImport = await this.dataSource.manager.findOneBy(
      RegisterImportEntity,
      { id, organisationId: organisationOf(actor) },
    );
    if (!registerImport) throw importNotFound();
    return registerImport;
  }
}

/** Not yours and not there look the same. */
function importNotFound(): CandidatesException {
  return new CandidatesException(
    CandidatesErrorCode.NotFound,
    'Register import not found',
  );
}

function organisationOf(actor: Actor): string {
  if (!actor.organisationId) throw importNotFound();
  return actor.organisationId;
}

/** busboy reads a part's file name as latin1; browsers send UTF-8. */
function fileNameOf(originalName: string): string {
  const utf8 = Buffer.from(originalName, 'latin1').toString('utf8');
  const name = basename(utf8.includes('\uFFFD') ? originalName : utf8);
  return name.slice(0, 255) || 'register';
}

/** The extension says which format is meant; the first bytes must agree. */
async function formatOf(file: UploadedRegisterFile): Promise<'csv' | 'xlsx'> {
  const extension = extname(file.originalname).toLowerCase();
  if (extension !== '.csv' && extension !== '.xlsx')
    throw fileProblem('file must be a .csv or .xlsx register file');
  if (file.size === 0) throw fileProblem('file is empty');
  const handle = await open(file.path, 'r');
  const head = Buffer.alloc(4096);
  let length: number;
  try {
    ({ bytesRead: length } = await handle.read(head, 0, head.length, 0));
  } finally {
    await handle.close();
  }
  const start = head.subarray(0, length);
  const isZip = start
    .subarray(0, 4)
    .equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (extension === '.xlsx') {
    if (!isZip)
      throw fileProblem('file is named .xlsx but is not an XLSX workbook');
    return 'xlsx';
  }
  if (isZip || start.includes(0))
    throw fileProblem('file is named .csv but is not a text (CSV) file');
  return 'csv';
}

async function storeChunks(
  manager: EntityManager,
  importId: string,
  path: string,
): Promise<void> {
  let seq = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const store = async (data: Buffer) => {
    await manager.query(
      `INSERT INTO register_import_chunks (import_id, seq, data) VALUES ($1, $2, $3)`,
      [importId, seq++, data],
    );
  };
  for await (const piece of createReadStream(path, {
    highWaterMark: REGISTER_CHUNK_BYTES,
  }) as AsyncIterable<Buffer>) {
    pending.push(piece);
    pendingBytes += piece.length;
    while (pendingBytes >= REGISTER_CHUNK_BYTES) {
      const all = Buffer.concat(pending);
      await store(all.subarray(0, REGISTER_CHUNK_BYTES));
      pending = [all.subarray(REGISTER_CHUNK_BYTES)];
      pendingBytes = pending[0].length;
    }
  }
  if (pendingBytes > 0) await store(Buffer.concat(pending));
}

/** Quoted when needed; a leading formula character is neutralised so a spreadsheet shows text. */
function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
