/**
 * The vocabulary and rules shared by api, worker and web, in plain TypeScript without framework
 * imports, so the web can show the same numbers the API computes.
 */
export * from './lib/job-units';
export * from './lib/quota';
