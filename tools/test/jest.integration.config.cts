/**
 * Integration tests (`*.integration-spec.ts`) run against the real PostgreSQL and Redis: one fresh
 * database and one fresh queue prefix per run, migrations applied once in the global setup.
 * They run in band because they share that database and spawn real worker processes.
 */
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('../../tsconfig.base.json');

module.exports = {
  displayName: 'integration',
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools'],
  modulePathIgnorePatterns: [
    '<rootDir>/dist',
    '<rootDir>/.nx',
    '<rootDir>/.data',
    '<rootDir>/tmp',
  ],
  testMatch: ['<rootDir>/{apps,libs,tools}/**/*.integration-spec.ts'],
  transform: {
    '^.+\\.[tj]s$': [
      'ts-jest',
      { tsconfig: '<rootDir>/tools/test/tsconfig.integration.json' },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, {
    prefix: '<rootDir>/',
  }),
  globalSetup: '<rootDir>/tools/test/integration-global-setup.ts',
  globalTeardown: '<rootDir>/tools/test/integration-global-teardown.ts',
  testTimeout: 90_000,
  maxWorkers: 1,
};
