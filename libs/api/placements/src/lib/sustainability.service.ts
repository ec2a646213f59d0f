import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Actor, PlatformErrorCode, PlatformException } from '@jcw/api-platform';
import {
  END_REASONS,
  EndReason,
  SustainabilityDto,
} from '@jcw/shared-contracts';
import { todayInTheNetherlands } from '@jcw/shared-domain';

const RETENTION_MONTHS = [6, 12, 24] as const;

/**
 * Whether placements last: the share still at work 6, 12 and 24 months after their start (over
 * placements old enough to tell), tenure, why placements ended, and the funnel from published
 * packages through proposals to people at work. An HR adviser or admin sees their organisation, a coordinator any
 * organisation or the whole installation.
 */
@Injectable()
export class SustainabilityService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async report(
    actor: Actor,
    requestedOrganisationId: string | undefined,
  ): Promise<SustainabilityDto> {
    const organisationId = scopedOrganisation(actor, requestedOrganisationId);
    const today = todayInTheNetherlands();
    const scope = organisationId === null ? 'TRUE' : 'organisation_id = $2';
    const parameters =
      organisationId === null ? [today] : [today, organisationId];
    const [retention] = (await this.dataSource.query(
      `SELECT ${RETENTION_MONTHS.map(
        (months) => `
          count(*) FILTER (WHERE start_date + interval '${months} months' <= $1::date)::int AS eligible_${months},
          count(*) FILTER (WHERE start_date + interval '${months} months' <= $1::date
            AND (end_date IS NULL OR end_date >= start_date + interval '${months} months'))::int AS retained_${months}`,
      ).join(',')},
        avg(LEAST(COALESCE(end_date, $1::date), $1::date) - start_date + 1)
          FILTER (WHERE start_date <= $1::date) AS average_tenure,
        count(*) FILTER (WHERE package_id IS NOT NULL)::int AS on_packages,
        count(*) FILTER (WHERE start_date <= $1::date AND (end_date IS NULL OR end_date >= $1::date))::int AS active
       FROM placements WHERE ${scope}`,
      parameters,
    )) as Record<string, number | string | null>[];
    const reasons = (await this.dataSource.query(
      `SELECT end_reason AS reason, count(*)::int AS count FROM placements
        WHERE end_date IS NOT NULL AND end_date < $1::date AND ${scope}
        GROUP BY end_reason`,
      parameters,
    )) as { reason: EndReason; count: number }[];
    const [{ published }] = (await this.dataSource.query(
      `SELECT count(*)::int AS published FROM carved_packages
        WHERE published_at IS NOT NULL AND ${scope.replace('$2', '$1')}`,
      organisationId === null ? [] : [organisationId],
    )) as { published: number }[];
    const [proposals] = (await this.dataSource.query(
      `SELECT count(*)::int AS made, count(*) FILTER (WHERE status = 'accepted')::int AS accepted
         FROM proposals WHERE ${scope.replace('$2', '$1')}`,
      organisationId === null ? [] : [organisationId],
    )) as { made: number; accepted: number }[];
    const countOf = new Map(reasons.map((row) => [row.reason, row.count]));
    return {
      organisationId,
      asOf: today,
      retention: RETENTION_MONTHS.map((months) => {
        const eligible = Number(retention[`eligible_${months}`]);
        const retained = Number(retention[`retained_${months}`]);
        return {
          months,
          eligible,
          retained,
          share: eligible > 0 ? retained / eligible : null,
        };
      }),
      averageTenureDays:
        retention['average_tenure'] === null
          ? null
          : Math.round(Number(retention['average_tenure'])),
      endedByReason: END_REASONS.map((reason) => ({
        reason,
        count: countOf.get(reason) ?? 0,
      })),
      funnel: {
        packagesPublished: published,
        proposalsMade: proposals.made,
        proposalsAccepted: proposals.accepted,
        placementsOnPackages: Number(retention['on_packages']),
        placementsActive: Number(retention['active']),
      },
    };
  }
}

/**
 * The organisation a quota-type read is about: a coordinator names any (or none: the whole
 * installation); everyone else reads their own, and another organisation's id answers 404.
 */
export function scopedOrganisation(
  actor: Actor,
  requested: string | undefined,
): string | null {
  if (actor.roles.includes('coordinator')) return requested ?? null;
  if (!actor.organisationId)
    throw new Error('quota route reached without an organisation');
  if (requested !== undefined && requested !== actor.organisationId)
    throw new PlatformException(
      PlatformErrorCode.NotFound,
      'Organisation not found',
    );
  return actor.organisationId;
}
