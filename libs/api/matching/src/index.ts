/**
 * Matching: scoring runs in the worker (a package against the pool, a candidate against the
 * published packages), ranked matches with their explanation, near misses, carving feedback, team
 * assignment, proposals that managers accept into placements, and in-app notifications.
 */
export * from './lib/matching.entities';
export * from './lib/matching.module';
export * from './lib/match-scoring.service';
export * from './lib/pseudonym';
export * from './lib/demo-seed';
