export * from './lib/error.contract';
export * from './lib/health.contract';
export * from './lib/identity.contract';
export * from './lib/demo-accounts';
export * from './lib/candidates.contract';
export * from './lib/carving.contract';
export * from './lib/coaching.contract';
