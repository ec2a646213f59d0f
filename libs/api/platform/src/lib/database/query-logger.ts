import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * TypeORM's own loggers print a failed query's parameters, and those hold names, e-mail addresses
 * and citizen numbers. This one logs the statement (placeholders only), PostgreSQL's error code
 * and constraint - enough to find the fault - and never a parameter or the server's detail text,
 * which quotes the offending values too.
 */
export class PrivacySafeQueryLogger implements TypeOrmLogger {
  private readonly logger = new NestLogger('Database');

  logQuery(): void {
    // Successful queries are not logged: too many, and nothing to act on.
  }

  logQueryError(
    error: string | Error,
    query: string,
    _parameters?: unknown[],
  ): void {
    const pgError = (typeof error === 'object' ? error : {}) as {
      code?: string;
      constraint?: string;
      table?: string;
    };
    this.logger.error({
      msg: 'query failed',
      code: pgError.code ?? null,
      constraint: pgError.constraint ?? null,
      table: pgError.table ?? null,
      query: query.slice(0, 500),
    });
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({
      msg: 'slow query',
      ms: time,
      query: query.slice(0, 500),
    });
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.log(String(message));
  }
}
