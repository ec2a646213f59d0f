import { aQuotaDashboard } from '@jcw/shared-contracts/testing';
import { monitorLines, renderMonitor } from './monitor-report';

const report = aQuotaDashboard({
  organisationName: 'Gemeente; Elders',
  year: 2018,
  asOf: '2018-12-31',
  requiredJobs: (1_000_000 * 0.0193) / 1326,
  standToday: { total: 11, counting: 10, procurement: 1 },
  yearProjected: { total: 11, counting: 10, procurement: 1 },
  shortfallJobs: (1_000_000 * 0.0193) / 1326 - 10,
  levyEstimate: ((1_000_000 * 0.0193) / 1326 - 10) * 5000,
  quarters: [1, 2, 3, 4].map((quarter) => ({
    quarter: quarter as 1 | 2 | 3 | 4,
    standAtEnd: 10,
    yearTotalContribution: 2.5,
    projected: false,
  })),
});

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
