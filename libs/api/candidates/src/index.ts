/**
 * Candidates from the target-group register: profiles complete enough to match on, the citizen
 * number only as a keyed hash, views shaped by role and every full read audited.
 */
export * from './lib/candidate.entity';
export * from './lib/candidates.module';
export * from './lib/candidates.service';
export * from './lib/demo-seed';
export * from './lib/import/register-import.entities';
export * from './lib/import/register-import.module';
export * from './lib/matching-change';
export * from './lib/bsn-hash';
export { storeCompleteness } from './lib/completeness';
