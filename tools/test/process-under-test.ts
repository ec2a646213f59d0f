import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { integrationEnv } from './integration-context';

const workspaceRoot = join(__dirname, '../..');

export interface ProcessUnderTest {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts a built entry point (`dist/apps/...`) as a real process with the run's environment, so
 * tests can kill it with real signals. The test runner builds the apps before the tests.
 */
export function startBuilt(
  entry: 'apps/worker/main.js' | 'apps/api/main.js' | 'apps/api/cli.js',
  args: string[] = [],
  env: Record<string, string> = {},
): ProcessUnderTest {
  const script = join(workspaceRoot, 'dist', entry);
  if (!existsSync(script)) {
    throw new Error(
      `${script} is missing: build first (npx nx run-many -t build -p api worker)`,
    );
  }
  const child = spawn(process.execPath, [script, ...args], {
    cwd: workspaceRoot,
    env: { PATH: process.env['PATH'] ?? '', ...integrationEnv(env) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
  }>((done) => child.once('exit', (code, signal) => done({ code, signal })));
  return { child, output: () => output, exited };
}

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Real worker processes for a test that kills and restarts them: a short queue lock so a killed
 * worker's job comes back as stalled within seconds, and a fast outbox poll. `stopAll` kills
 * whatever still runs (call it in afterAll).
 */
export function workerProcesses(env: Record<string, string> = {}) {
  const started: ProcessUnderTest[] = [];
  return {
    start(): ProcessUnderTest {
      const worker = startBuilt('apps/worker/main.js', [], {
        QUEUE_LOCK_DURATION_MS: '2000',
        OUTBOX_POLL_INTERVAL_MS: '100',
        WORKER_HEARTBEAT_INTERVAL_MS: '500',
        ...env,
      });
      started.push(worker);
      return worker;
    },
    async stopAll(): Promise<void> {
      for (const worker of started.splice(0)) {
        if (
          worker.child.exitCode === null &&
          worker.child.signalCode === null
        ) {
          worker.child.kill('SIGKILL');
          await worker.exited;
        }
      }
    },
  };
}
