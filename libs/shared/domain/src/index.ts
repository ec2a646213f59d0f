/**
 * The vocabulary and rules shared by api, worker and web, in plain TypeScript without framework
 * imports, so the web can show the same numbers the API computes.
 */
export * from './lib/job-units';
export * from './lib/quota';
export * from './lib/demands/levels';
export * from './lib/demands/catalogue';
export * from './lib/demands/feasibility';
export * from './lib/demands/working-hours';
export * from './lib/carving/task';
export * from './lib/carving/package-aggregation';
export * from './lib/carving/business-case';
export * from './lib/register/bsn';
export * from './lib/coaching/coaching-dates';
export * from './lib/coaching/coaching-norm';
export * from './lib/coaching/evaluation-schedule';
export * from './lib/coaching/risk-signals';
export * from './lib/quota/counting';
