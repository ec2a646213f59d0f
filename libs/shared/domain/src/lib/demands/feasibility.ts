/** Whether a candidate's limitations allow a task's or package's demands, dimension by dimension. */
import { DEMAND_CATALOGUE, DemandDimensionKey } from './catalogue';
import { DemandLevel, LimitationLevel, MAX_FEASIBLE_LEVEL_SUM } from './levels';

/**
 * Demand per dimension. Sparse on purpose: a dimension nobody rated counts as 0, so adding a
 * dimension to the catalogue does not invalidate stored profiles.
 */
export type DemandProfile = Readonly<
  Partial<Record<DemandDimensionKey, DemandLevel>>
>;

/** Limitation per dimension; a dimension without a limitation counts as 0 (none). */
export type LimitationProfile = Readonly<
  Partial<Record<DemandDimensionKey, LimitationLevel>>
>;

/** A dimension on which demand + limitation exceeds 2, with both levels so a screen can say why. */
export interface BlockingDimension {
  readonly key: DemandDimensionKey;
  readonly demand: DemandLevel;
  readonly limitation: LimitationLevel;
}

/** The level of a dimension in a sparse profile; missing means 0. */
export function levelOf(
  profile: DemandProfile | LimitationProfile,
  key: DemandDimensionKey,
): DemandLevel {
  return profile[key] ?? 0;
}

/**
 * The dimensions that block the match, in catalogue order; an empty list means feasible.
 * Returned as a value rather than thrown: an infeasible match is an ordinary answer.
 * Keys outside this catalogue version are ignored because they cannot be rated against.
 */
export function isFeasible(
  demandProfile: DemandProfile,
  limitationProfile: LimitationProfile,
): BlockingDimension[] {
  return DEMAND_CATALOGUE.flatMap(({ key }) => {
    const demand = levelOf(demandProfile, key);
    const limitation = levelOf(limitationProfile, key);
    return demand + limitation > MAX_FEASIBLE_LEVEL_SUM
      ? [{ key, demand, limitation }]
      : [];
  });
}
