import { formatDate, formatDateTime, formatNumber, formatTime } from './format';

describe('formatting values for people', () => {
  it('writes a timestamp with Dutch month names in Dutch', () => {
    expect(formatDateTime('2025-05-12T08:00:01Z', 'nl')).toMatch(/mei 2025/);
  });

  it('writes a timestamp with English month names in English', () => {
    expect(formatDateTime('2025-05-12T08:00:01Z', 'en')).toMatch(/May 2025/);
  });

  it('shows an unreadable timestamp as it came rather than "Invalid Date"', () => {
    expect(formatDateTime('not-a-date', 'nl')).toBe('not-a-date');
  });

  it('groups thousands the Dutch way', () => {
    expect(formatNumber(1234, 'nl')).toBe('1.234');
  });
});

describe('formatting a time of day', () => {
  it('writes hours and minutes on a 24-hour clock in Dutch', () => {
    expect(formatTime(new Date(2025, 4, 12, 14, 5, 30), 'nl')).toBe('14:05');
  });
});

describe('formatting a calendar date', () => {
  it('keeps a bare date on its own day in both languages', () => {
    expect(formatDate('2026-01-05', 'nl')).toBe('5 jan 2026');
    expect(formatDate('2026-01-05', 'en')).toBe('5 Jan 2026');
  });

  it('returns what it cannot read unchanged', () => {
    expect(formatDate('soon', 'nl')).toBe('soon');
  });
});
