import { QuotaYearParameters, quotaOutcome } from './quota';

const year2018 = (
  overrides: Partial<QuotaYearParameters> = {},
): QuotaYearParameters => ({
  year: 2018,
  quotaFraction: 0.0193,
  levyPerUnfilledJob: 5000,
  weeksPerYear: 52,
  thresholdPaidHours: 40_575,
  ...overrides,
});

describe('quota and levy', () => {
  it('requires 14.555 jobs of an employer with 1,000,000 paid hours at 1.93 %', () => {
    const outcome = quotaOutcome(year2018(), {
      totalPaidHours: 1_000_000,
      realisedJobs: 10,
    });
    expect(outcome.requiredJobs).toBeCloseTo(14.555, 3);
  });

  it('charges EUR 22,775 for a shortfall of 4.555 jobs', () => {
    const outcome = quotaOutcome(year2018(), {
      totalPaidHours: 1_000_000,
      realisedJobs: 10,
    });
    expect(outcome.shortfallJobs).toBeCloseTo(4.555, 3);
    expect(Math.round(outcome.levy)).toBe(22_775);
  });

  it('charges nothing when the realisation meets the requirement', () => {
    const outcome = quotaOutcome(year2018(), {
      totalPaidHours: 1_000_000,
      realisedJobs: 15,
    });
    expect(outcome.shortfallJobs).toBe(0);
    expect(outcome.levy).toBe(0);
    expect(outcome.realisationFraction).toBeGreaterThan(1);
  });

  it('requires nothing of an employer below the 25-employee threshold', () => {
    const outcome = quotaOutcome(year2018(), {
      totalPaidHours: 40_000,
      realisedJobs: 0,
    });
    expect(outcome).toMatchObject({
      belowThreshold: true,
      requiredJobs: 0,
      levy: 0,
      realisationFraction: null,
    });
  });

  it('uses an explicit target instead of the percentage when one is set', () => {
    const outcome = quotaOutcome(year2018(), {
      totalPaidHours: 1_000_000,
      realisedJobs: 3995,
      explicitTargetJobs: 5144,
    });
    expect(outcome.requiredJobs).toBe(5144);
    expect(Math.round((outcome.realisationFraction ?? 0) * 100)).toBe(78);
  });
});
