import { hoursPerJobYear } from './job-units';

/**
 * The legal figures of one year. They change by year and by law, so they are data (an admin edits
 * them, with their source), never literals in code.
 */
export interface QuotaYearParameters {
  year: number;
  /** Quota percentage as a fraction, e.g. 0.0193 for 1.93 %. */
  quotaFraction: number;
  /** Levy per unfilled job per year in euros, e.g. 5000. */
  levyPerUnfilledJob: number;
  /** Weeks in a job-year (product rule, default 52). */
  weeksPerYear: number;
  /** Employers below this many paid hours a year (25 employees) owe no quota. */
  thresholdPaidHours: number;
}

export interface QuotaOutcome {
  requiredJobs: number;
  realisedJobs: number;
  /** Required minus realised when positive, else 0; counts pro rata. */
  shortfallJobs: number;
  /** Realised as a fraction of required (1 = on target); null when nothing is required. */
  realisationFraction: number | null;
  levy: number;
  belowThreshold: boolean;
}

/**
 * Required jobs = quota % x total paid hours / hours of one job-year (or an explicit target, as
 * the Rijk sets per ministry); the levy is the pro-rata shortfall times the levy per job.
 * Example: 1,000,000 h at 1.93 % -> 14.555 jobs required; 10.0 realised -> levy EUR 22,775.
 */
export function quotaOutcome(
  parameters: QuotaYearParameters,
  input: {
    totalPaidHours: number;
    realisedJobs: number;
    explicitTargetJobs?: number | null;
  },
): QuotaOutcome {
  const belowThreshold = input.totalPaidHours < parameters.thresholdPaidHours;
  const requiredJobs =
    input.explicitTargetJobs ??
    (belowThreshold
      ? 0
      : (parameters.quotaFraction * input.totalPaidHours) /
        hoursPerJobYear(parameters.weeksPerYear));
  const shortfallJobs = Math.max(0, requiredJobs - input.realisedJobs);
  return {
    requiredJobs,
    realisedJobs: input.realisedJobs,
    shortfallJobs,
    realisationFraction:
      requiredJobs > 0 ? input.realisedJobs / requiredJobs : null,
    levy: belowThreshold ? 0 : shortfallJobs * parameters.levyPerUnfilledJob,
    belowThreshold,
  };
}
