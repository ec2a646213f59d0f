/** Test data and the naive reference for the matching engine; not exported from the entry point. */
export * from './builders';
export * from './random-data';
export * from './naive-reference';
