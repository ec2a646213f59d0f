import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AuditAction,
  AuditEntryDto,
  AuditQuery,
  Page,
} from '@jcw/shared-contracts';
import type { DataSource, EntityManager } from 'typeorm';

export interface AuditRecord {
  action: AuditAction;
  organisationId: string | null;
  actorUserId: string | null;
  entityType?: string;
  entityId?: string;
  /** Names of the fields that changed - never their values. */
  changedFields?: string[];
  requestId?: string | null;
}

interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_display_name: string | null;
  action: AuditAction;
  entity_type: string | null;
  entity_id: string | null;
  changed_fields: string[];
  request_id: string | null;
}

/**
 * Appends to the audit log, inside the caller's transaction when it has one, so a change and
 * its audit entry commit together. There is no update or delete: the table's trigger refuses both.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(
    entry: AuditRecord,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (organisation_id, actor_user_id, action, entity_type, entity_id, changed_fields, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.organisationId,
        entry.actorUserId,
        entry.action,
        entry.entityType ?? null,
        entry.entityId ?? null,
        entry.changedFields ?? [],
        entry.requestId ?? null,
      ],
    );
  }

  /** One organisation's entries, newest first, keyset-paged by id. */
  async search(
    organisationId: string,
    query: AuditQuery,
  ): Promise<Page<AuditEntryDto>> {
    const limit = query.limit ?? 50;
    const conditions = ['a.organisation_id = $1'];
    const params: unknown[] = [organisationId];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    if (query.action) add('a.action = ?', query.action);
    if (query.actorUserId) add('a.actor_user_id = ?', query.actorUserId);
    if (query.entityType) add('a.entity_type = ?', query.entityType);
    if (query.entityId) add('a.entity_id = ?', query.entityId);
    if (query.from) add('a.occurred_at >= ?', query.from);
    if (query.to) add('a.occurred_at <= ?', query.to);
    if (query.cursor) add('a.id < ?', query.cursor);
    params.push(limit + 1);
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT a.id, a.occurred_at, a.actor_user_id, u.display_name AS actor_display_name, a.action,
              a.entity_type, a.entity_id, a.changed_fields, a.request_id
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
        WHERE ${conditions.join(' AND ')}
        ORDER BY a.id DESC
        LIMIT $${params.length}`,
      params,
    );
    const items = rows.slice(0, limit).map(toDto);
    return {
      items,
      nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null,
    };
  }
}

function toDto(row: AuditRow): AuditEntryDto {
  return {
    id: String(row.id),
    occurredAt: row.occurred_at.toISOString(),
    actorUserId: row.actor_user_id,
    actorDisplayName: row.actor_display_name,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    changedFields: row.changed_fields,
    requestId: row.request_id,
  };
}
