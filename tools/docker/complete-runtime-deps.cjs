#!/usr/bin/env node
/**
 * Completes the package.json that Nx's generatePackageJson writes next to a webpack bundle, so that
 * `npm install --omit=dev` in the runtime image installs everything the bundle loads at run time.
 *
 * Why: Nx adds a dependency's peers (TypeORM -> pg, ...) only when it can
 * `require('<dep>/package.json')`; packages whose `exports` map hides package.json (typeorm does) are
 * skipped silently, and the container then dies at start with "Postgres package has not been found
 * installed" (TypeORM loads its driver with a dynamic require that no import analysis can see). The
 * rule here is Nx's own (a peer that the workspace installs as a runtime `dependency` is one the app
 * loads), but package.json is read by path, so `exports` cannot hide it. Versions are the ones
 * installed in the workspace, i.e. the ones the build was made and tested with.
 *
 * Usage: node tools/docker/complete-runtime-deps.cjs <workspace-root> <dist-dir>...
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function installedManifest(root, name) {
  const file = path.join(
    root,
    'node_modules',
    ...name.split('/'),
    'package.json',
  );
  return fs.existsSync(file) ? readJson(file) : undefined;
}

/** Returns the names added to the package.json in distDir. */
function completeRuntimeDeps(root, distDir) {
  const rootManifest = readJson(path.join(root, 'package.json'));
  const runtime = rootManifest.dependencies ?? {};
  const file = path.join(distDir, 'package.json');
  const manifest = readJson(file);
  const deps = { ...(manifest.dependencies ?? {}) };
  const added = [];

  // A peer that gets added may have peers of its own, hence the work list.
  const pending = Object.keys(deps);
  while (pending.length > 0) {
    const name = pending.pop();
    const dep = installedManifest(root, name);
    if (!dep) continue;
    for (const peer of Object.keys(dep.peerDependencies ?? {})) {
      if (deps[peer] || !runtime[peer]) continue;
      const installed = installedManifest(root, peer);
      deps[peer] = installed?.version ?? runtime[peer];
      added.push(peer);
      pending.push(peer);
    }
  }

  if (added.length > 0) {
    manifest.dependencies = Object.fromEntries(
      Object.entries(deps).sort(([a], [b]) => a.localeCompare(b)),
    );
    fs.writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  }
  return added.sort();
}

module.exports = { completeRuntimeDeps };

if (require.main === module) {
  const [root, ...distDirs] = process.argv.slice(2);
  if (!root || distDirs.length === 0) {
    console.error(
      'usage: complete-runtime-deps.cjs <workspace-root> <dist-dir>...',
    );
    process.exit(2);
  }
  for (const distDir of distDirs) {
    const added = completeRuntimeDeps(
      path.resolve(root),
      path.resolve(distDir),
    );
    process.stdout.write(
      `${distDir}: ${added.length > 0 ? `added ${added.join(', ')}` : 'complete'}\n`,
    );
  }
}
