import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { OutboxService, outboxJobId } from '../outbox/outbox.service';
import { JobName, PlatformPingPayload } from '../queue/queue.constants';
import { PlatformPingEntity } from './platform-ping.entity';

export interface PingStatus {
  id: string;
  requestedAt: Date;
  processedAt: Date | null;
  effectCount: number;
}

/** Records a ping and its outbox message in one transaction (the pattern every domain follows). */
@Injectable()
export class PingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  async request(
    hooks: Omit<PlatformPingPayload, 'pingId'> = {},
  ): Promise<PingStatus> {
    const pingId = randomUUID();
    return this.dataSource.transaction(async (manager) => {
      const ping = await manager.save(
        PlatformPingEntity,
        manager.create(PlatformPingEntity, { id: pingId }),
      );
      await this.outbox.append(
        manager,
        JobName.platformPing,
        outboxJobId(JobName.platformPing, pingId),
        { pingId, ...hooks },
      );
      return toStatus(ping);
    });
  }

  async status(id: string): Promise<PingStatus | null> {
    const ping = await this.dataSource
      .getRepository(PlatformPingEntity)
      .findOneBy({ id });
    return ping ? toStatus(ping) : null;
  }
}

function toStatus(ping: PlatformPingEntity): PingStatus {
  return {
    id: ping.id,
    requestedAt: ping.requestedAt,
    processedAt: ping.processedAt,
    effectCount: ping.effectCount,
  };
}
