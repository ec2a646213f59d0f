import { parse } from 'csv-parse/sync';
import { PlatformErrorCode, PlatformException } from '@jcw/api-platform';

const HOURS_COLUMNS = ['verloonde_uren', 'paid_hours'];

function invalid(message: string): PlatformException {
  return new PlatformException(PlatformErrorCode.Unprocessable, message, [
    { field: 'csv', message },
  ]);
}

/**
 * Sums the paid hours of a payroll export: a header row with a `verloonde_uren` (or `paid_hours`)
 * column, `;` or `,` separated, Dutch decimal commas allowed. A bad cell rejects the whole file
 * naming its row, because a silently skipped employee would understate the quota.
 */
export function parsePayrollCsv(csv: string): {
  rows: number;
  totalPaidHours: number;
} {
  const firstLine = csv.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') ? ';' : ',';
  let records: Record<string, string>[];
  try {
    records = parse(csv, {
      columns: (header: string[]) =>
        header.map((name) => name.trim().toLowerCase()),
      delimiter,
      skip_empty_lines: true,
      trim: true,
      bom: true,
    });
  } catch {
    throw invalid('csv could not be read as a CSV file with a header row');
  }
  const column = HOURS_COLUMNS.find((name) =>
    firstLine.toLowerCase().includes(name),
  );
  if (!column)
    throw invalid('csv needs a column verloonde_uren (or paid_hours)');
  if (records.length === 0) throw invalid('csv has no rows below its header');
  let totalCents = 0;
  records.forEach((record, index) => {
    const text = (record[column] ?? '').replace(/\s/g, '');
    // 1.234,5 (Dutch) and 1234.5 both mean the same hours.
    const normalised = text.includes(',')
      ? text.replace(/\./g, '').replace(',', '.')
      : text;
    const hours = Number(normalised);
    if (text === '' || !Number.isFinite(hours) || hours < 0)
      throw invalid(
        `csv row ${index + 2}: ${column} "${text}" is not a number of hours`,
      );
    totalCents += Math.round(hours * 100);
  });
  return { rows: records.length, totalPaidHours: totalCents / 100 };
}
