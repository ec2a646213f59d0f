import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NestExpressApplication } from '@nestjs/platform-express';
import * as express from 'express';
import helmet from 'helmet';
import cookieParser from 'cookie-parser';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { AllExceptionsFilter } from '../errors/all-exceptions.filter';
import { createValidationPipe } from '../errors/validation';
import { StartupError } from '../startup/preflight';

export const API_PREFIX = 'api';

/**
 * Everything an HTTP app needs besides its modules: the /api prefix, validation, the error body,
 * security headers, OpenAPI at /api/docs and, when built, the web app on the same origin.
 * Shared by `main.ts` and the HTTP integration tests, so tests exercise the production pipeline.
 */
export function configureHttpApp(
  app: INestApplication,
  config: AppConfig,
): void {
  const expressApp = app as NestExpressApplication;
  expressApp.disable('x-powered-by');
  expressApp.set('trust proxy', 'loopback');
  expressApp.useBodyParser('json', { limit: '1mb' });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Angular Material injects inline styles; scripts stay same-origin only.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  app.use(cookieParser());
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Jobcarving Workbench API')
      .setDescription(
        'Carve work packages, profile candidates, match, place and count against the quota.',
      )
      .setVersion(config.version)
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
  });

  if (config.http.webDistPath) {
    serveWebApp(expressApp, config.http.webDistPath);
  }
}

/** Static files plus the SPA fallback: any GET outside /api that is not a file gets index.html. */
function serveWebApp(app: NestExpressApplication, webDistPath: string): void {
  const root = resolve(webDistPath);
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    throw new StartupError(
      `WEB_DIST_PATH has no index.html (${root}); build the web app (npx nx build web) or leave WEB_DIST_PATH empty.`,
    );
  }
  app.use(
    express.static(root, {
      index: false,
      maxAge: '1h',
      setHeaders: noCacheForHtml,
    }),
  );
  app.use(
    (
      req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      const isApi =
        req.path === `/${API_PREFIX}` || req.path.startsWith(`/${API_PREFIX}/`);
      if (
        (req.method === 'GET' || req.method === 'HEAD') &&
        !isApi &&
        req.accepts('html')
      ) {
        res.setHeader('Cache-Control', 'no-cache');
        res.sendFile(index);
        return;
      }
      next();
    },
  );
}

function noCacheForHtml(res: express.Response, path: string): void {
  if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
