import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CandidatePage,
  CandidateProfileDto,
  CandidateSummaryDto,
} from '@jcw/shared-contracts';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import {
  APP_CONFIG,
  Actor,
  AppConfig,
  Coordinates,
  Geocoder,
  OutboxService,
  RequestContext,
} from '@jcw/api-platform';
import { AuditService, UserEntity } from '@jcw/api-identity';
import type {
  CandidateListQueryDto,
  CreateCandidateDto,
  UpdateCandidateDto,
} from './candidate.dto';
import { CandidateEntity } from './candidate.entity';
import {
  CandidatesErrorCode,
  CandidatesException,
} from './candidates.exception';
import { bsnHash } from './bsn-hash';
import { completenessOf } from './completeness';
import { COUNTING_FIELDS, announceCountingChange } from './counting-change';
import { MATCHING_FIELDS, announceMatchingChange } from './matching-change';

/**
 * Candidate profiles, shaped by who asks: HR advisers see every candidate of their organisation,
 * a jobcoach only the candidates assigned to them; anyone else sees none (managers will see a
 * pseudonymised fit through proposals). Every full read is written to the audit log before the
 * data leaves, in the same transaction.
 */
@Injectable()
export class CandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly geocoder: Geocoder,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Coordinates for a postcode that arrives without them, looked up before any transaction opens
   * so a slow geocoder never holds a row lock.
   */
  private async locate(request: {
    postcode?: string | null;
    latitude?: number | null;
    longitude?: number | null;
  }): Promise<Coordinates | null> {
    if (!request.postcode) return null;
    if (request.latitude !== undefined || request.longitude !== undefined)
      return null;
    return this.geocoder.locate(request.postcode);
  }

  async list(
    actor: Actor,
    query: CandidateListQueryDto = {},
  ): Promise<CandidatePage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const builder = this.dataSource
      .getRepository(CandidateEntity)
      .createQueryBuilder('c')
      .where('c.organisation_id = :organisationId', {
        organisationId: actor.organisationId,
      })
      .andWhere('c.erased_at IS NULL');
    if (!isAdviser(actor))
      builder.andWhere('c.jobcoach_user_id = :userId', {
        userId: actor.userId,
      });
    if (query.status)
      builder.andWhere('c.status = :status', { status: query.status });
    if (query.targetGroup)
      builder.andWhere('c.target_group = :targetGroup', {
        targetGroup: query.targetGroup,
      });
    if (query.region)
      builder.andWhere('c.labour_market_region = :region', {
        region: query.region,
      });
    if (query.minCompleteness !== undefined)
      builder.andWhere('c.completeness_score >= :min', {
        min: query.minCompleteness,
      });
    if (query.maxCompleteness !== undefined)
      builder.andWhere('c.completeness_score < :max', {
        max: query.maxCompleteness,
      });
    if (query.coach === 'none') builder.andWhere('c.jobcoach_user_id IS NULL');
    else if (query.coach)
      builder.andWhere('c.jobcoach_user_id = :coach', { coach: query.coach });
    if (query.q)
      builder.andWhere(
        `(c.first_name || ' ' || c.last_name) ILIKE :q ESCAPE '\\'`,
        { q: `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` },
      );
    const [candidates, total] = await builder
      .orderBy('c.last_name')
      .addOrderBy('c.first_name')
      .addOrderBy('c.id')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: candidates.map(toSummary), total, page, pageSize };
  }

  /**
   * Right to erasure: the person's data go, the row stays with what the quota ledger needs to
   * keep counting correctly - the pseudonymous id, organisation, target group, register dates and
   * placement hours. The coaching record goes with the person.
   */
  async erase(
    actor: Actor,
    id: string,
    context: RequestContext,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const candidate = await this.findVisible(manager, actor, id, true);
      await manager.query(
        `UPDATE candidates SET
           bsn_hash = 'erased:' || id::text, bsn_last3 = '', first_name = '', last_name = '',
           email = NULL, phone = NULL, date_of_birth = NULL, postcode = NULL, latitude = NULL,
           longitude = NULL, labour_market_region = NULL, legal_ground = NULL,
           education_level = NULL, work_experience = NULL, skills = '{}', interests = '{}',
           preferred_sectors = '{}', limitations = '{}', max_hours_per_week = NULL,
           max_hours_per_day = NULL, evenings_allowed = false, nights_allowed = false,
           weekends_allowed = false, travel_radius_km = NULL, travel_mode = NULL,
           accommodations = '{}', wage_value_percent = NULL, notes = NULL,
           consent_given = false, consent_date = NULL, consent_scope = NULL,
           jobcoach_user_id = NULL, status = 'inactive', completeness_score = 0,
           erased_at = now(), version = version + 1, updated_at = now()
         WHERE id = $1`,
        [candidate.id],
      );
      // Matching forgets the person: no stored score, no open proposal left on a manager's desk.
      await manager.query(
        `UPDATE proposals SET status = 'withdrawn', version = version + 1
          WHERE candidate_id = $1 AND status = 'proposed'`,
        [candidate.id],
      );
      for (const table of ERASED_WITH_CANDIDATE)
        await manager.query(`DELETE FROM ${table} WHERE candidate_id = $1`, [
          candidate.id,
        ]);
      for (const [table, column] of FREE_TEXT_BLANKED_WITH_CANDIDATE)
        await manager.query(
          `UPDATE ${table} SET ${column} = NULL WHERE candidate_id = $1 AND ${column} IS NOT NULL`,
          [candidate.id],
        );
      // A scoring run that read the person before this commit must not leave a match behind.
      await announceMatchingChange(this.outbox, manager, [candidate.id]);
      await this.audit.record(
        {
          action: 'entity.deleted',
          organisationId: candidate.organisationId,
          actorUserId: actor.userId,
          entityType: 'candidate',
          entityId: candidate.id,
          changedFields: ['personalData'],
          requestId: context.requestId,
        },
        manager,
      );
    });
  }

  async read(
    actor: Actor,
    id: string,
    context: RequestContext,
  ): Promise<CandidateProfileDto> {
    return this.dataSource.transaction(async (manager) => {
      const candidate = await this.findVisible(manager, actor, id);
      await this.audit.record(
        {
          action: 'profile.read',
          organisationId: candidate.organisationId,
          actorUserId: actor.userId,
          entityType: 'candidate',
          entityId: candidate.id,
          requestId: context.requestId,
        },
        manager,
      );
      return toProfile(candidate);
    });
  }

  async create(
    actor: Actor,
    request: CreateCandidateDto,
    context: RequestContext,
  ): Promise<CandidateProfileDto> {
    const organisationId = actor.organisationId as string;
    const located = await this.locate(request);
    return this.dataSource.transaction(async (manager) => {
      if (request.jobcoachUserId)
        await this.assertJobcoach(
          manager,
          organisationId,
          request.jobcoachUserId,
        );
      const hash = bsnHash(this.config.bsnHmacSecret, request.bsn);
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO candidates (organisation_id, bsn_hash, bsn_last3, first_name, last_name, target_group, register_start_date)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (organisation_id, bsn_hash) DO NOTHING RETURNING id`,
        [
          organisationId,
          hash,
          request.bsn.slice(-3),
          request.firstName,
          request.lastName,
          request.targetGroup,
          request.registerStartDate,
        ],
      );
      if (inserted.length === 0) {
        throw new CandidatesException(
          CandidatesErrorCode.CandidateExists,
          'A candidate with this citizen number is already registered',
          [
            {
              field: 'bsn',
              message: 'bsn is already registered in your organisation',
            },
          ],
        );
      }
      const candidate = await manager.findOneByOrFail(CandidateEntity, {
        id: inserted[0].id,
      });
      Object.assign(candidate, {
        email: request.email ?? null,
        phone: request.phone ?? null,
        dateOfBirth: request.dateOfBirth ?? null,
        registerEndDate: request.registerEndDate ?? null,
        postcode: request.postcode ?? null,
        educationLevel: request.educationLevel ?? null,
        jobcoachUserId: request.jobcoachUserId ?? null,
        legalGround: request.legalGround ?? null,
        labourMarketRegion: request.labourMarketRegion ?? null,
        latitude: request.latitude ?? located?.latitude ?? null,
        longitude: request.longitude ?? located?.longitude ?? null,
      });
      candidate.completenessScore = completenessOf(candidate).score;
      await manager.save(CandidateEntity, candidate);
      await announceMatchingChange(this.outbox, manager, [candidate.id]);
      await this.audit.record(
        {
          action: 'entity.created',
          organisationId,
          actorUserId: actor.userId,
          entityType: 'candidate',
          entityId: candidate.id,
          changedFields: Object.keys(request)
            .filter((key) => key !== 'bsn')
            .concat('bsnHash')
            .sort(),
          requestId: context.requestId,
        },
        manager,
      );
      return toProfile(candidate);
    });
  }

  async update(
    actor: Actor,
    id: string,
    request: UpdateCandidateDto,
    context: RequestContext,
  ): Promise<CandidateProfileDto> {
    const located = await this.locate(request);
    return this.dataSource.transaction(async (manager) => {
      const candidate = await this.findVisible(manager, actor, id, true);
      if (
        request.jobcoachUserId !== undefined &&
        request.jobcoachUserId !== candidate.jobcoachUserId
      ) {
        if (!isAdviser(actor)) {
          throw new CandidatesException(
            CandidatesErrorCode.FieldNotAllowed,
            'Only an HR adviser assigns jobcoaches',
            [
              {
                field: 'jobcoachUserId',
                message: 'jobcoachUserId can only be changed by an HR adviser',
              },
            ],
          );
        }
        if (request.jobcoachUserId)
          await this.assertJobcoach(
            manager,
            candidate.organisationId,
            request.jobcoachUserId,
          );
      }
      const changed: string[] = [];
      for (const [key, value] of Object.entries(request) as Array<
        [keyof UpdateCandidateDto, unknown]
      >) {
        if (
          value === undefined ||
          key === 'consentGiven' ||
          key === 'consentScope'
        )
          continue;
        if (
          JSON.stringify(candidate[key as keyof CandidateEntity]) !==
          JSON.stringify(value)
        ) {
          (candidate as unknown as Record<string, unknown>)[key] = value;
          changed.push(key);
        }
      }
      // Coordinates of an old postcode would put the person in the wrong place for matching.
      if (
        changed.includes('postcode') &&
        request.latitude === undefined &&
        request.longitude === undefined
      ) {
        candidate.latitude = located?.latitude ?? null;
        candidate.longitude = located?.longitude ?? null;
        changed.push('latitude', 'longitude');
      }
      if (
        request.consentGiven !== undefined &&
        request.consentGiven !== candidate.consentGiven
      ) {
        candidate.consentGiven = request.consentGiven;
        candidate.consentDate = new Date();
        // Consent given without a scope covers what the product asks it for: sharing with managers.
        candidate.consentScope = request.consentGiven
          ? (request.consentScope ?? 'share_profile_with_managers')
          : null;
        changed.push('consentGiven');
      }
      if (changed.length > 0) {
        candidate.completenessScore = completenessOf(candidate).score;
        await manager.save(CandidateEntity, candidate);
        if (changed.some((field) => COUNTING_FIELDS.has(field)))
          await announceCountingChange(this.outbox, manager, [candidate.id]);
        if (changed.some((field) => MATCHING_FIELDS.has(field)))
          await announceMatchingChange(this.outbox, manager, [candidate.id]);
        await this.audit.record(
          {
            action: 'entity.updated',
            organisationId: candidate.organisationId,
            actorUserId: actor.userId,
            entityType: 'candidate',
            entityId: candidate.id,
            changedFields: changed.sort(),
            requestId: context.requestId,
          },
          manager,
        );
      }
      return toProfile(candidate);
    });
  }

  private async findVisible(
    manager: EntityManager,
    actor: Actor,
    id: string,
    forUpdate = false,
  ): Promise<CandidateEntity> {
    const candidate = await manager.findOne(CandidateEntity, {
      where: {
        id,
        organisationId: actor.organisationId as string,
        erasedAt: IsNull(),
      },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (
      !candidate ||
      (!isAdviser(actor) && candidate.jobcoachUserId !== actor.userId)
    )
      throw CandidatesException.notFound();
    return candidate;
  }

  private async assertJobcoach(
    manager: EntityManager,
    organisationId: string,
    userId: string,
  ): Promise<void> {
    const coach = await manager.findOneBy(UserEntity, {
      id: userId,
      organisationId,
      active: true,
    });
    if (!coach || !coach.roles.includes('jobcoach')) {
      throw new CandidatesException(
        CandidatesErrorCode.NotFound,
        'Jobcoach not found',
        [
          {
            field: 'jobcoachUserId',
            message:
              'jobcoachUserId is not an active jobcoach of your organisation',
          },
        ],
      );
    }
  }
}

/**
 * Free text written about a person's placements. The placements and their ledger lines stay, since
 * the quota must keep counting, but what someone wrote about the person goes (the ledger's trigger
 * allows exactly this one change).
 */
const FREE_TEXT_BLANKED_WITH_CANDIDATE = [
  ['placements', 'end_note'],
  ['quota_ledger', 'note'],
  ['proposals', 'motivation'],
  ['proposals', 'rejection_note'],
] as const;

/** Tables holding a candidate's coaching record: personal data that erasure removes. */
const ERASED_WITH_CANDIDATE = [
  'matches',
  'coaching_contacts',
  'coaching_goals',
  'coaching_hours',
  'coaching_evaluations',
] as const;

function isAdviser(actor: Actor): boolean {
  return actor.roles.includes('hr_adviser');
}

function toSummary(candidate: CandidateEntity): CandidateSummaryDto {
  return {
    id: candidate.id,
    displayName: `${candidate.firstName} ${candidate.lastName}`,
    status: candidate.status,
    targetGroup: candidate.targetGroup,
    labourMarketRegion: candidate.labourMarketRegion,
    jobcoachUserId: candidate.jobcoachUserId,
    consentGiven: candidate.consentGiven,
    completenessScore: candidate.completenessScore,
  };
}

export function toProfile(candidate: CandidateEntity): CandidateProfileDto {
  return {
    id: candidate.id,
    firstName: candidate.firstName,
    lastName: candidate.lastName,
    email: candidate.email,
    phone: candidate.phone,
    dateOfBirth: candidate.dateOfBirth,
    bsnLast3: candidate.bsnLast3,
    targetGroup: candidate.targetGroup,
    registerStartDate: candidate.registerStartDate,
    registerEndDate: candidate.registerEndDate,
    postcode: candidate.postcode,
    latitude: candidate.latitude,
    longitude: candidate.longitude,
    labourMarketRegion: candidate.labourMarketRegion,
    legalGround: candidate.legalGround,
    educationLevel: candidate.educationLevel,
    workExperience: candidate.workExperience,
    skills: candidate.skills,
    interests: candidate.interests,
    preferredSectors: candidate.preferredSectors,
    notes: candidate.notes,
    status: candidate.status,
    consent: {
      given: candidate.consentGiven,
      date: candidate.consentDate ? candidate.consentDate.toISOString() : null,
      scope: candidate.consentScope,
    },
    placementStartDate: candidate.placementStartDate,
    placementHoursPerWeek: candidate.placementHoursPerWeek,
    jobcoachUserId: candidate.jobcoachUserId,
    completeness: completenessOf(candidate),
    limitations: candidate.limitations,
    maxHoursPerWeek: candidate.maxHoursPerWeek,
    maxHoursPerDay: candidate.maxHoursPerDay,
    eveningsAllowed: candidate.eveningsAllowed,
    nightsAllowed: candidate.nightsAllowed,
    weekendsAllowed: candidate.weekendsAllowed,
    travelRadiusKm: candidate.travelRadiusKm,
    travelMode: candidate.travelMode,
    accommodations: candidate.accommodations,
    wageValuePercent: candidate.wageValuePercent,
    updatedAt: candidate.updatedAt.toISOString(),
  };
}
