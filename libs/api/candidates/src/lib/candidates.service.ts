import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CandidateProfileDto,
  CandidateSummaryDto,
} from '@jcw/shared-contracts';
import type { DataSource, EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  Actor,
  AppConfig,
  RequestContext,
} from '@jcw/api-platform';
import { AuditService, UserEntity } from '@jcw/api-identity';
import type { CreateCandidateDto, UpdateCandidateDto } from './candidate.dto';
import { CandidateEntity } from './candidate.entity';
import {
  CandidatesErrorCode,
  CandidatesException,
} from './candidates.exception';
import { bsnHash } from './bsn-hash';
import { completenessOf } from './completeness';

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
  ) {}

  async list(actor: Actor): Promise<CandidateSummaryDto[]> {
    const query = this.dataSource
      .getRepository(CandidateEntity)
      .createQueryBuilder('c')
      .where('c.organisation_id = :organisationId', {
        organisationId: actor.organisationId,
      });
    if (!isAdviser(actor))
      query.andWhere('c.jobcoach_user_id = :userId', { userId: actor.userId });
    const candidates = await query
      .orderBy('c.last_name')
      .addOrderBy('c.first_name')
      .getMany();
    return candidates.map(toSummary);
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
      });
      await manager.save(CandidateEntity, candidate);
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
        if (value === undefined || key === 'consentGiven') continue;
        if (
          JSON.stringify(candidate[key as keyof CandidateEntity]) !==
          JSON.stringify(value)
        ) {
          (candidate as unknown as Record<string, unknown>)[key] = value;
          changed.push(key);
        }
      }
      if (
        request.consentGiven !== undefined &&
        request.consentGiven !== candidate.consentGiven
      ) {
        candidate.consentGiven = request.consentGiven;
        candidate.consentDate = new Date();
        changed.push('consentGiven');
      }
      if (changed.length > 0) {
        await manager.save(CandidateEntity, candidate);
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
      where: { id, organisationId: actor.organisationId as string },
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

function isAdviser(actor: Actor): boolean {
  return actor.roles.includes('hr_adviser');
}

function toSummary(candidate: CandidateEntity): CandidateSummaryDto {
  return {
    id: candidate.id,
    displayName: `${candidate.firstName} ${candidate.lastName}`,
    status: candidate.status,
    targetGroup: candidate.targetGroup,
    jobcoachUserId: candidate.jobcoachUserId,
    consentGiven: candidate.consentGiven,
    completenessScore: completenessOf(candidate).score,
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
    educationLevel: candidate.educationLevel,
    skills: candidate.skills,
    interests: candidate.interests,
    notes: candidate.notes,
    status: candidate.status,
    consent: {
      given: candidate.consentGiven,
      date: candidate.consentDate ? candidate.consentDate.toISOString() : null,
    },
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
