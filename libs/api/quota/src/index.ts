/**
 * The quota: per-year legal parameters, an organisation's paid hours and target, the dashboard
 * and coordinator overview read from the counter, the lines behind every figure, the monitor export.
 */
export * from './lib/quota.entities';
export * from './lib/quota.module';
export * from './lib/monitor-report';
export * from './lib/payroll-csv';
