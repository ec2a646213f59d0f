import { ConfigError, describeEndpoint, loadConfig } from './app-config';

const validEnv = (overrides: Record<string, string | undefined> = {}) => ({
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/jcw',
  REDIS_URL: 'redis://127.0.0.1:6379',
  AUTH_JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
  BSN_HMAC_SECRET: 'test-bsn-key-that-is-long-enough-0123456789',
  ...overrides,
});

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  it('starts with sensible defaults when only the two connection URLs are given', () => {
    const config = loadConfig(validEnv());
    expect(config.http.port).toBe(3000);
    expect(config.queue.prefix).toBe('jcw');
    expect(config.demoMode).toBe(false);
    expect(config.http.webDistPath).toBeNull();
  });

  it('flags candidates after 6 weeks without coaching contact unless configured otherwise', () => {
    expect(loadConfig(validEnv()).coaching.noContactWeeks).toBe(6);
    expect(
      loadConfig(validEnv({ COACHING_NO_CONTACT_WEEKS: '4' })).coaching
        .noContactWeeks,
    ).toBe(4);
    expect(problemsOf(validEnv({ COACHING_NO_CONTACT_WEEKS: '0' }))[0]).toMatch(
      /^COACHING_NO_CONTACT_WEEKS /,
    );
  });

  it('names a missing DATABASE_URL', () => {
    expect(problemsOf(validEnv({ DATABASE_URL: undefined }))).toEqual([
      'DATABASE_URL is required',
    ]);
  });

  it('names a REDIS_URL with the wrong protocol', () => {
    expect(
      problemsOf(validEnv({ REDIS_URL: 'http://127.0.0.1:6379' })),
    ).toEqual(['REDIS_URL must be a URL starting with redis:// or rediss://']);
  });

  it('names every bad variable at once', () => {
    const problems = problemsOf(
      validEnv({ PORT: 'eighty', LOG_LEVEL: 'loud' }),
    );
    expect(problems.map((problem) => problem.split(' ')[0]).sort()).toEqual([
      'LOG_LEVEL',
      'PORT',
    ]);
  });

  it('refuses demo mode in production', () => {
    expect(
      problemsOf(validEnv({ NODE_ENV: 'production', DEMO_MODE: 'true' })),
    ).toEqual(['DEMO_MODE must not be true when NODE_ENV is production']);
  });

  it('describes an endpoint without its credentials', () => {
    expect(
      describeEndpoint('postgres://admin:s3cret@db.internal:5433/jcw'),
    ).toBe('db.internal:5433');
    expect(describeEndpoint('redis://:pw@cache')).toBe('cache:6379');
  });
});
