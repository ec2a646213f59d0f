/**
 * What `docker compose -f docker/compose.yml up` relies on, checked without a Docker engine: the
 * compose file, the Dockerfile and the Nx build configuration have to agree with each other.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve } from 'node:path';
import * as yaml from 'js-yaml';

const repoRoot = resolve(__dirname, '../..');
const composePath = join(repoRoot, 'docker/compose.yml');
const dockerfilePath = join(repoRoot, 'docker/Dockerfile');

const APP_SERVICES = ['migrate', 'api', 'worker'] as const;

// ------------------------------------------------------------------------------------------------
// Reading the files

type Mapping = Record<string, unknown>;

interface ComposeService {
  image?: string;
  build?: { context?: string; dockerfile?: string; target?: string } | string;
  command?: string[] | string;
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: Record<string, { condition?: string }> | string[];
  healthcheck?: { test?: string[] | string };
  ports?: (string | Mapping)[];
  restart?: string;
  volumes?: (string | Mapping)[];
}

interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
  [key: string]: unknown;
}

function read(relPath: string): string {
  return readFileSync(join(repoRoot, relPath), 'utf8');
}

function loadYaml(text: string, filename: string): unknown {
  // Whichever js-yaml major is hoisted: 3.x's plain DEFAULT_SCHEMA would execute !!js tags.
  return yaml.load(text, {
    schema: yaml.DEFAULT_SAFE_SCHEMA ?? yaml.DEFAULT_SCHEMA,
    filename,
  });
}

function loadCompose(): ComposeFile {
  return loadYaml(
    readFileSync(composePath, 'utf8'),
    composePath,
  ) as ComposeFile;
}

function environmentOf(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const at = entry.indexOf('=');
        return at < 0 ? [entry, ''] : [entry.slice(0, at), entry.slice(at + 1)];
      }),
    );
  }
  return Object.fromEntries(
    Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]),
  );
}

function dependsOn(service: ComposeService): Record<string, string> {
  const deps = service.depends_on ?? {};
  if (Array.isArray(deps))
    return Object.fromEntries(deps.map((name) => [name, 'service_started']));
  return Object.fromEntries(
    Object.entries(deps).map(([name, dep]) => [
      name,
      dep?.condition ?? 'service_started',
    ]),
  );
}

function commandOf(service: ComposeService): string[] {
  const command = service.command ?? [];
  return Array.isArray(command)
    ? command
    : command.split(/\s+/).filter(Boolean);
}

/** What `${VAR:-default}` interpolation gives when none of the variables is set. */
function withDefaults(value: string): string {
  return value.replace(/(?<!\$)\$\{\w+:?-([^}]*)\}/g, '$1');
}

/** Names documented as `NAME=...` lines (uncommented) of an env example file. */
function documentedVariables(relPath: string): Set<string> {
  return new Set(
    [...read(relPath).matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]),
  );
}

interface Instruction {
  keyword: string;
  args: string;
  stage: string | undefined;
}

interface Dockerfile {
  args: Record<string, string>;
  stages: { name: string; image: string }[];
  instructions: Instruction[];
}

/** Just enough of the Dockerfile grammar for these checks: continuations, comments, stages. */
function parseDockerfile(text: string): Dockerfile {
  const logical: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#') || (line === '' && pending === '')) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    logical.push(`${pending}${line}`.trim());
    pending = '';
  }
  if (pending.trim()) logical.push(pending.trim());

  const result: Dockerfile = { args: {}, stages: [], instructions: [] };
  let stage: string | undefined;
  for (const line of logical.filter(Boolean)) {
    const [, keyword, args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const upper = keyword.toUpperCase();
    if (upper === 'ARG' && stage === undefined) {
      const [name, value = ''] = args.split('=');
      result.args[name] = value;
    }
    if (upper === 'FROM') {
      const from = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      if (!from) throw new Error(`cannot read FROM ${args}`);
      const image = from[1].replace(
        /\$\{?(\w+)\}?/g,
        (_, name: string) => result.args[name] ?? '',
      );
      stage = from[2] ?? `#${result.stages.length}`;
      result.stages.push({ name: stage, image });
    }
    result.instructions.push({ keyword: upper, args, stage });
  }
  return result;
}

function loadDockerfile(): Dockerfile {
  return parseDockerfile(readFileSync(dockerfilePath, 'utf8'));
}

function instructionsOf(
  dockerfile: Dockerfile,
  stage: string,
  keyword: string,
): string[] {
  return dockerfile.instructions
    .filter((i) => i.stage === stage && i.keyword === keyword)
    .map((i) => i.args);
}

/** `COPY [--flags] src... dest` (shell form) into its flags, sources and destination. */
function parseCopy(args: string): {
  from?: string;
  sources: string[];
  dest: string;
} {
  const words = args.split(/\s+/).filter(Boolean);
  const flags = words.filter((w) => w.startsWith('--'));
  const paths = words.filter((w) => !w.startsWith('--'));
  const from = flags
    .find((f) => f.startsWith('--from='))
    ?.slice('--from='.length);
  return { from, sources: paths.slice(0, -1), dest: paths[paths.length - 1] };
}

/** WORKDIR of a stage (the last one set), for turning absolute COPY sources into repo paths. */
function workdirOf(dockerfile: Dockerfile, stage: string): string {
  return instructionsOf(dockerfile, stage, 'WORKDIR').pop() ?? '/';
}

/** ENV of a stage, both the `ENV A=1 B=2` and the legacy `ENV A 1` forms. */
function envOf(dockerfile: Dockerfile, stage: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const args of instructionsOf(dockerfile, stage, 'ENV')) {
    if (!args.includes('=')) {
      const [name, ...value] = args.split(/\s+/);
      env[name] = value.join(' ');
      continue;
    }
    for (const m of args.matchAll(/(\w+)=("[^"]*"|\S*)/g))
      env[m[1]] = m[2].replace(/^"|"$/g, '');
  }
  return env;
}

function normalizeDir(p: string): string {
  return posix.normalize(p).replace(/\/+$/, '');
}

// ------------------------------------------------------------------------------------------------
// What the Nx builds produce, read from their configuration

interface WebpackApp {
  configPath: string;
  outputDir: string;
  entries: string[];
  generatesPackageJson: boolean;
}

function webpackApp(project: string): WebpackApp {
  const configPath = `apps/${project}/webpack.config.js`;
  const text = read(configPath);
  const output = /path:\s*join\(\s*__dirname\s*,\s*['"]([^'"]+)['"]\s*\)/.exec(
    text,
  );
  if (!output)
    throw new Error(
      `${configPath}: no output.path = join(__dirname, '...') found`,
    );
  const entries = new Set<string>();
  if (/\bmain:\s*['"]/.test(text)) entries.add('main');
  for (const m of text.matchAll(/entryName:\s*['"]([^'"]+)['"]/g))
    entries.add(m[1]);
  const entryObject = /\bentry:\s*\{([^}]*)\}/.exec(text);
  for (const m of entryObject?.[1].matchAll(/['"]?([\w-]+)['"]?\s*:/g) ?? [])
    entries.add(m[1]);
  return {
    configPath,
    outputDir: relative(
      repoRoot,
      resolve(repoRoot, `apps/${project}`, output[1]),
    )
      .split('\\')
      .join('/'),
    entries: [...entries],
    generatesPackageJson: /generatePackageJson:\s*true/.test(text),
  };
}

/** Files and directories (normalised, no trailing slash) that the api, worker and web builds write. */
function producedBuildPaths(): Set<string> {
  const produced = new Set<string>();
  for (const project of ['api', 'worker']) {
    const app = webpackApp(project);
    produced.add(app.outputDir);
    for (const entry of app.entries) {
      produced.add(`${app.outputDir}/${entry}.js`);
      produced.add(`${app.outputDir}/${entry}.js.map`);
    }
    if (app.generatesPackageJson) {
      produced.add(`${app.outputDir}/package.json`);
      produced.add(`${app.outputDir}/package-lock.json`);
    }
  }
  const web = JSON.parse(read('apps/web/project.json')) as {
    targets: {
      build: {
        executor: string;
        options: { outputPath: string | { base: string } };
      };
    };
  };
  const { executor, options } = web.targets.build;
  const base =
    typeof options.outputPath === 'string'
      ? options.outputPath
      : options.outputPath.base;
  produced.add(normalizeDir(base));
  // The application builders put the static files in <outputPath>/browser.
  if (
    /^@angular\/build:application$|^@angular-devkit\/build-angular:application$/.test(
      executor,
    )
  ) {
    produced.add(`${normalizeDir(base)}/browser`);
  }
  return produced;
}

// ------------------------------------------------------------------------------------------------

describe('docker/compose.yml', () => {
  const compose = loadCompose();
  const services = compose.services ?? {};

  it('is a Compose Specification file (a YAML mapping, no obsolete `version:` key)', () => {
    expect(typeof compose).toBe('object');
    expect(compose).not.toHaveProperty('version');
  });

  it('defines exactly the services postgres, redis, migrate, api and worker', () => {
    expect(Object.keys(services).sort()).toEqual([
      'api',
      'migrate',
      'postgres',
      'redis',
      'worker',
    ]);
  });

  it.each(['api', 'worker'])(
    '%s starts only after a successful migration, on healthy postgres and redis',
    (name) => {
      expect(dependsOn(services[name])).toEqual({
        postgres: 'service_healthy',
        redis: 'service_healthy',
        migrate: 'service_completed_successfully',
      });
    },
  );

  it('migrate runs the migrations once, on healthy postgres, from the api image', () => {
    const migrate = services['migrate'];
    expect(commandOf(migrate)).toEqual(['node', 'cli.js', 'migrate']);
    expect(dependsOn(migrate)).toEqual({ postgres: 'service_healthy' });
    // Quoted "no": a bare `no` is boolean false in YAML 1.1, which Compose rejects.
    expect(migrate.restart).toBe('no');
    expect(migrate.image).toBeDefined();
    expect(migrate.image).toBe(services['api'].image);
    expect(migrate.build).toEqual(services['api'].build);
  });

  it('every service waited on as healthy has a healthcheck', () => {
    for (const service of Object.values(services)) {
      for (const [name, condition] of Object.entries(dependsOn(service))) {
        if (condition === 'service_healthy') {
          expect({ name, test: services[name]?.healthcheck?.test }).toEqual({
            name,
            test: expect.anything(),
          });
        }
      }
    }
  });

  it('keeps the postgres and redis data in named volumes', () => {
    const volumeNames = Object.keys(compose.volumes ?? {});
    const mounts = (name: string, target: string) =>
      (services[name].volumes ?? []).some(
        (v) =>
          typeof v === 'string' &&
          volumeNames.includes(v.split(':')[0]) &&
          v.split(':')[1] === target,
      );
    expect(mounts('postgres', '/var/lib/postgresql/data')).toBe(true);
    expect(mounts('redis', '/data')).toBe(true);
    expect(commandOf(services['redis']).join(' ')).toMatch(/--appendonly yes/);
  });

  it('sets for the application only variables that .env.example documents', () => {
    const documented = documentedVariables('.env.example');
    for (const name of APP_SERVICES) {
      const undocumented = Object.keys(environmentOf(services[name])).filter(
        (v) => !documented.has(v),
      );
      expect({ service: name, undocumented }).toEqual({
        service: name,
        undocumented: [],
      });
    }
  });

  it('gives every application service, by default, the settings it needs, pointing at this file’s services', () => {
    for (const name of APP_SERVICES) {
      const env = Object.fromEntries(
        Object.entries(environmentOf(services[name])).map(([k, v]) => [
          k,
          withDefaults(v),
        ]),
      );
      // The application refuses DEMO_MODE=true together with NODE_ENV=production.
      expect(env).toMatchObject({
        NODE_ENV: 'production',
        PORT: '3000',
        HOST: '0.0.0.0',
        DEMO_MODE: 'false',
      });
      expect(Object.keys(env)).toEqual(
        expect.arrayContaining([
          'DATABASE_URL',
          'REDIS_URL',
          'QUEUE_PREFIX',
          'LOG_LEVEL',
          'DEMO_MODE',
        ]),
      );
      const db = new URL(env['DATABASE_URL']);
      expect([db.protocol, db.hostname, db.port, db.pathname]).toEqual([
        'postgres:',
        'postgres',
        '5432',
        '/jcw',
      ]);
      const redis = new URL(env['REDIS_URL']);
      expect([redis.protocol, redis.hostname, redis.port]).toEqual([
        'redis:',
        'redis',
        '6379',
      ]);
    }
    expect(services['postgres'].environment).toMatchObject({
      POSTGRES_DB: 'jcw',
    });
    expect(environmentOf(services['worker'])).not.toHaveProperty(
      'WEB_DIST_PATH',
    );
  });

  // Secrets are the exception: a default signing key would be a published key. They must be
  // required (`:?`) so compose stops with a message instead of starting insecurely.
  const requiredSecrets = ['AUTH_JWT_SECRET', 'BSN_HMAC_SECRET'];

  it('starts with only the required secrets set: every other ${VAR} has a default, and each is documented in docker/.env.example', () => {
    const text = readFileSync(composePath, 'utf8');
    const references = [...text.matchAll(/(?<!\$)\$\{([^}]*)\}/g)].map(
      (m) => m[1],
    );
    expect(references.length).toBeGreaterThan(0);
    const withoutDefault = references.filter(
      (r) => !/^[A-Za-z_]\w*:?-/.test(r),
    );
    expect(withoutDefault.map((r) => r.split(':')[0])).toEqual(requiredSecrets);
    expect(withoutDefault.every((r) => /^[A-Za-z_]\w*:\?/.test(r))).toBe(true);
    const documented = documentedVariables('docker/.env.example');
    const undocumented = [
      ...new Set(references.map((r) => r.split(/[:-]/)[0])),
    ].filter((v) => !documented.has(v));
    expect(undocumented).toEqual([]);
  });

  it('builds from the repository root with docker/Dockerfile, and every target is a stage of it', () => {
    const stages = loadDockerfile().stages.map((s) => s.name);
    const built = Object.entries(services).filter(
      ([, s]) => s.build !== undefined,
    );
    expect(built.map(([name]) => name).sort()).toEqual([
      'api',
      'migrate',
      'worker',
    ]);
    for (const [name, service] of built) {
      const build =
        typeof service.build === 'string'
          ? { context: service.build }
          : (service.build ?? {});
      const context = resolve(dirname(composePath), build.context ?? '.');
      expect({ name, context }).toEqual({ name, context: repoRoot });
      expect(existsSync(join(context, build.dockerfile ?? 'Dockerfile'))).toBe(
        true,
      );
      expect({
        name,
        target: build.target,
        isStage: stages.includes(build.target ?? ''),
      }).toEqual({
        name,
        target: build.target,
        isStage: true,
      });
    }
  });

  it('publishes the API on ${PORT:-3000} of the host and serves the web app from where the image has it', () => {
    const api = services['api'];
    expect(api.ports).toEqual(['${PORT:-3000}:3000']);
    const dockerfile = loadDockerfile();
    expect(instructionsOf(dockerfile, 'api', 'EXPOSE')).toEqual(['3000']);
    const webPath = environmentOf(api)['WEB_DIST_PATH'];
    const webCopy = instructionsOf(dockerfile, 'api', 'COPY')
      .map(parseCopy)
      .find((c) =>
        c.sources.some((s) => /dist\/apps\/web\/browser\/?$/.test(s)),
      );
    expect(webCopy).toBeDefined();
    const dest = posix.resolve(
      workdirOf(dockerfile, 'api'),
      webCopy?.dest ?? '',
    );
    expect(webPath).toBe(normalizeDir(dest));
    expect(envOf(dockerfile, 'api')['WEB_DIST_PATH']).toBe(webPath);
  });
});

describe('docker/Dockerfile', () => {
  const dockerfile = loadDockerfile();

  it('has the stages build, api and worker, all on Node 20 bookworm-slim', () => {
    const names = dockerfile.stages.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['build', 'api', 'worker']));
    for (const stage of dockerfile.stages) {
      expect({ stage: stage.name, image: stage.image }).toEqual({
        stage: stage.name,
        image: expect.stringMatching(/^node:20(\.\d+)*-bookworm-slim$/),
      });
    }
  });

  it.each(['api', 'worker'])(
    'runs %s as the unprivileged `node` user with NODE_ENV=production',
    (stage) => {
      expect(instructionsOf(dockerfile, stage, 'USER').pop()).toBe('node');
      expect(envOf(dockerfile, stage)['NODE_ENV']).toBe('production');
      expect(instructionsOf(dockerfile, stage, 'CMD').pop()).toBe(
        '["node", "main.js"]',
      );
    },
  );

  it('builds api, worker and web with Nx, without Nx Cloud or the daemon', () => {
    const runs = instructionsOf(dockerfile, 'build', 'RUN').join('\n');
    expect(runs).toMatch(/npx nx run-many -t build -p api worker web/);
    expect(envOf(dockerfile, 'build')).toMatchObject({
      NX_NO_CLOUD: 'true',
      NX_DAEMON: 'false',
    });
  });

  it('copies out of dist/ only paths that the Nx builds produce', () => {
    const produced = producedBuildPaths();
    const workdir = workdirOf(dockerfile, 'build');
    const copied = dockerfile.instructions
      .filter((i) => i.keyword === 'COPY')
      .map((i) => parseCopy(i.args))
      .filter((c) => c.from === 'build')
      .flatMap((c) => c.sources)
      .map((source) =>
        normalizeDir(posix.relative(workdir, posix.resolve(workdir, source))),
      )
      .filter((source) => source.startsWith('dist/'));
    expect(copied.length).toBeGreaterThan(0);
    expect(copied.filter((source) => !produced.has(source))).toEqual([]);
  });

  it('runs only entry files that the api and worker webpack configs build', () => {
    const api = webpackApp('api');
    const worker = webpackApp('worker');
    expect(api.entries).toContain('main');
    expect(worker.entries).toContain('main');
    const migrate = commandOf(loadCompose().services['migrate']);
    if (!api.entries.includes('cli')) {
      throw new Error(
        `compose's migrate service runs \`${migrate.join(' ')}\`, but ${api.configPath} has no \`cli\` ` +
          `entry, so the image would have no cli.js. Add to its NxAppWebpackPlugin options: ` +
          `additionalEntryPoints: [{ entryName: 'cli', entryPath: './src/cli.ts' }]`,
      );
    }
    expect(existsSync(join(repoRoot, 'apps/api/src/cli.ts'))).toBe(true);
  });

  it('checks the API is alive with node fetch on /api/health/live', () => {
    const healthcheck = instructionsOf(dockerfile, 'api', 'HEALTHCHECK').join(
      '\n',
    );
    expect(healthcheck).toMatch(/CMD \["node", "-e", ".*fetch\(/);
    expect(healthcheck).toContain('http://127.0.0.1:');
    expect(healthcheck).toContain('/api/health/live');
  });

  it('.dockerignore keeps local state, secrets and build output out of the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    for (const entry of [
      '**/node_modules',
      'dist',
      '.data',
      '.nx',
      'tmp',
      'coverage',
      '.git',
      '.env',
    ]) {
      expect(ignored).toContain(entry);
    }
    // Sources the build needs must stay in the context.
    for (const needed of [
      'apps',
      'libs',
      'package.json',
      'package-lock.json',
      'tools',
    ]) {
      expect(ignored).not.toContain(needed);
    }
  });
});

describe('tools/docker/complete-runtime-deps.cjs', () => {
  let root: string;

  const writeJson = (file: string, value: unknown) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(value, null, 2));
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'runtime-deps-'));
    writeJson(join(root, 'package.json'), {
      dependencies: {
        typeorm: '0.3.31',
        pg: '^8.0.0',
        '@nestjs/typeorm': '11.0.3',
      },
      devDependencies: { 'pino-pretty': '13.2.0' },
    });
    // Like the real typeorm: `exports` hides package.json, which is how Nx loses the driver.
    writeJson(join(root, 'node_modules/typeorm/package.json'), {
      name: 'typeorm',
      version: '0.3.31',
      exports: { '.': './index.js' },
      peerDependencies: { pg: '^8.5.1', mysql2: '^3', 'pino-pretty': '*' },
      peerDependenciesMeta: {
        pg: { optional: true },
        mysql2: { optional: true },
      },
    });
    writeJson(join(root, 'node_modules/@nestjs/typeorm/package.json'), {
      name: '@nestjs/typeorm',
      version: '11.0.3',
      peerDependencies: { typeorm: '^0.3.0' },
    });
    writeJson(join(root, 'node_modules/pg/package.json'), {
      name: 'pg',
      version: '8.23.1',
    });
    writeJson(join(root, 'dist/apps/api/package.json'), {
      name: 'api',
      dependencies: { '@nestjs/typeorm': '11.0.3' },
      main: 'main.js',
    });
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('adds the drivers an app loads dynamically, at the installed version, and nothing from devDependencies', () => {
    const script = join(__dirname, 'complete-runtime-deps.cjs');
    const run = spawnSync(
      process.execPath,
      [script, root, join(root, 'dist/apps/api')],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('added pg, typeorm');
    const manifest = JSON.parse(
      readFileSync(join(root, 'dist/apps/api/package.json'), 'utf8'),
    );
    expect(manifest.dependencies).toEqual({
      '@nestjs/typeorm': '11.0.3',
      pg: '8.23.1',
      typeorm: '0.3.31',
    });
    expect(manifest.main).toBe('main.js');
  });
});

describe('compose validator (tools/docker/validate-compose.sh)', () => {
  const available = (command: string, args: string[]) =>
    spawnSync(command, args, { stdio: 'ignore', timeout: 20_000 }).status === 0;
  const validator = available('docker', ['compose', 'version'])
    ? 'docker compose'
    : available('docker-compose', ['version'])
      ? 'docker-compose'
      : undefined;

  it('accepts docker/compose.yml (`config -q` exits 0)', () => {
    if (!validator) {
      console.warn(
        'SKIPPED compose `config -q`: neither `docker compose` nor `docker-compose` is on the PATH ' +
          '(apt-get install -y --no-install-recommends docker-compose)',
      );
      return;
    }
    const run = spawnSync('bash', [join(__dirname, 'validate-compose.sh')], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, COMPOSE_VALIDATOR_OPTIONAL: '0' },
    });
    expect({ validator, status: run.status, stderr: run.stderr }).toEqual({
      validator,
      status: 0,
      stderr: expect.any(String),
    });
  }, 90_000);
});
