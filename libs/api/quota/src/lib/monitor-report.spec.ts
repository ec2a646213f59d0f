import type { QuotaDashboardDto } from '@jcw/shared-contracts';
import { monitorLines, renderMonitor } from './monitor-report';

const units = (total: number, procurement = 0) => ({
  total: total + procurement,
  counting: total,
  procurement,
});

const report: QuotaDashboardDto = {
  organisationId: 'org',
  organisationName: 'Gemeente; Elders',
  year: 2018,
  asOf: '2018-12-31',
  parameters: {
    year: 2018,
    quotaFraction: 0.0193,
    levyPerUnfilledJob: 5000,
    weeksPerYear: 52,
    thresholdPaidHours: 40575,
    procurementCounts: false,
    sourceNote: 'wet',
    toConfirm: false,
    updatedAt: null,
    updatedBy: null,
  },
  totalPaidHours: 1_000_000,
  explicitTargetJobs: null,
  requiredJobs: (1_000_000 * 0.0193) / 1326,
  belowThreshold: false,
  standToday: units(10, 1),
  yearToDate: units(10, 1),
  yearProjected: units(10, 1),
  realisationFraction: ((10 / 1_000_000) * 0.0193) / 1326,
  shortfallJobs: (1_000_000 * 0.0193) / 1326 - 10,
  levyEstimate: ((1_000_000 * 0.0193) / 1326 - 10) * 5000,
  byMethod: [
    {
      key: 'individual',
      label: null,
      standToday: 10,
      yearToDate: 10,
      yearProjected: 10,
    },
  ],
  byTargetGroup: [],
  byUnit: [
    {
      key: 'u1',
      label: 'Team =Post',
      standToday: 10,
      yearToDate: 10,
      yearProjected: 10,
    },
  ],
  quarters: [1, 2, 3, 4].map((quarter) => ({
    quarter: quarter as 1 | 2 | 3 | 4,
    standAtEnd: 10,
    yearTotalContribution: 2.5,
    projected: false,
  })),
  pipeline: {
    plannedPlacements: 0,
    publishedPackages: 0,
    publishedPackageHours: 0,
    fillRate: 0.5,
    packageJobs: 0,
    yearProjectedWithPipeline: 10,
    shortfallWithPipeline: 4.555,
    levyWithPipeline: 22775.26,
  },
};

describe('the monitor report', () => {
  it('writes the dashboard figures with three decimals for jobs and two for euros', () => {
    const value = Object.fromEntries(
      monitorLines(report, 'nl').map((l) => [l.key, l.value]),
    );
    expect(value).toMatchObject({
      required_jobs: '14.555',
      year_projected: '10.000',
      procurement_year_projected: '1.000',
      shortfall_jobs: '4.555',
      levy_estimate: '22775.26',
      quota_percentage: '1.9300',
      q4_year_contribution: '2.500',
    });
  });

  it('quotes CSV cells with separators and keeps spreadsheet formulas out', async () => {
    const csv = (await renderMonitor(report, 'csv', 'nl')).body.toString(
      'utf8',
    );
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe('key;value');
    expect(rows).toContain('organisation;"Gemeente; Elders"');
    expect(rows).toContain('stand_today;10.000');
  });

  it('renders an XLSX workbook and a PDF', async () => {
    const xlsx = await renderMonitor(report, 'xlsx', 'en');
    expect(xlsx.body.subarray(0, 2).toString()).toBe('PK');
    expect(xlsx.fileName).toBe('monitor-2018.xlsx');
    const pdf = await renderMonitor(report, 'pdf', 'nl');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
