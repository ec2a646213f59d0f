import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '@jcw/api-platform';
import type {
  NotificationDto,
  NotificationKind,
  NotificationListDto,
  ProposalStatus,
  SpotlightEntryDto,
  SpotlightResultDto,
} from '@jcw/shared-contracts';
import { todayInTheNetherlands } from '@jcw/shared-domain';
import { NotificationEntity } from './matching.entities';
import { MatchingException } from './matching.exception';
import { pseudonymOf } from './pseudonym';

/** ISO 8601 week of a calendar date, e.g. "2026-W49": the spotlight goes out once per week. */
export function isoWeekOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = day.getUTCDay() || 7;
  // The Thursday of this week decides the week's year.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

interface StoredPayload {
  week?: string;
  spotlight?: SpotlightEntryDto[];
  proposalId?: string;
  packageTitle?: string;
  proposalStatus?: ProposalStatus;
}

/**
 * In-app notifications: a proposal waiting for a manager, a decision back to the adviser, and the
 * weekly candidate spotlight. A notification carries pseudonyms and scores only, never names.
 */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: Actor): Promise<NotificationListDto> {
    const rows = await this.dataSource.manager.find(NotificationEntity, {
      where: { recipientUserId: actor.userId },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: 100,
    });
    const [{ unread }] = (await this.dataSource.query(
      `SELECT count(*)::int AS unread FROM notifications WHERE recipient_user_id = $1 AND read_at IS NULL`,
      [actor.userId],
    )) as { unread: number }[];
    return { items: rows.map(toNotificationDto), unread };
  }

  async markRead(actor: Actor, id: string): Promise<void> {
    const result = (await this.dataSource.query(
      `UPDATE notifications SET read_at = COALESCE(read_at, now())
        WHERE id = $1 AND recipient_user_id = $2 RETURNING id`,
      [id, actor.userId],
    )) as [unknown[], number];
    if (result[1] === 0) throw MatchingException.notFound('Notification');
  }

  /** The managers responsible for a unit: of the unit itself or of any unit above it. */
  async managersOf(
    manager: EntityManager,
    organisationId: string,
    unitId: string,
  ): Promise<string[]> {
    const rows = (await manager.query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id FROM org_units WHERE id = $2 AND organisation_id = $1
         UNION ALL
         SELECT u.id, u.parent_id FROM org_units u JOIN up ON u.id = up.parent_id
       )
       SELECT id FROM users
        WHERE organisation_id = $1 AND active AND 'manager' = ANY(roles)
          AND unit_id IN (SELECT id FROM up)
        ORDER BY id`,
      [organisationId, unitId],
    )) as { id: string }[];
    return rows.map((row) => row.id);
  }

  async notifyManagers(
    manager: EntityManager,
    organisationId: string,
    unitId: string,
    kind: NotificationKind,
    dedupeKey: string,
    payload: StoredPayload,
    createdByUserId: string,
  ): Promise<number> {
    let notified = 0;
    for (const recipient of await this.managersOf(
      manager,
      organisationId,
      unitId,
    ))
      notified += await this.notifyUser(
        manager,
        organisationId,
        recipient,
        kind,
        dedupeKey,
        payload,
        createdByUserId,
      );
    return notified;
  }

  /** 1 when notified, 0 when this recipient already had this notification. */
  async notifyUser(
    manager: EntityManager,
    organisationId: string,
    recipientUserId: string,
    kind: NotificationKind,
    dedupeKey: string,
    payload: StoredPayload,
    createdByUserId: string,
  ): Promise<number> {
    const inserted = (await manager.query(
      `INSERT INTO notifications (organisation_id, recipient_user_id, kind, dedupe_key, payload,
                                  created_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (recipient_user_id, dedupe_key) DO NOTHING RETURNING id`,
      [
        organisationId,
        recipientUserId,
        kind,
        dedupeKey,
        JSON.stringify(payload),
        createdByUserId,
      ],
    )) as unknown[];
    return inserted.length;
  }

  /**
   * The weekly candidate spotlight (the reference documents' candidate newspaper): per open
   * package its best matches, sent to the managers of the package's unit. Sending twice in one
   * week notifies nobody twice.
   */
  async spotlight(
    actor: Actor,
    perPackage: number,
    secret: string,
  ): Promise<SpotlightResultDto> {
    const organisationId = actor.organisationId as string;
    const week = isoWeekOf(todayInTheNetherlands());
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `SELECT package_id, title, unit_id, candidate_id, score FROM (
           SELECT m.package_id, p.title, p.unit_id, m.candidate_id, m.score,
                  row_number() OVER (PARTITION BY m.package_id
                                     ORDER BY m.score DESC, m.candidate_id) AS rank
             FROM matches m
             JOIN carved_packages p ON p.id = m.package_id
            WHERE p.organisation_id = $1 AND p.status = 'published'
              AND NOT EXISTS (SELECT 1 FROM proposals pr
                               WHERE pr.candidate_id = m.candidate_id AND pr.status = 'proposed')
         ) ranked
         WHERE rank <= $2
         ORDER BY title, package_id, rank`,
        [organisationId, perPackage],
      )) as {
        package_id: string;
        title: string;
        unit_id: string;
        candidate_id: string;
        score: string;
      }[];
      const packages = new Map<
        string,
        { unitId: string; entry: SpotlightEntryDto }
      >();
      for (const row of rows) {
        const known = packages.get(row.package_id) ?? {
          unitId: row.unit_id,
          entry: {
            packageId: row.package_id,
            packageTitle: row.title,
            matches: [],
          },
        };
        known.entry.matches.push({
          pseudonym: pseudonymOf(row.candidate_id, secret),
          score: Number(row.score),
        });
        packages.set(row.package_id, known);
      }
      const perManager = new Map<string, SpotlightEntryDto[]>();
      for (const { unitId, entry } of packages.values())
        for (const recipient of await this.managersOf(
          manager,
          organisationId,
          unitId,
        ))
          perManager.set(recipient, [
            ...(perManager.get(recipient) ?? []),
            entry,
          ]);
      let notified = 0;
      for (const [recipient, spotlight] of perManager)
        notified += await this.notifyUser(
          manager,
          organisationId,
          recipient,
          'candidate_spotlight',
          `spotlight:${week}`,
          { week, spotlight },
          actor.userId,
        );
      return { week, notified, packages: packages.size };
    });
  }
}

function toNotificationDto(row: NotificationEntity): NotificationDto {
  const payload = row.payload as StoredPayload;
  return {
    id: row.id,
    kind: row.kind,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
    week: payload.week ?? null,
    spotlight: payload.spotlight ?? [],
    proposalId: payload.proposalId ?? null,
    packageTitle: payload.packageTitle ?? null,
    proposalStatus: payload.proposalStatus ?? null,
  };
}
