/** Presentational components shared by the web app's pages: inputs in, outputs out, no stores. */
export * from './lib/status-badge/status-badge';
export * from './lib/health-check-list/health-check-list';
