import { HealthCheck, HealthResponse, WorkerHealthCheck } from '../index';

/** Builds health reports for tests; starts from "everything up" and lets a test break one part. */
export function aHealthReport() {
  const report: HealthResponse = {
    status: 'ok',
    version: '0.0.0-test',
    checkedAt: '2025-05-12T08:00:00.000Z',
    checks: {
      database: { status: 'up', latencyMs: 3 },
      redis: { status: 'up', latencyMs: 1 },
      worker: {
        status: 'up',
        lastHeartbeatAt: '2025-05-12T07:59:58.000Z',
        instances: 1,
      },
    },
  };
  const down = (reason: string): HealthCheck => ({ status: 'down', reason });

  const builder = {
    withDatabaseDown(reason = 'connection refused') {
      report.checks.database = down(reason);
      report.status = 'down';
      return builder;
    },
    withRedisDown(reason = 'connection refused') {
      report.checks.redis = down(reason);
      report.status = 'down';
      return builder;
    },
    withoutWorker() {
      const worker: WorkerHealthCheck = {
        status: 'down',
        lastHeartbeatAt: null,
        instances: 0,
      };
      report.checks.worker = worker;
      if (report.status === 'ok') {
        report.status = 'degraded';
      }
      return builder;
    },
    build(): HealthResponse {
      // A copy, so a test that edits what it got cannot change the next build.
      return JSON.parse(JSON.stringify(report)) as HealthResponse;
    },
  };
  return builder;
}
