/** A task cut loose from a regular function, and whether it is simple enough to carve. */
import { DEMAND_CATALOGUE, DemandDimensionKey } from '../demands/catalogue';
import { DemandProfile, levelOf } from '../demands/feasibility';
import { DemandLevel } from '../demands/levels';
import { ScheduleNeeds } from '../demands/working-hours';

export const TASK_FREQUENCIES = [
  'daily',
  'weekly',
  'monthly',
  'irregular',
] as const;
export type TaskFrequency = (typeof TASK_FREQUENCIES)[number];

/** Dutch education levels, lowest first: the order is what makes "highest" and "at most" work. */
export const EDUCATION_LEVELS = [
  'none',
  'mbo1',
  'mbo2',
  'mbo3',
  'mbo4',
  'hbo',
  'wo',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Negative when a is lower than b, 0 when equal, positive when higher; usable with sort. */
export function compareEducationLevels(
  a: EducationLevel,
  b: EducationLevel,
): number {
  return EDUCATION_LEVELS.indexOf(a) - EDUCATION_LEVELS.indexOf(b);
}

/** The highest of the levels; 'none' for no levels, as nothing is then required. */
export function highestEducationLevel(
  levels: readonly EducationLevel[],
): EducationLevel {
  return levels.reduce<EducationLevel>(
    (highest, level) =>
      compareEducationLevels(level, highest) > 0 ? level : highest,
    'none',
  );
}

/** Local clock times 'HH:mm' between which a task must be done. */
export interface TimeWindow {
  readonly from: string;
  readonly until: string;
}

export interface CarvingTask {
  readonly id: string;
  readonly name: string;
  /** The regular function (and so the staff) the task comes from; drives the business case. */
  readonly sourceFunctionId: string;
  readonly hoursPerWeek: number;
  readonly frequency: TaskFrequency;
  /** null = flexible: it may be done whenever suits the person. */
  readonly fixedTimeWindow: TimeWindow | null;
  /** Education level the task requires. */
  readonly complexity: EducationLevel;
  readonly demands: DemandProfile;
  readonly skills: readonly string[];
  /** Work nobody gets round to now: carving it adds capacity but frees no one's hours. */
  readonly leftUndone: boolean;
  /** Done alone; a package of only such tasks isolates the person. */
  readonly solitary: boolean;
  readonly scheduleNeeds: ScheduleNeeds;
}

/** Highest demand per dimension that still fits a carved package (product rule). */
export const MAX_CARVABLE_DEMAND: DemandLevel = 1;
/** Highest complexity that still fits a carved package (product rule). */
export const MAX_CARVABLE_COMPLEXITY: EducationLevel = 'mbo2';

export type NotCarvableReason =
  | {
      readonly code: 'demand_too_high';
      readonly dimension: DemandDimensionKey;
      readonly level: DemandLevel;
    }
  | { readonly code: 'too_complex'; readonly complexity: EducationLevel };

export interface CarvabilitySuggestion {
  readonly carvable: boolean;
  /** Empty when carvable; otherwise every reason, so the user sees all that must change. */
  readonly reasons: readonly NotCarvableReason[];
}

/**
 * Suggests whether a task suits a carved package: every demand at most moderate and at most
 * mbo2. A suggestion only - the person composing the package decides.
 */
export function suggestCarvable(task: CarvingTask): CarvabilitySuggestion {
  const reasons: NotCarvableReason[] = DEMAND_CATALOGUE.flatMap(({ key }) => {
    const level = levelOf(task.demands, key);
    return level > MAX_CARVABLE_DEMAND
      ? [{ code: 'demand_too_high' as const, dimension: key, level }]
      : [];
  });
  if (compareEducationLevels(task.complexity, MAX_CARVABLE_COMPLEXITY) > 0) {
    reasons.push({ code: 'too_complex', complexity: task.complexity });
  }
  return { carvable: reasons.length === 0, reasons };
}
