import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import {
  configureHttpApp,
  exitCleanlyOnSignals,
  preflight,
  runMain,
} from '@jcw/api-platform';
import { ApiModule } from './app/api.module';

runMain('api', async () => {
  const config = await preflight();
  const app = await NestFactory.create(ApiModule.forRoot(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  configureHttpApp(app, config);
  exitCleanlyOnSignals(app, 'api');
  await app.listen(config.http.port, config.http.host);
  new NestLogger('Bootstrap').log(
    { port: config.http.port, web: Boolean(config.http.webDistPath) },
    'api listening',
  );
});
