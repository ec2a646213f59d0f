/**
 * The matching engine: hard constraints, explained scores, near misses, carving feedback and
 * optimal team assignment, in plain TypeScript over columnar data. Used by the worker (scoring
 * runs), the API (team assignment) and the benchmark.
 */
export * from './lib/model';
