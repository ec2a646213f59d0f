import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { HealthResponse } from '@jcw/shared-contracts';
import type { Response } from 'express';
import { Public } from '../http/access.decorators';
import { HealthService } from './health.service';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** Readiness with details: 503 when PostgreSQL or Redis is unreachable, so load balancers stop routing. */
  @Get()
  @ApiOkResponse({
    description: 'Database and Redis reachable; worker status reported.',
  })
  @ApiServiceUnavailableResponse({
    description: 'Database or Redis unreachable.',
  })
  async check(
    @Res({ passthrough: true }) res: Response,
  ): Promise<HealthResponse> {
    const report = await this.health.check();
    res.status(
      report.status === 'down' ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK,
    );
    return report;
  }

  @Get('ready')
  async ready(
    @Res({ passthrough: true }) res: Response,
  ): Promise<HealthResponse> {
    return this.check(res);
  }

  /** Liveness: the process answers; no dependency is touched. */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
