import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** Reuses a caller's X-Request-Id when it looks like one, so a request can be followed across services. */
export function requestIdFor(
  req: IncomingMessage,
  res: ServerResponse,
): string {
  const incoming = req.headers['x-request-id'];
  const id =
    typeof incoming === 'string' && REQUEST_ID.test(incoming)
      ? incoming
      : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/**
 * Structured JSON logs. Request logs carry method, path (without the query string, which may hold
 * search terms such as names), status and timing - never headers, cookies or bodies.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.logLevel,
          genReqId: requestIdFor,
          base: { service: 'jcw' },
          autoLogging: {
            ignore: (req: IncomingMessage) =>
              (req.url ?? '').startsWith('/api/health'),
          },
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              path: req.url.split('?')[0],
            }),
            res: (res: { statusCode: number }) => ({
              statusCode: res.statusCode,
            }),
          },
          redact: {
            paths: ['req.headers', 'res.headers', '*.password', '*.email'],
            remove: true,
          },
        },
        exclude: [],
      }),
    }),
  ],
})
export class LoggingModule {}
