import {
  formatEuroAmount,
  formatJobs,
  formatQuotaPercent,
  formatShare,
  quarterRows,
} from './quota-format';
import { monitorFileName } from './quota-page';

describe('quota figures on screen', () => {
  it('shows job units with three decimals, a comma in Dutch', () => {
    expect(formatJobs(14.5550001, 'nl')).toBe('14,555');
    expect(formatJobs(1, 'nl')).toBe('1,000');
    expect(formatJobs(1234.5, 'en')).toBe('1,234.500');
    expect(formatJobs(null, 'nl')).toBe('–');
  });

  it('shows euros with cents and the sign in front', () => {
    expect(formatEuroAmount(22775, 'nl')).toBe('€\u00a022.775,00');
    expect(formatEuroAmount(22775, 'en')).toBe('€22,775.00');
    expect(formatEuroAmount(-1456.5, 'nl')).toBe('-€\u00a01.456,50');
    expect(formatEuroAmount(null, 'en')).toBe('–');
  });

  it('shows shares and the quota percentage', () => {
    expect(formatShare(0.687, 'nl')).toBe('68,7%');
    expect(formatShare(null, 'nl')).toBe('–');
    expect(formatQuotaPercent(0.0193, 'nl')).toBe('1,93%');
  });

  it('builds the year total up quarter by quarter, in quarter order', () => {
    expect(
      quarterRows([
        {
          quarter: 2,
          standAtEnd: 10,
          yearTotalContribution: 2.5,
          projected: false,
        },
        {
          quarter: 1,
          standAtEnd: 8,
          yearTotalContribution: 2,
          projected: false,
        },
        {
          quarter: 3,
          standAtEnd: 10,
          yearTotalContribution: 2.5,
          projected: true,
        },
      ]).map((row) => [row.quarter, row.cumulative, row.projected]),
    ).toEqual([
      [1, 2, false],
      [2, 4.5, false],
      [3, 7, true],
    ]);
  });

  it('names the monitor file after the year, and a coordinator’s after the organisation too', () => {
    expect(monitorFileName(2026, 'xlsx')).toBe('monitor-2026.xlsx');
    expect(monitorFileName(2026, 'csv', 'Ministerie van Voorbeeldzaken')).toBe(
      'monitor-2026-ministerie-van-voorbeeldzaken.csv',
    );
  });
});
