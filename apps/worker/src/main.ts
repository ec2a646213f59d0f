import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { exitCleanlyOnSignals, preflight, runMain } from '@jcw/api-platform';
import { WorkerModule } from './app/worker.module';

/**
 * The worker is a Nest application context (no HTTP server). On SIGTERM/SIGINT closing the app
 * closes the BullMQ workers, which waits for active jobs to finish before the process exits.
 */
runMain('worker', async () => {
  const config = await preflight();
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot(config),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  exitCleanlyOnSignals(app, 'worker');
  await app.init();
  new NestLogger('Bootstrap').log({ pid: process.pid }, 'worker ready');
});
