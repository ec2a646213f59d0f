import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import {
  HandlesJob,
  JobHandler,
  JobName,
  JobOutcome,
  PackagePublishedPayload,
} from '@jcw/api-platform';
import { CarvedPackageEntity } from './carving.entities';

/**
 * Receives every published package version from the outbox. A job for a version that is no
 * longer current (edited again, filled, closed) is stale and does nothing. Scoring the current
 * version against the candidate pool is the matching module's to add here; until it exists the
 * job only confirms that the publication arrived.
 */
@Injectable()
@HandlesJob(JobName.packagePublished)
export class PackagePublishedJobHandler
  implements JobHandler<typeof JobName.packagePublished>
{
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async handle(job: Job<PackagePublishedPayload>): Promise<JobOutcome> {
    const pkg = await this.dataSource.manager.findOneBy(CarvedPackageEntity, {
      id: job.data.packageId,
    });
    if (!pkg || pkg.status !== 'published' || pkg.version !== job.data.version)
      return { status: 'skipped', reason: 'stale package version' };
    return { status: 'done', reason: 'no matching engine subscribed yet' };
  }
}
