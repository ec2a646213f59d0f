import { parse } from 'csv-parse';
import { stream as excelStream } from 'exceljs';
import type { CellValue, Row } from 'exceljs';
import { Readable } from 'node:stream';

/**
 * Reads a register file as records of text cells, streaming: CSV through csv-parse, XLSX through
 * exceljs's streaming reader (first worksheet only). Whatever the size of the file, only a piece of
 * it and one record are held in memory. The first record yielded is the header.
 */

export interface FileRecord {
  /** As a spreadsheet shows it: the header is row 1. */
  rowNumber: number;
  cells: string[];
}

/** The file cannot be read (any further). The message names no cell value. */
export class RegisterFileUnreadable extends Error {}

/** A record longer than this is a broken file (an unclosed quote), not a register row. */
const MAX_RECORD_BYTES = 64 * 1024;

export function readRegisterFile(
  bytes: AsyncIterable<Buffer>,
  format: 'csv' | 'xlsx',
): AsyncGenerator<FileRecord> {
  return format === 'csv' ? readCsv(bytes) : readXlsx(bytes);
}

/** ';' (the Dutch Excel export) or ',' - whichever the header line holds more of, outside quotes. */
export function detectDelimiter(firstPiece: Buffer): ';' | ',' {
  const text = firstPiece.toString(
    'utf8',
    0,
    Math.min(firstPiece.length, 64 * 1024),
  );
  const end = text.search(/\r?\n/);
  const line = end === -1 ? text : text.slice(0, end);
  let quoted = false;
  let semicolons = 0;
  let commas = 0;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

async function* readCsv(
  bytes: AsyncIterable<Buffer>,
): AsyncGenerator<FileRecord> {
  const pieces = bytes[Symbol.asyncIterator]();
  const first = await pieces.next();
  if (first.done || first.value.length === 0)
    throw new RegisterFileUnreadable('The file is empty.');
  const delimiter = detectDelimiter(first.value);
  const source = Readable.from(
    (async function* () {
      yield first.value;
      for (;;) {
        const next = await pieces.next();
        if (next.done) return;
        yield next.value;
      }
    })(),
    { objectMode: false },
  );
  const parser = parse({
    delimiter,
    bom: true,
    trim: true,
    relax_column_count: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_BYTES,
  });
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber++;
      yield { rowNumber, cells: record };
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('CSV_')) {
      // csv-parse messages quote the offending characters; the code and row say enough.
      throw new RegisterFileUnreadable(
        `The CSV could not be read after row ${rowNumber} (${code}).`,
      );
    }
    throw error;
  } finally {
    source.destroy();
    parser.destroy();
  }
}

async function* readXlsx(
  bytes: AsyncIterable<Buffer>,
): AsyncGenerator<FileRecord> {
  const source = Readable.from(bytes, { objectMode: false });
  const workbook = new excelStream.xlsx.WorkbookReader(source, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell a date from a number; hyperlinks and other entries are not needed.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let header: string[] | null = null;
  let bsnIndex = -1;
  let lastRowNumber = 0;
  try {
    for await (const worksheet of workbook) {
      for await (const row of worksheet) {
        lastRowNumber = row.number;
        const cells = rowCells(row);
        if (header === null) {
          header = cells;
          bsnIndex = cells.findIndex(
            (cell) => cell.trim().toLowerCase() === 'bsn',
          );
        } else if (bsnIndex >= 0) {
          // A spreadsheet stores a citizen number typed as a number without its leading zero.
          const value = row.values as CellValue[];
          if (typeof value[bsnIndex + 1] === 'number')
            cells[bsnIndex] = cells[bsnIndex].padStart(9, '0');
        }
        yield { rowNumber: row.number, cells };
      }
      return;
    }
  } catch (error) {
    if (error instanceof RegisterFileUnreadable) throw error;
    throw new RegisterFileUnreadable(
      lastRowNumber === 0
        ? 'The file is not a readable XLSX workbook.'
        : `The XLSX could not be read after row ${lastRowNumber}.`,
    );
  } finally {
    source.destroy();
  }
}

function rowCells(row: Row): string[] {
  const values = row.values;
  if (!Array.isArray(values)) return [];
  const cells: string[] = [];
  // exceljs row values are 1-based (index 0 is empty).
  for (let index = 1; index < values.length; index++) {
    cells.push(cellText(values[index]).trim());
  }
  return cells;
}

export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? ''
      : value.toISOString().slice(0, 10);
  }
  if ('richText' in value)
    return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return cellText(value.result as CellValue | undefined);
  return '';
}
