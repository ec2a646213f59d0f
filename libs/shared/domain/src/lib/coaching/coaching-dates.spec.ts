import {
  addMonths,
  daysBetween,
  isMonday,
  mondayOf,
  parseIsoDate,
} from './coaching-dates';

describe('coaching calendar dates', () => {
  it('knows a Monday', () => {
    expect(isMonday('2025-09-01')).toBe(true);
    expect(isMonday('2025-09-02')).toBe(false);
    expect(isMonday('2025-02-31')).toBe(false);
    expect(isMonday('1-9-2025')).toBe(false);
  });

  it('rejects dates that do not exist', () => {
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2024-02-29')).not.toBeNull();
  });

  it('finds the Monday of a week', () => {
    expect(mondayOf('2025-09-07')).toBe('2025-09-01');
    expect(mondayOf('2025-09-01')).toBe('2025-09-01');
  });

  it('adds months across a year end', () => {
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
  });

  it('counts days across a daylight-saving change', () => {
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
  });
});
