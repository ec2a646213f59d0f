import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folders under tools/ that are Nx projects of their own run their specs themselves. */
function nestedProjects(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'node_modules')
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return existsSync(join(path, 'project.json'))
        ? [path]
        : nestedProjects(path);
    });
}

module.exports = {
  displayName: 'tools',
  preset: '../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.spec.ts'],
  testPathIgnorePatterns: [
    '/node_modules/',
    ...nestedProjects(__dirname).map(
      (path) => `^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`,
    ),
  ],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../coverage/tools',
};
