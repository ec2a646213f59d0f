/**
 * The matching engine: hard constraints, explained scores, near misses, carving feedback and
 * optimal team assignment, in plain TypeScript over columnar data. Used by the worker (scoring
 * runs), the API (team assignment) and the benchmark.
 */
export * from './lib/model';
export { CandidatePool } from './lib/pool';
export {
  WORKING_DAYS_PER_WEEK,
  checkPair,
  eligibilityFailures,
  hoursPerDayOf,
  isEligible,
  pairDistanceKm,
} from './lib/constraints';
export {
  ASSUMED_MAX_HOURS_PER_WEEK,
  SCORE_WEIGHTS,
  scorePair,
} from './lib/score';
export { EARTH_RADIUS_KM, distanceKm } from './lib/geo';
export {
  DEFAULT_NEAR_MISS_LIMIT,
  carvingFeedback,
  countFeasible,
  nearMisses,
  scoreCandidate,
  scorePackage,
} from './lib/engine';
export { solveAssignment } from './lib/assignment';
export { assignTeam } from './lib/team';
export type { TeamAssignment } from './lib/team';
