/** Costs and benefits of a carved package: hours freed at the source, cost of the job, levy avoided. */
import { jobUnitsForWeeklyHours } from '../job-units';
import { QuotaOutcome, QuotaYearParameters } from '../quota';
import {
  CarvedPackage,
  countedAllocationHours,
  packageHoursPerWeek,
} from './package-aggregation';

/** A regular function tasks are carved from, with what an hour of it costs the employer. */
export interface SourceFunction {
  readonly id: string;
  readonly name: string;
  readonly contractHoursPerWeek: number;
  /** Full employer cost per hour in euros (wage, premiums, surcharges). */
  readonly employerCostPerHour: number;
}

export interface BusinessCaseInput {
  readonly carvedPackage: CarvedPackage;
  readonly sourceFunctions: readonly SourceFunction[];
  /** Full employer cost per hour of the carved job in euros. */
  readonly carvedJobCostPerHour: number;
  /** Paid weeks per year for the yearly amounts (product rule, usually 52). */
  readonly weeksPerYear: number;
  readonly quota: {
    readonly parameters: QuotaYearParameters;
    /** The organisation's current stand; a full QuotaOutcome fits. */
    readonly current: Pick<QuotaOutcome, 'shortfallJobs' | 'belowThreshold'>;
  };
  /** Fraction (0-1) of the carved job's cost paid by a wage-cost subsidy. */
  readonly wageCostSubsidyFraction?: number;
  /** Wage-cost advantage (e.g. LIV/LKV) in euros per year. */
  readonly wageCostAdvantagePerYear?: number;
}

/** Hours handed back to the staff of one source function. */
export interface FreedCapacity {
  readonly sourceFunctionId: string;
  readonly hoursPerWeek: number;
  /** Freed hours as a share of one contract; null when the source function is unknown. */
  readonly fte: number | null;
  /** Euros; null when the source function is unknown. */
  readonly valuePerWeek: number | null;
  readonly valuePerYear: number | null;
}

/** Gaps in the input that leave part of the case uncounted, returned so a screen can ask for them. */
export type BusinessCaseIssue =
  | {
      readonly code: 'unknown_source_function';
      readonly sourceFunctionId: string;
    }
  | {
      readonly code: 'source_function_without_contract_hours';
      readonly sourceFunctionId: string;
    };

/** All money in euros per year unless named per week; unrounded. */
export interface BusinessCase {
  readonly freedBySourceFunction: readonly FreedCapacity[];
  readonly freedHoursPerWeek: number;
  /** Sum of the per-function FTEs that could be computed. */
  readonly freedFte: number;
  readonly freedValuePerWeek: number;
  readonly freedValuePerYear: number;
  readonly carvedJobHoursPerWeek: number;
  readonly carvedJobGrossCostPerYear: number;
  readonly wageCostSubsidyPerYear: number;
  readonly wageCostAdvantagePerYear: number;
  readonly carvedJobNetCostPerYear: number;
  /** Value of freed hours minus the net cost of the carved job. */
  readonly netBenefitPerYear: number;
  readonly jobUnitsAdded: number;
  readonly levyAvoidedPerYear: number;
  /**
   * Net benefit plus levy avoided. Kept apart because the shortfall is the organisation's: two
   * packages cannot both avoid the same unfilled job, so summing cases needs the plain figure.
   */
  readonly netBenefitIncludingLevyPerYear: number;
  readonly issues: readonly BusinessCaseIssue[];
}

function requireNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative number, got ${value}`);
  }
}

/**
 * Freed hours per source function, in order of first appearance. Tasks left undone free no
 * one's hours: nobody was doing them.
 */
export function freedHoursBySourceFunction(
  pkg: CarvedPackage,
): ReadonlyMap<string, number> {
  const freed = new Map<string, number>();
  for (const allocation of pkg.allocations) {
    if (allocation.task.leftUndone) continue;
    const id = allocation.task.sourceFunctionId;
    freed.set(id, (freed.get(id) ?? 0) + countedAllocationHours(allocation));
  }
  return freed;
}

/**
 * Levy the package avoids in a year: its job units, capped at the shortfall (units beyond the
 * quota avoid nothing), times the levy per job; 0 when the organisation meets its quota or owes
 * none. Assumes the job is filled the whole year.
 */
export function levyAvoided(
  jobUnitsAdded: number,
  parameters: QuotaYearParameters,
  current: Pick<QuotaOutcome, 'shortfallJobs' | 'belowThreshold'>,
): number {
  if (current.belowThreshold || current.shortfallJobs <= 0) return 0;
  return (
    Math.min(jobUnitsAdded, current.shortfallJobs) *
    parameters.levyPerUnfilledJob
  );
}

/**
 * The business case of a package. Throws RangeError only for inputs no form should let through
 * (negative costs, a subsidy above 100 %); missing source functions come back as issues.
 */
export function businessCase(input: BusinessCaseInput): BusinessCase {
  const subsidyFraction = input.wageCostSubsidyFraction ?? 0;
  const advantagePerYear = input.wageCostAdvantagePerYear ?? 0;
  if (!(input.weeksPerYear > 0) || !Number.isFinite(input.weeksPerYear)) {
    throw new RangeError(
      `weeks per year must be positive, got ${input.weeksPerYear}`,
    );
  }
  requireNonNegative('carved job cost per hour', input.carvedJobCostPerHour);
  requireNonNegative('wage-cost advantage per year', advantagePerYear);
  if (!(subsidyFraction >= 0 && subsidyFraction <= 1)) {
    throw new RangeError(
      `wage-cost subsidy fraction must be between 0 and 1, got ${subsidyFraction}`,
    );
  }

  const sources = new Map(input.sourceFunctions.map((f) => [f.id, f]));
  const issues: BusinessCaseIssue[] = [];
  const freedBySourceFunction: FreedCapacity[] = [];
  for (const [sourceFunctionId, hoursPerWeek] of freedHoursBySourceFunction(
    input.carvedPackage,
  )) {
    const source = sources.get(sourceFunctionId);
    if (!source) {
      issues.push({ code: 'unknown_source_function', sourceFunctionId });
      freedBySourceFunction.push({
        sourceFunctionId,
        hoursPerWeek,
        fte: null,
        valuePerWeek: null,
        valuePerYear: null,
      });
      continue;
    }
    const hasContractHours = source.contractHoursPerWeek > 0;
    if (!hasContractHours) {
      issues.push({
        code: 'source_function_without_contract_hours',
        sourceFunctionId,
      });
    }
    const valuePerWeek = hoursPerWeek * source.employerCostPerHour;
    freedBySourceFunction.push({
      sourceFunctionId,
      hoursPerWeek,
      fte: hasContractHours ? hoursPerWeek / source.contractHoursPerWeek : null,
      valuePerWeek,
      valuePerYear: valuePerWeek * input.weeksPerYear,
    });
  }

  const sum = (values: readonly (number | null)[]): number =>
    values.reduce<number>((total, value) => total + (value ?? 0), 0);
  const freedValuePerWeek = sum(
    freedBySourceFunction.map((f) => f.valuePerWeek),
  );
  const freedValuePerYear = freedValuePerWeek * input.weeksPerYear;

  const carvedJobHoursPerWeek = packageHoursPerWeek(input.carvedPackage);
  const carvedJobGrossCostPerYear =
    carvedJobHoursPerWeek * input.carvedJobCostPerHour * input.weeksPerYear;
  const wageCostSubsidyPerYear = carvedJobGrossCostPerYear * subsidyFraction;
  // Not floored at 0: an advantage larger than the remaining cost is a real (if rare) gain.
  const carvedJobNetCostPerYear =
    carvedJobGrossCostPerYear - wageCostSubsidyPerYear - advantagePerYear;
  const netBenefitPerYear = freedValuePerYear - carvedJobNetCostPerYear;

  const jobUnitsAdded = jobUnitsForWeeklyHours(carvedJobHoursPerWeek);
  const levyAvoidedPerYear = levyAvoided(
    jobUnitsAdded,
    input.quota.parameters,
    input.quota.current,
  );

  return {
    freedBySourceFunction,
    freedHoursPerWeek: sum(freedBySourceFunction.map((f) => f.hoursPerWeek)),
    freedFte: sum(freedBySourceFunction.map((f) => f.fte)),
    freedValuePerWeek,
    freedValuePerYear,
    carvedJobHoursPerWeek,
    carvedJobGrossCostPerYear,
    wageCostSubsidyPerYear,
    wageCostAdvantagePerYear: advantagePerYear,
    carvedJobNetCostPerYear,
    netBenefitPerYear,
    jobUnitsAdded,
    levyAvoidedPerYear,
    netBenefitIncludingLevyPerYear: netBenefitPerYear + levyAvoidedPerYear,
    issues,
  };
}
