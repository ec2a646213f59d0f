/**
 * Placements and their weekly hours, and the quota ledger every placement change appends to in
 * the same transaction, with the counter projected from it (incrementally, or rebuilt).
 */
export * from './lib/placements.entities';
export * from './lib/placements.module';
export * from './lib/placements.mapping';
export * from './lib/quota-ledger';
export * from './lib/sustainability.service';
export * from './lib/placements.service';
export * from './lib/demo-seed';
