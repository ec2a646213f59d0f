/** HTTP access and signal stores shared by the web app's pages. */
export * from './lib/health/health.api';
export * from './lib/health/health.store';
