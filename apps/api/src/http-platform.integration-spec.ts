import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiErrorBody, HealthResponse } from '@jcw/shared-contracts';
import {
  TcpProxy,
  integrationConfig,
  integrationRun,
  startHttpApp,
} from '@jcw/testing-integration';
import { ApiModule } from './app/api.module';

async function startApi(
  overrides: Record<string, string> = {},
): Promise<{ app: INestApplication; url: string }> {
  return startHttpApp(
    ApiModule.forRoot(integrationConfig(overrides)),
    integrationConfig(overrides),
  );
}

describe('API platform over HTTP', () => {
  let api: { app: INestApplication; url: string };

  beforeAll(async () => {
    const web = mkdtempSync(join(tmpdir(), 'jcw-web-'));
    writeFileSync(
      join(web, 'index.html'),
      '<!doctype html><html lang="nl"><title>Jobcarving Werkbank</title></html>',
    );
    writeFileSync(join(web, 'main.js'), 'console.warn("bundle")');
    api = await startApi({ WEB_DIST_PATH: web });
  });

  afterAll(() => api.app.close());

  it('reports database and Redis up on /api/health', async () => {
    const response = await fetch(`${api.url}/api/health`);
    const body = (await response.json()) as HealthResponse;
    expect(response.status).toBe(200);
    expect(body.checks.database.status).toBe('up');
    expect(body.checks.redis.status).toBe('up');
    expect(['ok', 'degraded']).toContain(body.status);
  });

  it('answers an unknown API route with a 404 JSON error body, not an HTML page', async () => {
    const response = await fetch(`${api.url}/api/no-such-thing`, {
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = (await response.json()) as ApiErrorBody;
    expect(body).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: 'No route GET /api/no-such-thing',
    });
  });

  it('rejects a malformed JSON body with a 400 error body', async () => {
    const response = await fetch(`${api.url}/api/health`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"broken":',
    });
    const body = (await response.json()) as ApiErrorBody;
    expect(response.status).toBe(400);
    expect(body.code).toBe('BAD_REQUEST');
    expect(body.statusCode).toBe(400);
  });

  it('serves the OpenAPI document and its UI', async () => {
    const document = (await (
      await fetch(`${api.url}/api/docs-json`)
    ).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toContain('/api/health');
    const ui = await fetch(`${api.url}/api/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });

  it('serves the web app on the same origin, with deep links falling back to index.html', async () => {
    const deepLink = await fetch(`${api.url}/status`, {
      headers: { accept: 'text/html' },
    });
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('Jobcarving Werkbank');
    const asset = await fetch(`${api.url}/main.js`);
    expect(await asset.text()).toContain('bundle');
  });

  it('sends security headers and echoes a well-formed request id', async () => {
    const response = await fetch(`${api.url}/api/health/live`, {
      headers: { 'x-request-id': 'trace-12345678' },
    });
    expect(response.headers.get('x-request-id')).toBe('trace-12345678');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain(
      "default-src 'self'",
    );
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('readiness when a dependency goes down', () => {
  const run = integrationRun();

  it('answers 503 with the database marked down when PostgreSQL becomes unreachable', async () => {
    const proxy = await TcpProxy.start(run.databaseUrl);
    const api = await startApi({
      DATABASE_URL: proxy.rewrite(run.databaseUrl),
    });
    try {
      expect((await fetch(`${api.url}/api/health`)).status).toBe(200);
      proxy.cut();
      const response = await fetch(`${api.url}/api/health`);
      const body = (await response.json()) as HealthResponse;
      expect(response.status).toBe(503);
      expect(body.status).toBe('down');
      expect(body.checks.database.status).toBe('down');
      expect(body.checks.redis.status).toBe('up');
    } finally {
      proxy.restore();
      await api.app.close().catch(() => undefined);
      await proxy.close();
    }
  });

  it('answers 503 with Redis marked down when Redis becomes unreachable', async () => {
    const proxy = await TcpProxy.start(run.redisUrl);
    const api = await startApi({ REDIS_URL: proxy.rewrite(run.redisUrl) });
    try {
      expect((await fetch(`${api.url}/api/health`)).status).toBe(200);
      proxy.cut();
      const response = await fetch(`${api.url}/api/health`);
      const body = (await response.json()) as HealthResponse;
      expect(response.status).toBe(503);
      expect(body.checks.redis.status).toBe('down');
      expect(body.checks.database.status).toBe('up');
      expect(JSON.stringify(body)).not.toContain('redis://');
    } finally {
      proxy.restore();
      await api.app.close().catch(() => undefined);
      await proxy.close();
    }
  });
});
