import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  Actor,
  RequestContext,
  onceForKey,
  retryOnDeadlock,
} from '@jcw/api-platform';
import { AuditService, UnitsService } from '@jcw/api-identity';
import { PlacementsService } from '@jcw/api-placements';
import type {
  ProposalDto,
  ProposalListItemDto,
  ProposedCandidateDto,
  RejectionReason,
  RejectionReportDto,
} from '@jcw/shared-contracts';
import { todayInTheNetherlands } from '@jcw/shared-domain';
import { checkPair, scorePair } from '@jcw/shared-matching';
import { loadCandidate, loadPackages } from './match-inputs';
import {
  MatchesService,
  dimensionChecks,
  isAdviser,
  organisationOf,
} from './matches.service';
import type {
  AcceptProposalDto,
  CreateProposalDto,
  ProposalListQueryDto,
  RejectProposalDto,
} from './matching.dto';
import { ProposalEntity } from './matching.entities';
import { MatchingErrorCode, MatchingException } from './matching.exception';
import { NotificationsService } from './notifications.service';

/**
 * Proposals: an adviser puts a person forward for a package; the manager of the package's unit
 * sees the fit without the name and accepts (which creates the placement in the same transaction)
 * or rejects with a reason. Every decision locks the proposal row first, so a second accept or a
 * concurrent accept and reject finds the first decision and changes nothing.
 */
@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matches: MatchesService,
    private readonly placements: PlacementsService,
    private readonly notifications: NotificationsService,
    private readonly units: UnitsService,
    private readonly audit: AuditService,
  ) {}

  async create(
    actor: Actor,
    request: CreateProposalDto,
    idempotencyKey: string | undefined,
    context: RequestContext,
  ): Promise<ProposalDto> {
    return this.dataSource.transaction((manager) =>
      onceForKey(
        manager,
        {
          userId: actor.userId,
          key: idempotencyKey,
          scope: 'proposals.create',
          body: request,
        },
        async () => {
          const organisationId = organisationOf(actor);
          const [pkg] = await loadPackages(manager, [request.packageId]);
          if (!pkg || pkg.organisationId !== organisationId)
            throw MatchingException.invalid(
              'packageId',
              'packageId is not a package of your organisation',
            );
          if (pkg.status !== 'published')
            throw new MatchingException(
              MatchingErrorCode.NotFeasible,
              `packageId: the package is ${pkg.status}; only published packages take proposals`,
              [{ field: 'packageId', message: `the package is ${pkg.status}` }],
            );
          // Locked so a profile change cannot slip between the check and the proposal.
          await manager.query(
            `SELECT id FROM candidates WHERE id = $1 AND organisation_id = $2 FOR UPDATE`,
            [request.candidateId, organisationId],
          );
          const candidate = await loadCandidate(manager, request.candidateId);
          if (!candidate || candidate.organisationId !== organisationId)
            throw MatchingException.invalid(
              'candidateId',
              'candidateId is not a candidate of your organisation',
            );
          const today = todayInTheNetherlands();
          // Checked on the profile as it is now, not on a stored score that may be older.
          const failing = checkPair(candidate.input, pkg.input, today);
          const scored = scorePair(candidate.input, pkg.input, today);
          if (failing.length > 0 || !scored)
            throw new MatchingException(
              MatchingErrorCode.NotFeasible,
              'candidateId: the candidate does not meet the package’s hard limits',
              failing.map((constraint) => ({
                field: 'candidateId',
                message:
                  constraint.code === 'dimension'
                    ? `dimension ${constraint.dimension}: demand ${constraint.demand} + limitation ${constraint.limitation} > 2`
                    : constraint.code,
              })),
            );
          const inserted = (await manager.query(
            `INSERT INTO proposals (organisation_id, package_id, package_version, unit_id,
                                    candidate_id, score, parts, engine_version, motivation,
                                    proposed_by_user_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
             ON CONFLICT (package_id, candidate_id) WHERE status = 'proposed' DO NOTHING
             RETURNING id`,
            [
              organisationId,
              pkg.input.id,
              pkg.version,
              pkg.unitId,
              candidate.input.id,
              scored.score,
              JSON.stringify(scored.parts),
              scored.engineVersion,
              request.motivation ?? null,
              actor.userId,
            ],
          )) as { id: string }[];
          if (inserted.length === 0)
            throw new MatchingException(
              MatchingErrorCode.ProposalExists,
              'candidateId: this candidate is already proposed for this package',
              [
                {
                  field: 'candidateId',
                  message: 'already proposed for this package',
                },
              ],
            );
          const id = inserted[0].id;
          await this.notifications.notifyManagers(
            manager,
            organisationId,
            pkg.unitId,
            'proposal_received',
            `proposal:${id}:received`,
            { proposalId: id, packageTitle: pkg.title },
            actor.userId,
          );
          await this.audit.record(
            {
              action: 'entity.created',
              organisationId,
              actorUserId: actor.userId,
              entityType: 'proposal',
              entityId: id,
              requestId: context.requestId,
            },
            manager,
          );
          return this.toDto(manager, actor, await this.lock(manager, id));
        },
      ),
    );
  }

  async list(
    actor: Actor,
    query: ProposalListQueryDto,
  ): Promise<ProposalListItemDto[]> {
    const scope = await this.unitScope(actor);
    const rows = (await this.dataSource.query(
      `SELECT pr.id, pr.status, pr.package_id, p.title, u.name AS unit_name, pr.candidate_id,
              c.first_name, c.last_name, pr.score, pr.proposed_at, pr.decided_at
         FROM proposals pr
         JOIN carved_packages p ON p.id = pr.package_id
         JOIN org_units u ON u.id = pr.unit_id
         JOIN candidates c ON c.id = pr.candidate_id
        WHERE pr.organisation_id = $1
          AND ($2::uuid[] IS NULL OR pr.unit_id = ANY($2::uuid[]))
          AND ($3::varchar IS NULL OR pr.status = $3::varchar)
          AND ($4::uuid IS NULL OR pr.package_id = $4::uuid)
        ORDER BY pr.proposed_at DESC, pr.id
        LIMIT 500`,
      [
        organisationOf(actor),
        scope,
        query.status ?? null,
        query.packageId ?? null,
      ],
    )) as {
      id: string;
      status: ProposalListItemDto['status'];
      package_id: string;
      title: string;
      unit_name: string;
      candidate_id: string;
      first_name: string;
      last_name: string;
      score: string;
      proposed_at: Date;
      decided_at: Date | null;
    }[];
    return rows.map((row) => ({
      id: row.id,
      status: row.status,
      packageId: row.package_id,
      packageTitle: row.title,
      unitName: row.unit_name,
      pseudonym: this.matches.pseudonym(row.candidate_id),
      candidateName: isAdviser(actor)
        ? `${row.first_name} ${row.last_name}`
        : null,
      score: Number(row.score),
      proposedAt: row.proposed_at.toISOString(),
      decidedAt: row.decided_at?.toISOString() ?? null,
    }));
  }

  /** A manager's read of a proposal shows health-related fit data: it is audited. */
  async get(
    actor: Actor,
    id: string,
    context: RequestContext,
  ): Promise<ProposalDto> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.visible(manager, actor, id);
      await this.audit.record(
        {
          action: 'profile.read',
          organisationId: proposal.organisationId,
          actorUserId: actor.userId,
          entityType: 'candidate',
          entityId: proposal.candidateId,
          changedFields: ['pseudonymised'],
          requestId: context.requestId,
        },
        manager,
      );
      return this.toDto(manager, actor, proposal);
    });
  }

  async accept(
    actor: Actor,
    id: string,
    request: AcceptProposalDto,
    idempotencyKey: string | undefined,
    context: RequestContext,
  ): Promise<ProposalDto> {
    return retryOnDeadlock(() =>
      this.dataSource.transaction((manager) =>
        onceForKey(
          manager,
          {
            userId: actor.userId,
            key: idempotencyKey,
            scope: `proposals.accept.${id}`,
            body: request,
          },
          async () => {
            const proposal = await this.decidable(manager, actor, id);
            const [pkg] = await loadPackages(manager, [proposal.packageId]);
            // The placement checks the person's hours and that the package is still open, with
            // the person's row locked: a concurrent accept of another proposal waits for this one.
            const placement = await this.placements.createIn(
              manager,
              actor,
              {
                candidateId: proposal.candidateId,
                unitId: proposal.unitId,
                packageId: proposal.packageId,
                method: 'individual',
                contractKind: request.contractKind,
                startDate: request.startDate,
                hoursPerWeek: request.hoursPerWeek ?? pkg.input.hoursPerWeek,
              },
              context,
            );
            Object.assign(proposal, {
              status: 'accepted',
              placementId: placement.id,
              decidedByUserId: actor.userId,
              decidedAt: new Date(),
              version: proposal.version + 1,
            });
            await manager.save(ProposalEntity, proposal);
            // The package is filled: other people's open proposals for it are moot.
            await manager.query(
              `UPDATE proposals SET status = 'withdrawn', version = version + 1
                WHERE package_id = $1 AND status = 'proposed' AND id <> $2`,
              [proposal.packageId, proposal.id],
            );
            await this.decided(manager, actor, proposal, pkg.title, context);
            return this.toDto(manager, actor, proposal);
          },
        ),
      ),
    );
  }

  async reject(
    actor: Actor,
    id: string,
    request: RejectProposalDto,
    context: RequestContext,
  ): Promise<ProposalDto> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.decidable(manager, actor, id);
      Object.assign(proposal, {
        status: 'rejected',
        rejectionReason: request.reason,
        rejectionNote: request.note ?? null,
        decidedByUserId: actor.userId,
        decidedAt: new Date(),
        version: proposal.version + 1,
      });
      await manager.save(ProposalEntity, proposal);
      const [pkg] = await loadPackages(manager, [proposal.packageId]);
      await this.decided(manager, actor, proposal, pkg.title, context);
      return this.toDto(manager, actor, proposal);
    });
  }

  async withdraw(
    actor: Actor,
    id: string,
    context: RequestContext,
  ): Promise<ProposalDto> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.lock(manager, id, organisationOf(actor));
      if (proposal.status !== 'proposed') throw decidedAlready(proposal);
      proposal.status = 'withdrawn';
      proposal.version += 1;
      await manager.save(ProposalEntity, proposal);
      await this.audit.record(
        {
          action: 'entity.updated',
          organisationId: proposal.organisationId,
          actorUserId: actor.userId,
          entityType: 'proposal',
          entityId: proposal.id,
          changedFields: ['status'],
          requestId: context.requestId,
        },
        manager,
      );
      return this.toDto(manager, actor, proposal);
    });
  }

  /** What managers refuse, per package and unit, so advisers can carve and propose better. */
  async rejectionReport(actor: Actor): Promise<RejectionReportDto> {
    const organisationId = organisationOf(actor);
    const rows = (await this.dataSource.query(
      `SELECT pr.package_id, p.title, pr.unit_id, u.name AS unit_name, pr.rejection_reason,
              count(*)::int AS count
         FROM proposals pr
         JOIN carved_packages p ON p.id = pr.package_id
         JOIN org_units u ON u.id = pr.unit_id
        WHERE pr.organisation_id = $1 AND pr.status = 'rejected'
        GROUP BY pr.package_id, p.title, pr.unit_id, u.name, pr.rejection_reason
        ORDER BY count(*) DESC, p.title, pr.rejection_reason`,
      [organisationId],
    )) as {
      package_id: string;
      title: string;
      unit_id: string;
      unit_name: string;
      rejection_reason: RejectionReason;
      count: number;
    }[];
    const [totals] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'rejected')::int AS rejected,
              count(*) FILTER (WHERE status = 'accepted')::int AS accepted
         FROM proposals WHERE organisation_id = $1`,
      [organisationId],
    )) as { rejected: number; accepted: number }[];
    return {
      rows: rows.map((row) => ({
        packageId: row.package_id,
        packageTitle: row.title,
        unitId: row.unit_id,
        unitName: row.unit_name,
        reason: row.rejection_reason,
        count: row.count,
      })),
      totalRejected: totals.rejected,
      totalAccepted: totals.accepted,
    };
  }

  /** HR advisers see every unit; managers the subtree of their own unit; others nothing. */
  private async unitScope(actor: Actor): Promise<string[] | null> {
    if (isAdviser(actor)) return null;
    if (!actor.roles.includes('manager') || !actor.unitId) return [];
    return this.units.subtreeIds(organisationOf(actor), actor.unitId);
  }

  private async visible(
    manager: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<ProposalEntity> {
    const proposal = await manager.findOneBy(ProposalEntity, {
      id,
      organisationId: organisationOf(actor),
    });
    const scope = await this.unitScope(actor);
    if (!proposal || (scope !== null && !scope.includes(proposal.unitId)))
      throw MatchingException.notFound('Proposal');
    return proposal;
  }

  /** The proposal, locked, if this manager decides on it and it is still open. */
  private async decidable(
    manager: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<ProposalEntity> {
    const proposal = await this.lock(manager, id, organisationOf(actor));
    if (!actor.roles.includes('manager') || !actor.unitId)
      throw MatchingException.notFound('Proposal');
    const scope = await this.units.subtreeIds(
      proposal.organisationId,
      actor.unitId,
      manager,
    );
    if (!scope.includes(proposal.unitId))
      throw MatchingException.notFound('Proposal');
    if (proposal.status !== 'proposed') throw decidedAlready(proposal);
    return proposal;
  }

  private async lock(
    manager: EntityManager,
    id: string,
    organisationId?: string,
  ): Promise<ProposalEntity> {
    const proposal = await manager.findOne(ProposalEntity, {
      where: { id, ...(organisationId ? { organisationId } : {}) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!proposal) throw MatchingException.notFound('Proposal');
    return proposal;
  }

  private async decided(
    manager: EntityManager,
    actor: Actor,
    proposal: ProposalEntity,
    packageTitle: string,
    context: RequestContext,
  ): Promise<void> {
    await this.notifications.notifyUser(
      manager,
      proposal.organisationId,
      proposal.proposedByUserId,
      'proposal_decided',
      `proposal:${proposal.id}:decided`,
      {
        proposalId: proposal.id,
        packageTitle,
        proposalStatus: proposal.status,
      },
      actor.userId,
    );
    await this.audit.record(
      {
        action: 'entity.updated',
        organisationId: proposal.organisationId,
        actorUserId: actor.userId,
        entityType: 'proposal',
        entityId: proposal.id,
        changedFields: ['status'],
        requestId: context.requestId,
      },
      manager,
    );
  }

  private async toDto(
    manager: EntityManager,
    actor: Actor,
    proposal: ProposalEntity,
  ): Promise<ProposalDto> {
    const [pkg] = await loadPackages(manager, [proposal.packageId]);
    const [person] = (await manager.query(
      `SELECT first_name, last_name, education_level, skills, limitations, max_hours_per_week,
              max_hours_per_day, evenings_allowed, nights_allowed, weekends_allowed,
              travel_radius_km, travel_mode, accommodations
         FROM candidates WHERE id = $1`,
      [proposal.candidateId],
    )) as {
      first_name: string;
      last_name: string;
      education_level: ProposedCandidateDto['educationLevel'];
      skills: string[];
      limitations: ProposedCandidateDto['limitations'];
      max_hours_per_week: string | null;
      max_hours_per_day: string | null;
      evenings_allowed: boolean;
      nights_allowed: boolean;
      weekends_allowed: boolean;
      travel_radius_km: number | null;
      travel_mode: ProposedCandidateDto['travelMode'];
      accommodations: ProposedCandidateDto['accommodations'];
    }[];
    const users = (await manager.query(
      `SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])`,
      [
        [proposal.proposedByUserId, proposal.decidedByUserId].filter(
          (userId): userId is string => !!userId,
        ),
      ],
    )) as { id: string; display_name: string }[];
    const nameOf = (userId: string | null) =>
      users.find((user) => user.id === userId)?.display_name ?? null;
    const toNumber = (value: string | null) =>
      value === null ? null : Number(value);
    return {
      id: proposal.id,
      status: proposal.status,
      packageId: proposal.packageId,
      packageTitle: pkg.title,
      packageVersion: proposal.packageVersion,
      packageHoursPerWeek: pkg.input.hoursPerWeek,
      unitId: proposal.unitId,
      unitName: pkg.unitName,
      candidateId: proposal.candidateId,
      candidateName: isAdviser(actor)
        ? `${person.first_name} ${person.last_name}`
        : null,
      candidate: {
        pseudonym: this.matches.pseudonym(proposal.candidateId),
        educationLevel: person.education_level,
        skills: person.skills,
        // Least privilege: only the limitations on dimensions this package asks something on.
        limitations: Object.fromEntries(
          Object.entries(person.limitations).filter(
            ([dimension, level]) =>
              level > 0 &&
              (pkg.input.demandProfile as Record<string, number | undefined>)[
                dimension
              ],
          ),
        ),
        maxHoursPerWeek: toNumber(person.max_hours_per_week),
        maxHoursPerDay: toNumber(person.max_hours_per_day),
        eveningsAllowed: person.evenings_allowed,
        nightsAllowed: person.nights_allowed,
        weekendsAllowed: person.weekends_allowed,
        travelRadiusKm: person.travel_radius_km,
        travelMode: person.travel_mode,
        accommodations: person.accommodations,
      },
      score: proposal.score,
      parts: proposal.parts,
      dimensions: dimensionChecks(pkg.input.demandProfile, person.limitations),
      engineVersion: proposal.engineVersion,
      motivation: proposal.motivation,
      proposedByName: nameOf(proposal.proposedByUserId) ?? '',
      proposedAt: proposal.proposedAt.toISOString(),
      decidedByName: nameOf(proposal.decidedByUserId),
      decidedAt: proposal.decidedAt?.toISOString() ?? null,
      rejectionReason: proposal.rejectionReason,
      rejectionNote: proposal.rejectionNote,
      placementId: proposal.placementId,
      version: proposal.version,
    };
  }
}

function decidedAlready(proposal: ProposalEntity): MatchingException {
  return new MatchingException(
    MatchingErrorCode.ProposalDecided,
    `The proposal is already ${proposal.status}`,
    [{ field: 'status', message: `status is ${proposal.status}` }],
  );
}
