import { z } from 'zod';

/**
 * The one place that reads the environment. Everything else receives the typed, validated
 * `AppConfig` through dependency injection, so a misconfiguration fails at start-up with a message
 * naming the variable instead of somewhere deep in a request.
 */
const logLevels = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
] as const;

const booleanString = z
  .enum(['true', 'false', '1', '0', ''])
  .default('false')
  .transform((value) => value === 'true' || value === '1');

const positiveInt = (fallback: number) =>
  z.coerce.number().int().positive().default(fallback);

const urlWithProtocol = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    {
      message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
    },
  );

const envSchema = z.object({
  NODE_ENV: z
    .enum(['production', 'development', 'test'])
    .default('development'),
  // 0 asks the OS for a free port (tests).
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: urlWithProtocol(['postgres:', 'postgresql:']),
  REDIS_URL: urlWithProtocol(['redis:', 'rediss:']),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]{1,40}$/, 'must be 1-40 characters a-z, 0-9, _ or -')
    .default('jcw'),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  WEB_DIST_PATH: z.string().default(''),
  DEMO_MODE: booleanString,
  WORKER_HEARTBEAT_INTERVAL_MS: positiveInt(5000),
  OUTBOX_POLL_INTERVAL_MS: positiveInt(500),
  QUEUE_LOCK_DURATION_MS: positiveInt(30_000),
  APP_VERSION: z.string().default('0.0.0-dev'),
  AUTH_JWT_SECRET: z
    .string()
    .min(
      32,
      'must be at least 32 characters (generate one with: openssl rand -base64 48)',
    ),
  ACCESS_TOKEN_TTL_SECONDS: positiveInt(900),
  REFRESH_TOKEN_TTL_HOURS: positiveInt(12),
  BSN_HMAC_SECRET: z
    .string()
    .min(
      32,
      'must be at least 32 characters (generate one with: openssl rand -base64 48)',
    ),
  SUPERADMIN_EMAIL: z.union([z.literal(''), z.string().email()]).default(''),
  SUPERADMIN_PASSWORD: z.string().default(''),
  COACHING_NO_CONTACT_WEEKS: positiveInt(6),
  QUOTA_PIPELINE_FILL_RATE: z.coerce
    .number()
    .min(0, 'must be a fraction between 0 and 1')
    .max(1, 'must be a fraction between 0 and 1')
    .default(0.5),
  GEOCODER: z.enum(['none', 'pdok']).default('none'),
  PDOK_LOCATIESERVER_URL: z
    .string()
    .url()
    .default('https://api.pdok.nl/bzk/locatieserver/search/v3_1'),
});

export type LogLevel = (typeof logLevels)[number];

export interface AppConfig {
  readonly nodeEnv: 'production' | 'development' | 'test';
  readonly http: {
    readonly port: number;
    readonly host: string;
    readonly webDistPath: string | null;
  };
  readonly database: { readonly url: string };
  readonly redis: { readonly url: string };
  readonly queue: {
    readonly prefix: string;
    readonly lockDurationMs: number;
    readonly outboxPollIntervalMs: number;
  };
  readonly worker: { readonly heartbeatIntervalMs: number };
  readonly logLevel: LogLevel;
  readonly demoMode: boolean;
  readonly version: string;
  readonly auth: {
    readonly jwtSecret: string;
    readonly accessTokenTtlSeconds: number;
    readonly refreshTokenTtlHours: number;
    /** Platform superadmin created at start-up when both are set (the password only on creation). */
    readonly superadmin: {
      readonly email: string;
      readonly password: string;
    } | null;
  };
  /** Key of the keyed hash that stands in for the citizen number (BSN) in every table. */
  readonly bsnHmacSecret: string;
  readonly quota: {
    /** Share of published packages the year-end projection expects to be filled. */
    readonly pipelineFillRate: number;
  };
  readonly coaching: {
    /** A candidate whose jobcoach had no contact for more weeks than this is flagged at risk. */
    readonly noContactWeeks: number;
  };
  /** Where a candidate's coordinates come from when only a postcode is given. */
  readonly geocoder:
    | { readonly kind: 'none' }
    | { readonly kind: 'pdok'; readonly url: string };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Validates `env` (by default `process.env`); throws `ConfigError` naming every bad variable. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const variable = issue.path.join('.') || 'environment';
        const detail =
          issue.code === 'invalid_type' && env[variable] === undefined
            ? 'is required'
            : issue.message;
        return `${variable} ${detail}`;
      }),
    );
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && e.DEMO_MODE) {
    throw new ConfigError([
      'DEMO_MODE must not be true when NODE_ENV is production',
    ]);
  }
  return Object.freeze({
    nodeEnv: e.NODE_ENV,
    http: {
      port: e.PORT,
      host: e.HOST,
      webDistPath: e.WEB_DIST_PATH === '' ? null : e.WEB_DIST_PATH,
    },
    database: { url: e.DATABASE_URL },
    redis: { url: e.REDIS_URL },
    queue: {
      prefix: e.QUEUE_PREFIX,
      lockDurationMs: e.QUEUE_LOCK_DURATION_MS,
      outboxPollIntervalMs: e.OUTBOX_POLL_INTERVAL_MS,
    },
    worker: { heartbeatIntervalMs: e.WORKER_HEARTBEAT_INTERVAL_MS },
    logLevel: e.LOG_LEVEL,
    demoMode: e.DEMO_MODE,
    version: e.APP_VERSION,
    bsnHmacSecret: e.BSN_HMAC_SECRET,
    coaching: { noContactWeeks: e.COACHING_NO_CONTACT_WEEKS },
    quota: { pipelineFillRate: e.QUOTA_PIPELINE_FILL_RATE },
    geocoder:
      e.GEOCODER === 'pdok'
        ? { kind: 'pdok' as const, url: e.PDOK_LOCATIESERVER_URL }
        : { kind: 'none' as const },
    auth: {
      jwtSecret: e.AUTH_JWT_SECRET,
      accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlHours: e.REFRESH_TOKEN_TTL_HOURS,
      superadmin: e.SUPERADMIN_EMAIL
        ? { email: e.SUPERADMIN_EMAIL, password: e.SUPERADMIN_PASSWORD }
        : null,
    },
  });
}

/** host:port of a connection URL, for messages: never the user name or password. */
export function describeEndpoint(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || (parsed.protocol.startsWith('redis') ? '6379' : '5432')}`;
  } catch {
    return '(unparsable URL)';
  }
}
