import { quotaOutcome } from '../quota';
import {
  counterDeltas,
  countingIntervals,
  daysInYear,
  peakCombinedHours,
  standAt,
  yearTotalJobs,
} from './counting';

const whole = (hours: number, startDate = '2025-01-01') =>
  countingIntervals({
    startDate,
    endDate: null,
    hoursHistory: [{ effectiveFrom: startDate, hoursPerWeek: hours }],
    registerEndDate: null,
  });

describe('counting a placement', () => {
  it('20 h a week all year is 0.784 on any day and 0.784 jobs over the year', () => {
    const intervals = whole(20);
    for (const day of ['2025-01-01', '2025-06-15', '2025-12-31']) {
      expect(standAt(intervals, day)).toBeCloseTo(0.784, 3);
    }
    expect(yearTotalJobs(intervals, 2025)).toBeCloseTo(0.784, 3);
  });

  it('30 h from 1 July counts 1.176 on 31 December and 1.176 x 184/365 = 0.593 over the year', () => {
    const intervals = whole(30, '2025-07-01');
    expect(standAt(intervals, '2025-12-31')).toBeCloseTo(1.176, 3);
    expect(standAt(intervals, '2025-06-30')).toBe(0);
    expect(yearTotalJobs(intervals, 2025)).toBeCloseTo(0.593, 3);
    expect(yearTotalJobs(intervals, 2025)).toBeCloseTo(
      ((30 / 25.5) * 184) / 365,
      12,
    );
  });

  it('stops counting the day after the register ends', () => {
    const intervals = countingIntervals({
      startDate: '2025-01-01',
      endDate: null,
      hoursHistory: [{ effectiveFrom: '2025-01-01', hoursPerWeek: 25.5 }],
      registerEndDate: '2025-06-30',
    });
    expect(standAt(intervals, '2025-06-30')).toBe(1);
    expect(standAt(intervals, '2025-07-01')).toBe(0);
    expect(yearTotalJobs(intervals, 2025)).toBeCloseTo(181 / 365, 12);
  });

  it('follows the hours history and the end date', () => {
    const intervals = countingIntervals({
      startDate: '2025-03-01',
      endDate: '2025-10-31',
      hoursHistory: [
        { effectiveFrom: '2025-06-01', hoursPerWeek: 30 },
        { effectiveFrom: '2025-01-01', hoursPerWeek: 20 },
      ],
      registerEndDate: null,
    });
    expect(intervals).toEqual([
      { from: '2025-03-01', to: '2025-05-31', hoursPerWeek: 20 },
      { from: '2025-06-01', to: '2025-10-31', hoursPerWeek: 30 },
    ]);
    expect(counterDeltas(intervals)).toEqual([
      { date: '2025-03-01', hoursDelta: 20 },
      { date: '2025-06-01', hoursDelta: 10 },
      { date: '2025-11-01', hoursDelta: -30 },
    ]);
  });

  it('counts a year total up to a date (year to date) over all days of the year', () => {
    const intervals = whole(25.5, '2024-01-01');
    expect(yearTotalJobs(intervals, 2024, '2024-01-31')).toBeCloseTo(
      31 / 366,
      12,
    );
    expect(daysInYear(2024)).toBe(366);
    expect(yearTotalJobs(intervals, 2025, '2024-12-31')).toBe(0);
  });

  it('finds the highest summed hours of overlapping placements', () => {
    expect(
      peakCombinedHours([
        whole(20, '2025-01-01'),
        [{ from: '2025-05-01', to: '2025-05-31', hoursPerWeek: 16 }],
        [{ from: '2025-06-01', to: null, hoursPerWeek: 10 }],
      ]),
    ).toEqual({ hoursPerWeek: 36, date: '2025-05-01' });
  });
});

describe('quota and levy, the worked example of DOMAIN.md', () => {
  it('1,000,000 paid hours at 1.93 % need 14.555 jobs; 10.0 realised leave EUR 22,775', () => {
    const outcome = quotaOutcome(
      {
        year: 2018,
        quotaFraction: 0.0193,
        levyPerUnfilledJob: 5000,
        weeksPerYear: 52,
        thresholdPaidHours: 40575,
      },
      { totalPaidHours: 1_000_000, realisedJobs: 10 },
    );
    expect(outcome.requiredJobs).toBeCloseTo(14.555, 3);
    expect(outcome.shortfallJobs).toBeCloseTo(4.555, 3);
    expect(Math.round(outcome.levy)).toBe(22775);
  });
});
