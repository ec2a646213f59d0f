export * from './lib/error.contract';
export * from './lib/health.contract';
