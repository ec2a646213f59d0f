/** Harness of the integration tests: the run's services and real processes under test. */
export * from './integration-context';
export * from './process-under-test';
export * from './tcp-proxy';
export * from './schema-drift';
export * from './http-app';
