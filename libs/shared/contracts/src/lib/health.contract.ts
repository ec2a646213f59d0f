/** Response of `GET /api/health` (and `/api/health/ready`). */
export type HealthCheckStatus = 'up' | 'down';

export interface HealthCheck {
  status: HealthCheckStatus;
  /** Round-trip time of the probe in milliseconds, absent when the probe failed before timing. */
  latencyMs?: number;
  /** Short, non-sensitive reason when down (never a connection string). */
  reason?: string;
}

export interface WorkerHealthCheck {
  status: HealthCheckStatus;
  /** ISO timestamp of the newest worker heartbeat seen in Redis, or null when none is alive. */
  lastHeartbeatAt: string | null;
  /** Number of worker processes with a live heartbeat. */
  instances: number;
}

/**
 * `ok`: database, Redis and at least one worker are up.
 * `degraded`: database and Redis are up but no worker heartbeat is alive (requests work,
 *  background jobs wait).
 * `down`: database or Redis is unreachable; the API answers 503.
 */
export type OverallHealthStatus = 'ok' | 'degraded' | 'down';

export interface HealthResponse {
  status: OverallHealthStatus;
  version: string;
  checkedAt: string;
  checks: {
    database: HealthCheck;
    redis: HealthCheck;
    worker: WorkerHealthCheck;
  };
}
