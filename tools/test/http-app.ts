import type { DynamicModule, INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { AddressInfo } from 'node:net';
import { AppConfig, configureHttpApp } from '@jcw/api-platform';

export interface RunningApi {
  app: INestApplication;
  url: string;
  /** fetch against the running API with JSON in and out; the body is loosely typed so tests read it tersely. */
  call: (
    method: string,
    path: string,
    options?: {
      token?: string;
      body?: unknown;
      headers?: Record<string, string>;
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ) => Promise<{ status: number; body: any; headers: Headers }>;
}

/** Boots `rootModule` with the production HTTP pipeline (prefix, validation, errors, guards) on a random port. */
export async function startHttpApp(
  rootModule: DynamicModule,
  config: AppConfig,
): Promise<RunningApi> {
  const moduleRef = await Test.createTestingModule({
    imports: [rootModule],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  configureHttpApp(app, config);
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const call: RunningApi['call'] = async (method, path, options = {}) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        ...(options.body !== undefined
          ? { 'content-type': 'application/json' }
          : {}),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body:
        options.body === undefined
          ? undefined
          : typeof options.body === 'string'
            ? options.body
            : JSON.stringify(options.body),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    return { status: response.status, body, headers: response.headers };
  };
  return { app, url, call };
}
