/** Working hours (FML rubric VI) as numbers and yes/no fields, kept apart from the 0-2 dimensions. */

/** When a task or package needs someone outside office hours. */
export interface ScheduleNeeds {
  readonly evenings: boolean;
  readonly nights: boolean;
  readonly weekends: boolean;
}

export const NO_SCHEDULE_NEEDS: ScheduleNeeds = /* @__PURE__ */ Object.freeze({
  evenings: false,
  nights: false,
  weekends: false,
});

/** A package needs evenings when any of its tasks does, and so on. */
export function combineScheduleNeeds(
  needs: readonly ScheduleNeeds[],
): ScheduleNeeds {
  return {
    evenings: needs.some((need) => need.evenings),
    nights: needs.some((need) => need.nights),
    weekends: needs.some((need) => need.weekends),
  };
}

/**
 * A candidate's rubric VI: how many hours they can work (null = no limit) and whether evenings,
 * nights and weekends are possible.
 */
export interface WorkingHoursLimits {
  readonly maxHoursPerDay: number | null;
  readonly maxHoursPerWeek: number | null;
  readonly evenings: boolean;
  readonly nights: boolean;
  readonly weekends: boolean;
}

export type WorkingHoursConflict =
  | {
      readonly code: 'too_many_hours_per_week';
      readonly hoursPerWeek: number;
      readonly maxHoursPerWeek: number;
    }
  | { readonly code: 'evenings' | 'nights' | 'weekends' };

/**
 * Where a package's hours and schedule do not fit a candidate; empty when they fit. Hours per
 * day are not checked because tasks carry weekly hours only: the daily split is agreed later.
 */
export function workingHoursConflicts(
  demand: {
    readonly hoursPerWeek: number;
    readonly scheduleNeeds: ScheduleNeeds;
  },
  limits: WorkingHoursLimits,
): WorkingHoursConflict[] {
  const conflicts: WorkingHoursConflict[] = [];
  if (
    limits.maxHoursPerWeek !== null &&
    demand.hoursPerWeek > limits.maxHoursPerWeek
  ) {
    conflicts.push({
      code: 'too_many_hours_per_week',
      hoursPerWeek: demand.hoursPerWeek,
      maxHoursPerWeek: limits.maxHoursPerWeek,
    });
  }
  for (const moment of ['evenings', 'nights', 'weekends'] as const) {
    if (demand.scheduleNeeds[moment] && !limits[moment]) {
      conflicts.push({ code: moment });
    }
  }
  return conflicts;
}
