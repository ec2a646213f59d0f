import { isoWeekOf } from './notifications.service';

describe('isoWeekOf', () => {
  it.each([
    ['2026-12-01', '2026-W49'],
    ['2026-01-01', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
  ])('puts %s in week %s, as the Dutch calendar does', (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });
});
