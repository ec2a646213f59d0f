#!/usr/bin/env node
// @ts-check
/**
 * `npm run typecheck`: tsc --noEmit over every tsconfig that compiles code of ours (apps, libs,
 * their specs, the integration harness and the e2e suite), so type errors in test code fail too.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(new URL('.', import.meta.url).pathname, '../..');
const skipped = new Set([
  'node_modules',
  'dist',
  '.nx',
  '.data',
  'tmp',
  '.git',
  '.angular',
]);
/** @param {string} dir @returns {string[]} */
function findConfigs(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return skipped.has(entry.name) ? [] : findConfigs(path);
    const compilesCode =
      /^tsconfig\.(app|lib|spec|integration)\.json$/.test(entry.name) ||
      (entry.name === 'tsconfig.json' && dir.endsWith('web-e2e'));
    return compilesCode ? [path] : [];
  });
}
const configs = ['apps', 'libs', 'tools'].flatMap((dir) =>
  findConfigs(join(root, dir)),
);

let failed = 0;
for (const config of configs) {
  const name = relative(root, config);
  // The Angular spec configs say CommonJS/node10 for jest's sake; Angular's typings need bundler resolution.
  const angularSpec = /^(apps\/web|libs\/web)\/.*tsconfig\.spec\.json$/.test(
    name,
  )
    ? ['--module', 'esnext', '--moduleResolution', 'bundler']
    : [];
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/typescript/bin/tsc'),
      '--noEmit',
      '-p',
      config,
      ...angularSpec,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status === 0) {
    process.stdout.write(`ok   ${name}\n`);
  } else {
    failed++;
    process.stdout.write(`FAIL ${name}\n${result.stdout}${result.stderr}\n`);
  }
}
process.exit(failed === 0 ? 0 : 1);
