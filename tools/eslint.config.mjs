import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import baseConfig from '../eslint.config.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Folders under tools/ that are Nx projects of their own (tools/test, ...): their lint target covers
 * them, so `nx lint tools` neither lints their files twice nor fails on their findings.
 */
function nestedProjects(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'node_modules')
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return existsSync(join(path, 'project.json'))
        ? [relative(here, path)]
        : nestedProjects(path);
    });
}

export default [
  ...baseConfig,
  { ignores: nestedProjects(here).map((path) => `${path}/**`) },
];
