import {
  hoursPerJobYear,
  jobUnitsForWeeklyHours,
  roundJobUnits,
} from './job-units';

describe('job units', () => {
  it('counts 25.5 hours a week as exactly one job', () => {
    expect(jobUnitsForWeeklyHours(25.5)).toBe(1);
  });

  it('counts a 20-hour job as 0.784 jobs and a 30-hour job as 1.176 jobs', () => {
    expect(roundJobUnits(jobUnitsForWeeklyHours(20))).toBe(0.784);
    expect(roundJobUnits(jobUnitsForWeeklyHours(30))).toBe(1.176);
  });

  it('has 1,326 hours in a job-year of 52 weeks', () => {
    expect(hoursPerJobYear(52)).toBe(1326);
  });

  it('refuses negative or non-numeric hours', () => {
    expect(() => jobUnitsForWeeklyHours(-1)).toThrow(RangeError);
    expect(() => jobUnitsForWeeklyHours(Number.NaN)).toThrow(RangeError);
  });
});
