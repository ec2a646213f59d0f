import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CoachDashboardRowDto,
  CoachingContactDto,
  CoachingEvaluationDto,
  CoachingGoalDto,
  CoachingRecordDto,
  CoachingWeekDto,
} from '@jcw/shared-contracts';
import {
  DEFAULT_INCIDENT_WINDOW_WEEKS,
  addDays,
  pendingEvaluations,
  riskSignals,
} from '@jcw/shared-domain';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  APP_CONFIG,
  Actor,
  AppConfig,
  RequestContext,
} from '@jcw/api-platform';
import {
  AuditService,
  OrganisationEntity,
  UserEntity,
} from '@jcw/api-identity';
import { CandidateEntity } from '@jcw/api-candidates';
import { CoachingAccess } from './coaching-access';
import type {
  CreateContactDto,
  CreateEvaluationDto,
  CreateGoalDto,
  UpdateGoalDto,
} from './coaching.dto';
import {
  CoachingContactEntity,
  CoachingEvaluationEntity,
  CoachingGoalEntity,
  CoachingHoursEntity,
} from './coaching.entities';
import { CoachingException } from './coaching.exception';
import {
  coachingSince,
  dutchDate,
  toContactDto,
  toEvaluationDto,
  toGoalDto,
  toRecordDto,
  toWeekDto,
} from './coaching.mapping';
import type { LogbookPdfInput } from './pdf/logbook-pdf';

/**
 * The jobcoach's record of a candidate. The assigned coach writes it and an HR adviser of the
 * organisation may read and write it; everyone else gets 404 for the candidate. Every write and
 * every full read is audited in the same transaction, naming fields and never their values.
 */
@Injectable()
export class CoachingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly access: CoachingAccess,
  ) {}

  /** Today in the Netherlands; a seam for tests that need a fixed day. */
  today(): string {
    return dutchDate(new Date());
  }

  async record(
    actor: Actor,
    candidateId: string,
    context: RequestContext,
  ): Promise<CoachingRecordDto> {
    return this.withCandidate(
      actor,
      candidateId,
      'read',
      async (manager, candidate) => {
        await this.auditRead(
          manager,
          actor,
          candidate,
          'coaching_record',
          context,
        );
        return toRecordDto({
          candidate,
          ...(await this.loadRecord(manager, candidate.id)),
          today: this.today(),
          noContactWeeks: this.config.coaching.noContactWeeks,
        });
      },
    );
  }

  async addContact(
    actor: Actor,
    candidateId: string,
    request: CreateContactDto,
    context: RequestContext,
  ): Promise<CoachingContactDto> {
    return this.withCandidate(
      actor,
      candidateId,
      'write',
      async (manager, candidate) => {
        const contact = await manager.save(
          manager.create(CoachingContactEntity, {
            candidateId: candidate.id,
            coachUserId: actor.userId,
            contactDate: request.contactDate,
            type: request.type,
            notes: request.notes ?? null,
          }),
        );
        await this.auditWrite(manager, actor, candidate, context, {
          action: 'entity.created',
          entityType: 'coaching_contact',
          entityId: contact.id,
          changedFields: Object.keys(request),
        });
        return toContactDto(contact);
      },
    );
  }

  async addGoal(
    actor: Actor,
    candidateId: string,
    request: CreateGoalDto,
    context: RequestContext,
  ): Promise<CoachingGoalDto> {
    return this.withCandidate(
      actor,
      candidateId,
      'write',
      async (manager, candidate) => {
        const goal = await manager.save(
          manager.create(CoachingGoalEntity, {
            candidateId: candidate.id,
            title: request.title,
            status: request.status ?? 'open',
            progressPercent: request.progressPercent ?? 0,
            targetDate: request.targetDate ?? null,
          }),
        );
        await this.auditWrite(manager, actor, candidate, context, {
          action: 'entity.created',
          entityType: 'coaching_goal',
          entityId: goal.id,
          changedFields: Object.keys(request),
        });
        return toGoalDto(goal);
      },
    );
  }

  async updateGoal(
    actor: Actor,
    candidateId: string,
    goalId: string,
    request: UpdateGoalDto,
    context: RequestContext,
  ): Promise<CoachingGoalDto> {
    return this.withCandidate(
      actor,
      candidateId,
      'write',
      async (manager, candidate) => {
        const goal = await manager.findOne(CoachingGoalEntity, {
          where: { id: goalId, candidateId: candidate.id },
          lock: { mode: 'pessimistic_write' },
        });
        if (!goal) throw CoachingException.notFound('Goal', 'goalId');
        const changed: string[] = [];
        for (const key of [
          'title',
          'status',
          'progressPercent',
          'targetDate',
        ] as const) {
          const value = request[key];
          if (value === undefined || value === goal[key]) continue;
          (goal as unknown as Record<string, unknown>)[key] = value;
          changed.push(key);
        }
        if (changed.length === 0) return toGoalDto(goal);
        const saved = await manager.save(goal);
        await this.auditWrite(manager, actor, candidate, context, {
          action: 'entity.updated',
          entityType: 'coaching_goal',
          entityId: goal.id,
          changedFields: changed,
        });
        return toGoalDto(saved);
      },
    );
  }

  /** Replaces the hours of the week starting on `weekStart` (a Monday, checked by the route). */
  async putHours(
    actor: Actor,
    candidateId: string,
    weekStart: string,
    hours: number,
    context: RequestContext,
  ): Promise<CoachingWeekDto> {
    return this.withCandidate(
      actor,
      candidateId,
      'write',
      async (manager, candidate) => {
        // The statement's snapshot still holds the old hours, so one round trip tells whether the
        // week was new and whether its hours changed (only a change is audited).
        const [{ inserted, previous }]: Array<{
          inserted: boolean;
          previous: string | null;
        }> = await manager.query(
          `WITH before AS (
           SELECT hours FROM coaching_hours WHERE candidate_id = $1 AND week_start = $2
         )
         INSERT INTO coaching_hours (candidate_id, week_start, hours, coach_user_id)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (candidate_id, week_start) DO UPDATE
           SET hours = EXCLUDED.hours, coach_user_id = EXCLUDED.coach_user_id, updated_at = now()
         RETURNING (xmax = 0) AS inserted, (SELECT hours FROM before) AS previous`,
          [candidate.id, weekStart, hours, actor.userId],
        );
        const changed = inserted || Number(previous) !== hours;
        if (changed) {
          await this.auditWrite(manager, actor, candidate, context, {
            action: inserted ? 'entity.created' : 'entity.updated',
            entityType: 'coaching_hours',
            entityId: `${candidate.id}:${weekStart}`,
            changedFields: ['hours'],
          });
        }
        return toWeekDto(candidate, weekStart, hours);
      },
    );
  }

  async addEvaluation(
    actor: Actor,
    candidateId: string,
    request: CreateEvaluationDto,
    context: RequestContext,
  ): Promise<CoachingEvaluationDto> {
    return this.withCandidate(
      actor,
      candidateId,
      'write',
      async (manager, candidate) => {
        // The candidate's share lock does not serialise two writers; the unique key does.
        const inserted: Array<{ id: string }> = await manager.query(
          `INSERT INTO coaching_evaluations
           (candidate_id, milestone_months, evaluation_date, wellbeing, workload_fit, team_fit, manager_support, notes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT ON CONSTRAINT uq_coaching_evaluations_milestone DO NOTHING
         RETURNING id`,
          [
            candidate.id,
            request.milestoneMonths,
            request.evaluationDate,
            request.wellbeing,
            request.workloadFit,
            request.teamFit,
            request.managerSupport,
            request.notes ?? null,
          ],
        );
        if (inserted.length === 0)
          throw CoachingException.evaluationExists(request.milestoneMonths);
        const evaluation = await manager.findOneByOrFail(
          CoachingEvaluationEntity,
          { id: inserted[0].id },
        );
        await this.auditWrite(manager, actor, candidate, context, {
          action: 'entity.created',
          entityType: 'coaching_evaluation',
          entityId: evaluation.id,
          changedFields: Object.keys(request),
        });
        return toEvaluationDto(evaluation);
      },
    );
  }

  /**
   * The signed-in jobcoach's candidates (an HR adviser: every candidate with a coach), flagged
   * first, then by the next evaluation due, then by name.
   */
  async dashboard(actor: Actor): Promise<CoachDashboardRowDto[]> {
    const manager = this.dataSource.manager;
    const query = manager
      .getRepository(CandidateEntity)
      .createQueryBuilder('c')
      .where('c.organisation_id = :organisationId', {
        organisationId: this.access.organisationOf(actor),
      })
      .andWhere('c.erased_at IS NULL')
      // Inactive candidates have left the programme: their silence is no drop-out signal.
      .andWhere("c.status <> 'inactive'")
      .andWhere('c.jobcoach_user_id IS NOT NULL');
    if (!this.access.isAdviser(actor))
      query.andWhere('c.jobcoach_user_id = :userId', { userId: actor.userId });
    const candidates = await query.getMany();
    if (candidates.length === 0) return [];
    const ids = candidates.map((candidate) => candidate.id);
    const today = this.today();
    const windowStart = addDays(today, -7 * DEFAULT_INCIDENT_WINDOW_WEEKS);

    // Only the last contact and the recent incidents matter to the signals, so the database
    // reduces each candidate's contacts to those.
    const contactFacts: Array<{
      candidate_id: string;
      last_contact: string | null;
      incidents: string[] | null;
    }> = await manager.query(
      `SELECT candidate_id,
              max(contact_date) FILTER (WHERE contact_date <= $2)::text AS last_contact,
              array_agg(contact_date::text) FILTER (
                WHERE type = 'incident' AND contact_date BETWEEN $3 AND $2
              ) AS incidents
         FROM coaching_contacts
        WHERE candidate_id = ANY($1)
        GROUP BY candidate_id`,
      [ids, today, windowStart],
    );
    const factsOf = new Map(
      contactFacts.map((row) => [
        row.candidate_id,
        {
          lastContactDate: row.last_contact,
          contacts: [
            ...(row.last_contact
              ? [{ contactDate: row.last_contact, type: 'call' as const }]
              : []),
            ...(row.incidents ?? []).map((contactDate) => ({
              contactDate,
              type: 'incident' as const,
            })),
          ],
        },
      ]),
    );
    const evaluations = await manager.find(CoachingEvaluationEntity, {
      where: { candidateId: In(ids) },
    });

    const rows = candidates.map((candidate): CoachDashboardRowDto => {
      const own = evaluations.filter(
        (evaluation) => evaluation.candidateId === candidate.id,
      );
      const facts = factsOf.get(candidate.id);
      const signals = riskSignals({
        evaluations: own,
        // The last contact stands in for all earlier ones: the rules only ask how long ago it was.
        contacts: facts?.contacts ?? [],
        today,
        noContactWeeks: this.config.coaching.noContactWeeks,
        since: coachingSince(candidate),
      });
      const next = pendingEvaluations(
        candidate.placementStartDate,
        own.map((evaluation) => evaluation.milestoneMonths),
      )[0];
      return {
        candidateId: candidate.id,
        displayName: `${candidate.firstName} ${candidate.lastName}`,
        status: candidate.status,
        atRisk: signals.length > 0,
        signals,
        suggestSwitchPlaceReview: signals.length > 0,
        lastContactDate: facts?.lastContactDate ?? null,
        nextEvaluation: next ? { ...next } : null,
      };
    });
    return rows.sort(
      (a, b) =>
        Number(b.atRisk) - Number(a.atRisk) ||
        (a.nextEvaluation?.dueDate ?? '9999-12-31').localeCompare(
          b.nextEvaluation?.dueDate ?? '9999-12-31',
        ) ||
        a.displayName.localeCompare(b.displayName, 'nl'),
    );
  }

  /** What the logbook PDF shows, read (and audited) in one transaction. */
  async logbook(
    actor: Actor,
    candidateId: string,
    context: RequestContext,
  ): Promise<Omit<LogbookPdfInput, 'lang' | 'generatedAt'>> {
    return this.withCandidate(
      actor,
      candidateId,
      'read',
      async (manager, candidate) => {
        await this.auditRead(
          manager,
          actor,
          candidate,
          'coaching_logbook',
          context,
        );
        const parts = await this.loadRecord(manager, candidate.id);
        const organisation = await manager.findOneByOrFail(OrganisationEntity, {
          id: candidate.organisationId,
        });
        const coach = candidate.jobcoachUserId
          ? await manager.findOneBy(UserEntity, {
              id: candidate.jobcoachUserId,
            })
          : null;
        return {
          organisationName: organisation.name,
          candidateName: `${candidate.firstName} ${candidate.lastName}`,
          bsnLast3: candidate.bsnLast3,
          coachName: coach?.displayName ?? null,
          placementStartDate: candidate.placementStartDate,
          placementHoursPerWeek: candidate.placementHoursPerWeek,
          record: toRecordDto({
            candidate,
            ...parts,
            today: this.today(),
            noContactWeeks: this.config.coaching.noContactWeeks,
          }),
        };
      },
    );
  }

  /**
   * One transaction around the candidate's access check and the work on their record: a write
   * holds the candidate row, so an erasure cannot interleave with it.
   */
  private withCandidate<T>(
    actor: Actor,
    candidateId: string,
    mode: 'read' | 'write',
    work: (manager: EntityManager, candidate: CandidateEntity) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) =>
      work(
        manager,
        await this.access.candidate(manager, actor, candidateId, mode),
      ),
    );
  }

  private async loadRecord(manager: EntityManager, candidateId: string) {
    // One connection runs a transaction's queries one after the other anyway.
    const where = { candidateId };
    const contacts = await manager.find(CoachingContactEntity, { where });
    const goals = await manager.find(CoachingGoalEntity, { where });
    const hours = await manager.find(CoachingHoursEntity, { where });
    const evaluations = await manager.find(CoachingEvaluationEntity, { where });
    return { contacts, goals, hours, evaluations };
  }

  private auditRead(
    manager: EntityManager,
    actor: Actor,
    candidate: CandidateEntity,
    entityType: 'coaching_record' | 'coaching_logbook',
    context: RequestContext,
  ): Promise<void> {
    return this.audit.record(
      {
        action: 'profile.read',
        organisationId: candidate.organisationId,
        actorUserId: actor.userId,
        entityType,
        entityId: candidate.id,
        requestId: context.requestId,
      },
      manager,
    );
  }

  private auditWrite(
    manager: EntityManager,
    actor: Actor,
    candidate: CandidateEntity,
    context: RequestContext,
    entry: {
      action: 'entity.created' | 'entity.updated';
      entityType: string;
      entityId: string;
      changedFields: string[];
    },
  ): Promise<void> {
    return this.audit.record(
      {
        ...entry,
        changedFields: [...entry.changedFields].sort(),
        organisationId: candidate.organisationId,
        actorUserId: actor.userId,
        requestId: context.requestId,
      },
      manager,
    );
  }
}
