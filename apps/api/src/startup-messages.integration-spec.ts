import { integrationRun, startBuilt } from '@jcw/testing-integration';

/**
 * An operator who misconfigures the API or starts it while PostgreSQL or Redis is down gets one
 * line that names the problem, and the process exits 1 - no stack trace.
 */
describe('API start-up failures', () => {
  const run = integrationRun();

  async function startAndCollect(env: Record<string, string>) {
    const api = startBuilt('apps/api/main.js', [], { PORT: '0', ...env });
    const exit = await api.exited;
    return { exit, lines: api.output().trim().split('\n') };
  }

  it('names the bad variable when the configuration is invalid', async () => {
    const { exit, lines } = await startAndCollect({ PORT: 'eighty' });
    expect(exit.code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^api: Invalid configuration: PORT /);
  });

  it('says PostgreSQL is unreachable, with host and port but no credentials', async () => {
    const { exit, lines } = await startAndCollect({
      DATABASE_URL: 'postgres://jcw:secret-pw@127.0.0.1:1/jcw',
    });
    expect(exit.code).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(
        /^api: PostgreSQL is not reachable at 127\.0\.0\.1:1 \(ECONNREFUSED\)/,
      ),
    ]);
    expect(lines[0]).not.toContain('secret-pw');
  });

  it('says Redis is unreachable and how to get it', async () => {
    const { exit, lines } = await startAndCollect({
      DATABASE_URL: run.databaseUrl,
      REDIS_URL: 'redis://127.0.0.1:1',
    });
    expect(exit.code).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(
        /^api: Redis is not reachable at 127\.0\.0\.1:1 \(ECONNREFUSED\).*apt-get install redis-server/,
      ),
    ]);
  });
});
