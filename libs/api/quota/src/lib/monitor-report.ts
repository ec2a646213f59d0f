import ExcelJS from 'exceljs';
import { renderTaggedPdf } from '@jcw/api-platform';
import type { MonitorFormat, QuotaDashboardDto } from '@jcw/shared-contracts';

/**
 * The annual monitor report: the dashboard's own figures written out, so an export can never
 * disagree with the screen. Job units carry three decimals and euros two, as the monitor reports.
 */
export interface MonitorLine {
  key: string;
  label: string;
  value: string;
}

type Lang = 'nl' | 'en';

const LABELS: Record<string, [nl: string, en: string]> = {
  organisation: ['Organisatie', 'Organisation'],
  year: ['Jaar', 'Year'],
  as_of: ['Peildatum', 'As of'],
  quota_percentage: ['Quotumpercentage', 'Quota percentage'],
  levy_per_unfilled_job: [
    'Heffing per onvervulde baan (EUR)',
    'Levy per unfilled job (EUR)',
  ],
  weeks_per_year: ['Weken per jaar', 'Weeks per year'],
  procurement_counts: ['Inkoop (SROI) telt mee', 'Procurement (SROI) counts'],
  parameters_to_confirm: [
    'Parameters nog te bevestigen',
    'Parameters to confirm',
  ],
  total_paid_hours: [
    'Verloonde uren alle personeel',
    'Paid hours of all staff',
  ],
  explicit_target_jobs: [
    'Opgelegde taakstelling (banen)',
    'Explicit target (jobs)',
  ],
  required_jobs: ['Vereiste banen', 'Required jobs'],
  stand_today: ['Stand op peildatum (banen)', 'Stand at the date (jobs)'],
  year_to_date: ['Jaartotaal tot peildatum (banen)', 'Year to date (jobs)'],
  year_projected: [
    'Jaartotaal verwacht (banen)',
    'Projected year total (jobs)',
  ],
  procurement_year_projected: [
    'Inkoop apart, jaartotaal (banen)',
    'Procurement apart, year total (jobs)',
  ],
  realisation_percentage: ['Realisatie (%)', 'Realisation (%)'],
  shortfall_jobs: ['Tekort (banen)', 'Shortfall (jobs)'],
  levy_estimate: ['Geschatte heffing (EUR)', 'Estimated levy (EUR)'],
};

const units = (value: number) => value.toFixed(3);
const euros = (value: number) => value.toFixed(2);
const optional = (value: number | null, format: (value: number) => string) =>
  value === null ? '' : format(value);

export function monitorLines(
  report: QuotaDashboardDto,
  lang: Lang,
): MonitorLine[] {
  const pick = (key: string) => LABELS[key]?.[lang === 'nl' ? 0 : 1] ?? key;
  const line = (
    key: string,
    value: string,
    label = pick(key),
  ): MonitorLine => ({
    key,
    label,
    value,
  });
  const parameters = report.parameters;
  return [
    line('organisation', report.organisationName),
    line('year', String(report.year)),
    line('as_of', report.asOf),
    line('quota_percentage', (parameters.quotaFraction * 100).toFixed(4)),
    line('levy_per_unfilled_job', euros(parameters.levyPerUnfilledJob)),
    line('weeks_per_year', String(parameters.weeksPerYear)),
    line('procurement_counts', parameters.procurementCounts ? 'true' : 'false'),
    line('parameters_to_confirm', parameters.toConfirm ? 'true' : 'false'),
    line('total_paid_hours', optional(report.totalPaidHours, euros)),
    line('explicit_target_jobs', optional(report.explicitTargetJobs, units)),
    line('required_jobs', optional(report.requiredJobs, units)),
    line('stand_today', units(report.standToday.counting)),
    line('year_to_date', units(report.yearToDate.counting)),
    line('year_projected', units(report.yearProjected.counting)),
    line('procurement_year_projected', units(report.yearProjected.procurement)),
    line(
      'realisation_percentage',
      optional(report.realisationFraction, (fraction) =>
        (fraction * 100).toFixed(1),
      ),
    ),
    line('shortfall_jobs', optional(report.shortfallJobs, units)),
    line('levy_estimate', optional(report.levyEstimate, euros)),
    ...report.quarters.flatMap((quarter) => [
      line(
        `q${quarter.quarter}_stand_at_end`,
        units(quarter.standAtEnd),
        `K${quarter.quarter} ${lang === 'nl' ? 'stand einde kwartaal' : 'stand at quarter end'}`,
      ),
      line(
        `q${quarter.quarter}_year_contribution`,
        units(quarter.yearTotalContribution),
        `K${quarter.quarter} ${lang === 'nl' ? 'bijdrage jaartotaal' : 'year total contribution'}`,
      ),
    ]),
    ...report.byMethod.map((slice) =>
      line(
        `method.${slice.key}.year_projected`,
        units(slice.yearProjected),
        `${lang === 'nl' ? 'Methode' : 'Method'} ${slice.key}`,
      ),
    ),
    ...report.byTargetGroup.map((slice) =>
      line(
        `target_group.${slice.key}.year_projected`,
        units(slice.yearProjected),
        `${lang === 'nl' ? 'Doelgroep' : 'Target group'} ${slice.key}`,
      ),
    ),
    ...report.byUnit.map((slice) =>
      line(
        `unit.${slice.key}.year_projected`,
        units(slice.yearProjected),
        `${lang === 'nl' ? 'Eenheid' : 'Unit'} ${slice.label ?? slice.key}`,
      ),
    ),
  ];
}

/** `;`-separated like Dutch spreadsheets expect; a cell with `;`, `"` or a line break is quoted. */
function csvCell(text: string): string {
  // A leading = + - @ would run as a formula in a spreadsheet; a quote mark keeps it text.
  const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export async function renderMonitor(
  report: QuotaDashboardDto,
  format: MonitorFormat,
  lang: Lang,
): Promise<{ body: Buffer; contentType: string; fileName: string }> {
  const lines = monitorLines(report, lang);
  const fileName = `monitor-${report.year}.${format}`;
  if (format === 'csv') {
    const text = [
      'key;value',
      ...lines.map((l) => `${csvCell(l.key)};${csvCell(l.value)}`),
    ].join('\r\n');
    return {
      body: Buffer.from(`${text}\r\n`, 'utf8'),
      contentType: 'text/csv; charset=utf-8',
      fileName,
    };
  }
  if (format === 'xlsx') {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(lang === 'nl' ? 'Monitor' : 'Monitor');
    sheet.columns = [
      { header: lang === 'nl' ? 'Onderdeel' : 'Item', key: 'label', width: 48 },
      { header: lang === 'nl' ? 'Waarde' : 'Value', key: 'value', width: 20 },
      { header: 'key', key: 'key', width: 40 },
    ];
    for (const l of lines) {
      const numeric =
        l.value !== '' && /^-?\d+(\.\d+)?$/.test(l.value) && l.key !== 'year';
      sheet.addRow({
        label: l.label,
        value: numeric ? Number(l.value) : l.value,
        key: l.key,
      });
    }
    sheet.getRow(1).font = { bold: true };
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    return {
      body,
      contentType:
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      fileName,
    };
  }
  const title =
    lang === 'nl'
      ? `Monitor banenafspraak ${report.year} - ${report.organisationName}`
      : `Job agreement monitor ${report.year} - ${report.organisationName}`;
  const body = await renderTaggedPdf(
    {
      lang: lang === 'nl' ? 'nl-NL' : 'en-GB',
      title,
      subject: title,
      author: report.organisationName,
      createdAt: new Date(),
    },
    (writer) => {
      writer.heading(title, 1);
      writer.table(
        [
          lang === 'nl' ? 'Onderdeel' : 'Item',
          lang === 'nl' ? 'Waarde' : 'Value',
        ],
        lines.map((l) => [l.label, l.value]),
        [0.7, 0.3],
        ['left', 'right'],
      );
    },
  );
  return { body, contentType: 'application/pdf', fileName };
}
