/** Test data builders for the HTTP contracts (imported by specs only). */
export * from './health-report.builder';
export * from './identity.builders';
export * from './matching.builders';
export * from './quota.builders';
