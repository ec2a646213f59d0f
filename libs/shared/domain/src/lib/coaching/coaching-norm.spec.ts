import { coachingNormHours, placementYear } from './coaching-norm';

describe('funded coaching norm per week', () => {
  // A placement of 32 hours a week starting on Monday 3 March 2025.
  const start = '2025-03-03';

  it('funds 15 % of the working hours in the first year: 32 h gives 4.8 h', () => {
    expect(coachingNormHours(start, 32, '2025-03-03')).toBe(4.8);
    expect(coachingNormHours(start, 32, '2025-09-15')).toBe(4.8);
  });

  it('keeps the first-year norm for the week whose Monday falls before the anniversary', () => {
    expect(coachingNormHours(start, 32, '2026-03-02')).toBe(4.8);
  });

  it('funds 7.5 % in the second year: 32 h gives 2.4 h', () => {
    expect(coachingNormHours(start, 32, '2026-03-09')).toBe(2.4);
  });

  it('funds 6 % in the third year: 32 h gives 1.92 h', () => {
    expect(coachingNormHours(start, 32, '2027-03-08')).toBe(1.92);
  });

  it('funds no internal coaching from the fourth year on', () => {
    expect(coachingNormHours(start, 32, '2028-03-06')).toBe(0);
    expect(coachingNormHours(start, 32, '2031-01-06')).toBe(0);
  });

  it('rounds to two decimals: 36.5 h in year 2 gives 2.74 h (2.7375)', () => {
    expect(coachingNormHours(start, 36.5, '2026-06-01')).toBe(2.74);
  });

  it('counts the week a mid-week placement starts in as year 1', () => {
    // Wednesday 5 March 2025 lies in the week of Monday 3 March.
    expect(coachingNormHours('2025-03-05', 20, '2025-03-03')).toBe(3);
  });

  it('has no norm for a week that ends before the placement starts', () => {
    expect(coachingNormHours('2025-03-05', 20, '2025-02-24')).toBeNull();
  });

  it('has no norm without a placement', () => {
    expect(coachingNormHours(null, 32, '2025-03-03')).toBeNull();
    expect(coachingNormHours(start, null, '2025-03-03')).toBeNull();
  });

  it('numbers the placement years from the start date', () => {
    expect(placementYear(start, '2025-03-03')).toBe(1);
    expect(placementYear(start, '2026-03-02')).toBe(1);
    expect(placementYear(start, '2026-03-03')).toBe(2);
    expect(placementYear(start, '2028-03-06')).toBe(4);
  });
});
