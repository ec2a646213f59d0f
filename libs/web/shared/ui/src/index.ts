/** Presentational components shared by the web app's pages: inputs in, outputs out, no stores. */
export * from './lib/status-badge/status-badge';
export * from './lib/health-check-list/health-check-list';
export * from './lib/error-alert/error-alert';
export * from './lib/unit-tree/unit-tree';
export * from './lib/confirm-dialog/confirm-dialog';
export * from './lib/dialog-actions/dialog-actions';
export * from './lib/field-error/field-error';
