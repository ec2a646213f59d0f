import { Logger } from '@nestjs/common';

interface Closable {
  close(): Promise<void>;
}

/**
 * On SIGTERM/SIGINT: close the app (which waits for active jobs and open requests and runs every
 * shutdown hook) and exit 0, so supervisors see a clean stop. Nest's own shutdown hooks re-raise
 * the signal instead, which reports the stop as a kill. A second signal forces the exit.
 */
export function exitCleanlyOnSignals(
  app: Closable,
  name: string,
  forceAfterMs = 30_000,
): void {
  const logger = new Logger('Shutdown');
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      logger.warn({ signal }, `${name}: second signal, exiting now`);
      process.exit(1);
    }
    closing = true;
    logger.log({ signal }, `${name}: shutting down`);
    setTimeout(() => {
      logger.error(
        { forceAfterMs },
        `${name}: shutdown took too long, exiting`,
      );
      process.exit(1);
    }, forceAfterMs).unref();
    app.close().then(
      () => process.exit(0),
      (error: Error) => {
        logger.error({ error: error.message }, `${name}: shutdown failed`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
