#!/usr/bin/env node
// @ts-check
/**
 * Proves that lint really enforces the module boundaries (a '*' -> '*' placeholder would pass
 * everything): writes probe files that break the rules, lints them, and expects
 * @nx/enforce-module-boundaries to reject each one. The probes are always removed.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(new URL('.', import.meta.url).pathname, '../..');
const probes = [
  {
    file: 'libs/web/shared/ui/src/lib/boundary-probe.ts',
    source:
      "import { loadConfig } from '@jcw/api-platform';\nexport const probe = loadConfig;\n",
    rule: 'scope:web must not import scope:api',
  },
  {
    file: 'libs/shared/domain/src/lib/boundary-probe.ts',
    source:
      "import { HealthStore } from '@jcw/web-shared-data-access';\nexport const probe = HealthStore;\n",
    rule: 'type:domain must not import type:data-access',
  },
  {
    file: 'libs/web/shared/ui/src/lib/boundary-probe-2.ts',
    source:
      "import { HealthStore } from '@jcw/web-shared-data-access';\nexport const probe = HealthStore;\n",
    rule: 'type:ui must not import type:data-access',
  },
];

let failures = 0;
for (const probe of probes) {
  const path = join(root, probe.file);
  writeFileSync(path, probe.source);
  try {
    const result = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/eslint/bin/eslint.js'),
        '--no-warn-ignored',
        probe.file,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    const rejected =
      result.status !== 0 &&
      result.stdout.includes('@nx/enforce-module-boundaries');
    process.stdout.write(`${rejected ? 'ok  ' : 'FAIL'} ${probe.rule}\n`);
    if (!rejected) {
      failures++;
      process.stdout.write(result.stdout + result.stderr);
    }
  } finally {
    rmSync(path, { force: true });
  }
}
process.exit(failures === 0 ? 0 : 1);
