import { formatDateTime, formatNumber, formatTime } from './format';

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
