import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import {
  Actor,
  OutboxService,
  RequestContext,
  onceForKey,
  retryOnDeadlock,
} from '@jcw/api-platform';
import { AuditService, OrgUnitEntity, UserEntity } from '@jcw/api-identity';
import { CandidateEntity, announceMatchingChange } from '@jcw/api-candidates';
import { CarvedPackageEntity } from '@jcw/api-carving';
import type {
  CreatePlacementRequest,
  LedgerEntryDto,
  LedgerEntryKind,
  PlacementDto,
  PlacementPage,
} from '@jcw/shared-contracts';
import {
  countingIntervals,
  peakCombinedHours,
  todayInTheNetherlands,
} from '@jcw/shared-domain';
import {
  ChangePlacementHoursDto,
  CreatePlacementDto,
  EndPlacementDto,
  PlacementListQueryDto,
  UpdatePlacementDto,
} from './placements.dto';
import {
  PlacementEntity,
  PlacementHoursEntity,
  QuotaLedgerEntryEntity,
} from './placements.entities';
import {
  PlacementsErrorCode,
  PlacementsException,
} from './placements.exception';
import { ledgerEntryDtos, toPlacementDto } from './placements.mapping';
import { LedgerChange, QuotaLedger } from './quota-ledger';

/** Without a stated maximum a candidate is held to a full-time week. */
const DEFAULT_MAX_HOURS_PER_WEEK = 40;

function organisationOf(actor: Actor): string {
  if (!actor.organisationId)
    throw new Error('placement route reached without an organisation');
  return actor.organisationId;
}

/**
 * Placements of an organisation, kept by its HR advisers. Every write locks the candidate first
 * and then the placement, so all writes about one person serialise (the overlapping-hours check
 * and the ledger see each other's results), and appends its ledger line in the same transaction.
 */
@Injectable()
export class PlacementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: QuotaLedger,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async list(
    actor: Actor,
    query: PlacementListQueryDto,
  ): Promise<PlacementPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const today = todayInTheNetherlands();
    const builder = this.dataSource.manager
      .createQueryBuilder(PlacementEntity, 'p')
      .where('p.organisation_id = :organisationId', {
        organisationId: organisationOf(actor),
      });
    if (query.method)
      builder.andWhere('p.method = :method', { method: query.method });
    if (query.unitId)
      builder.andWhere('p.unit_id = :unitId', { unitId: query.unitId });
    if (query.candidateId)
      builder.andWhere('p.candidate_id = :candidateId', {
        candidateId: query.candidateId,
      });
    if (query.status === 'ended')
      builder.andWhere('p.end_date < :today', { today });
    if (query.status === 'planned')
      builder.andWhere('p.start_date > :today', { today });
    if (query.status === 'active')
      builder.andWhere(
        'p.start_date <= :today AND (p.end_date IS NULL OR p.end_date >= :today)',
        { today },
      );
    const [rows, total] = await builder
      .orderBy('p.start_date', 'DESC')
      .addOrderBy('p.id')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return {
      items: await this.dtos(this.dataSource.manager, rows),
      total,
      page,
      pageSize,
    };
  }

  async get(actor: Actor, id: string): Promise<PlacementDto> {
    const manager = this.dataSource.manager;
    const placement = await this.find(manager, actor, id);
    return (await this.dtos(manager, [placement]))[0];
  }

  async ledgerOf(actor: Actor, id: string): Promise<LedgerEntryDto[]> {
    const manager = this.dataSource.manager;
    const placement = await this.find(manager, actor, id);
    const entries = await manager.find(QuotaLedgerEntryEntity, {
      where: { placementId: placement.id },
      order: { id: 'ASC' },
    });
    return ledgerEntryDtos(manager, entries);
  }

  async create(
    actor: Actor,
    request: CreatePlacementDto,
    idempotencyKey: string | undefined,
    context: RequestContext,
  ): Promise<PlacementDto> {
    return retryOnDeadlock(() =>
      this.dataSource.transaction((manager) =>
        onceForKey(
          manager,
          {
            userId: actor.userId,
            key: idempotencyKey,
            scope: 'placements.create',
            body: request,
          },
          () => this.createIn(manager, actor, request, context),
        ),
      ),
    );
  }

  /**
   * A new placement inside the caller's transaction: an accepted proposal creates its placement
   * in the same transaction that marks the proposal accepted.
   */
  async createIn(
    manager: EntityManager,
    actor: Actor,
    request: CreatePlacementRequest,
    context: RequestContext,
  ): Promise<PlacementDto> {
    const organisationId = organisationOf(actor);
    const candidate = await this.lockCandidate(
      manager,
      organisationId,
      request.candidateId,
      'candidateId',
    );
    await this.assertUnit(manager, organisationId, request.unitId);
    if (request.jobcoachUserId)
      await this.assertJobcoach(
        manager,
        organisationId,
        request.jobcoachUserId,
      );
    const placement = manager.create(PlacementEntity, {
      organisationId,
      unitId: request.unitId,
      candidateId: candidate.id,
      packageId: request.packageId ?? null,
      method: request.method,
      contractKind: request.contractKind,
      lenderName: request.lenderName ?? null,
      teamName: request.teamName ?? null,
      teamLeaderName: request.teamLeaderName ?? null,
      jobcoachUserId: request.jobcoachUserId ?? null,
      startDate: request.startDate,
      plannedEndDate: request.plannedEndDate ?? null,
      endDate: null,
      endReason: null,
      endNote: null,
      createdByUserId: actor.userId,
    });
    assertMethodDetails(placement);
    assertPlannedEnd(placement);
    const hours = [
      {
        effectiveFrom: request.startDate,
        hoursPerWeek: request.hoursPerWeek,
      },
    ];
    await this.assertWithinCandidateHours(
      manager,
      candidate,
      null,
      placement,
      hours,
    );
    await manager.save(placement);
    await manager.insert(
      PlacementHoursEntity,
      hours.map((step) => ({ ...step, placementId: placement.id })),
    );
    if (request.packageId)
      await this.fillPackage(manager, organisationId, request.packageId);
    // The person is at work now; coaching reads the first placement's start and hours.
    await manager.update(CandidateEntity, candidate.id, {
      status: 'placed',
      placementStartDate: candidate.placementStartDate ?? placement.startDate,
      placementHoursPerWeek:
        candidate.placementHoursPerWeek ?? request.hoursPerWeek,
    });
    // A placed person is no longer matched: their scores go in the worker.
    if (candidate.status !== 'placed')
      await announceMatchingChange(this.outbox, manager, [candidate.id]);
    await this.appendLedger(manager, actor, placement, hours, candidate, {
      kind: 'placement_started',
      effectiveDate: placement.startDate,
      note: null,
    });
    await this.audit.record(
      {
        action: 'entity.created',
        organisationId,
        actorUserId: actor.userId,
        entityType: 'placement',
        entityId: placement.id,
        requestId: context.requestId,
      },
      manager,
    );
    return (await this.dtos(manager, [placement]))[0];
  }

  async update(
    actor: Actor,
    id: string,
    request: UpdatePlacementDto,
    idempotencyKey: string | undefined,
    context: RequestContext,
  ): Promise<PlacementDto> {
    return this.write(
      actor,
      id,
      idempotencyKey,
      'update',
      request,
      context,
      async (manager, placement, hours) => {
        const organisationId = organisationOf(actor);
        if (request.unitId !== undefined && request.unitId !== placement.unitId)
          await this.assertUnit(manager, organisationId, request.unitId);
        if (request.jobcoachUserId)
          await this.assertJobcoach(
            manager,
            organisationId,
            request.jobcoachUserId,
          );
        const changed: string[] = [];
        for (const key of [
          'unitId',
          'method',
          'contractKind',
          'lenderName',
          'teamName',
          'teamLeaderName',
          'jobcoachUserId',
          'plannedEndDate',
          'startDate',
        ] as const) {
          const value = request[key];
          if (value !== undefined && value !== placement[key]) {
            (placement as unknown as Record<string, unknown>)[key] = value;
            changed.push(key);
          }
        }
        if (
          placement.endDate !== null &&
          placement.startDate > placement.endDate
        )
          throw PlacementsException.invalid(
            'startDate',
            "startDate must not be after the placement's end date",
          );
        assertMethodDetails(placement);
        assertPlannedEnd(placement);
        // A start moved earlier than every hours step takes the first step with it.
        const first = hours[0];
        if (first && placement.startDate < first.effectiveFrom) {
          await manager.delete(PlacementHoursEntity, {
            placementId: placement.id,
            effectiveFrom: first.effectiveFrom,
          });
          first.effectiveFrom = placement.startDate;
          await manager.insert(PlacementHoursEntity, {
            ...first,
            placementId: placement.id,
          });
        }
        return {
          changed,
          ledger: {
            kind: 'corrected',
            effectiveDate:
              request.startDate !== undefined
                ? placement.startDate
                : todayInTheNetherlands(),
            note: request.note ?? null,
          },
        };
      },
    );
  }

  async changeHours(
    actor: Actor,
    id: string,
    request: ChangePlacementHoursDto,
    idempotencyKey: string | undefined,
    context: RequestContext,
  ): Promise<PlacementDto> {
    return this.write(
      actor,
      id,
      idempotencyKey,
      'hours',
      request,
      context,
      async (manager, placement, hours) => {
        if (request.effectiveFrom < placement.startDate)
          throw PlacementsException.invalid(
            'effectiveFrom',
            "effectiveFrom must not be before the placement's start date",
          );
        if (
          placement.endDate !== null &&
          request.effectiveFrom > placement.endDate
        )
          throw PlacementsException.invalid(
            'effectiveFrom',
            "effectiveFrom must not be after the placement's end date",
          );
        const existing = hours.find(
          (step) => step.effectiveFrom === request.effectiveFrom,
        );
        if (existing) {
          existing.hoursPerWeek = request.hoursPerWeek;
          await manager.update(
            PlacementHoursEntity,
            { placementId: placement.id, effectiveFrom: request.effectiveFrom },
            { hoursPerWeek: request.hoursPerWeek },
          );
        } else {
          hours.push({
            effectiveFrom: request.effectiveFrom,
            hoursPerWeek: request.hoursPerWeek,
          });
          hours.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
          await manager.insert(PlacementHoursEntity, {
            placementId: placement.id,
            effectiveFrom: request.effectiveFrom,
            hoursPerWeek: request.hoursPerWeek,
          });
        }
        const retroactive = request.effectiveFrom < todayInTheNetherlands();
        return {
          changed: ['hoursPerWeek'],
          ledger: {
            kind: retroactive ? 'corrected' : 'hours_changed',
            effectiveDate: request.effectiveFrom,
            note: request.note ?? null,
          },
        };
      },
    );
  }

  async end(
    actor: Actor,
    id: string,
    request: EndPlacementDto,
    idempotencyKey: string | undefined,
    context: RequestContext,
  ): Promise<PlacementDto> {
    return this.write(
      actor,
      id,
      idempotencyKey,
      'end',
      request,
      context,
      async (_manager, placement) => {
        if (request.endDate < placement.startDate)
          throw PlacementsException.invalid(
            'endDate',
            "endDate must not be before the placement's start date",
          );
        const correcting = placement.endDate !== null;
        placement.endDate = request.endDate;
        placement.endReason = request.reason;
        placement.endNote = request.note ?? null;
        return {
          changed: ['endDate', 'endReason'],
          ledger: {
            kind: correcting ? 'corrected' : 'placement_ended',
            effectiveDate: request.endDate,
            note: request.note ?? null,
          },
        };
      },
    );
  }

  /**
   * Recounts every placement of a candidate after their register dates or target group changed
   * (the worker calls this from the outbox). Appends only where the counting really changed, so
   * running it twice changes nothing.
   */
  async recountCandidate(
    manager: EntityManager,
    candidateId: string,
  ): Promise<number> {
    const candidate = await manager.findOne(CandidateEntity, {
      where: { id: candidateId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!candidate) return 0;
    const placements = await manager.find(PlacementEntity, {
      where: { candidateId },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    const changes = [];
    for (const placement of placements) {
      const hours = await this.hoursOf(manager, placement.id);
      changes.push(
        this.ledgerChange(null, placement, hours, candidate, {
          kind: 'register_changed',
          effectiveDate: candidate.registerEndDate ?? todayInTheNetherlands(),
          note: null,
        }),
      );
    }
    return this.ledger.recordAll(manager, changes);
  }

  private async write(
    actor: Actor,
    id: string,
    idempotencyKey: string | undefined,
    operation: string,
    body: object,
    context: RequestContext,
    change: (
      manager: EntityManager,
      placement: PlacementEntity,
      hours: { effectiveFrom: string; hoursPerWeek: number }[],
      candidate: CandidateEntity,
    ) => Promise<{
      changed: string[];
      ledger: {
        kind: LedgerEntryKind;
        effectiveDate: string;
        note: string | null;
      };
    }>,
  ): Promise<PlacementDto> {
    return retryOnDeadlock(() =>
      this.dataSource.transaction((manager) =>
        onceForKey(
          manager,
          {
            userId: actor.userId,
            key: idempotencyKey,
            scope: `placements.${operation}.${id}`,
            body,
          },
          async () => {
            const organisationId = organisationOf(actor);
            const unlocked = await this.find(manager, actor, id);
            const candidate = await this.lockCandidate(
              manager,
              organisationId,
              unlocked.candidateId,
            );
            const placement = await manager.findOneOrFail(PlacementEntity, {
              where: { id: unlocked.id },
              lock: { mode: 'pessimistic_write' },
            });
            const hours = await this.hoursOf(manager, placement.id);
            const outcome = await change(manager, placement, hours, candidate);
            await this.assertWithinCandidateHours(
              manager,
              candidate,
              placement.id,
              placement,
              hours,
            );
            placement.version += 1;
            await manager.save(placement);
            await this.appendLedger(
              manager,
              actor,
              placement,
              hours,
              candidate,
              outcome.ledger,
            );
            if (outcome.changed.length > 0)
              await this.audit.record(
                {
                  action: 'entity.updated',
                  organisationId,
                  actorUserId: actor.userId,
                  entityType: 'placement',
                  entityId: placement.id,
                  changedFields: [...outcome.changed].sort(),
                  requestId: context.requestId,
                },
                manager,
              );
            return (await this.dtos(manager, [placement]))[0];
          },
        ),
      ),
    );
  }

  private appendLedger(
    manager: EntityManager,
    actor: Actor | null,
    placement: PlacementEntity,
    hours: { effectiveFrom: string; hoursPerWeek: number }[],
    candidate: CandidateEntity,
    entry: {
      kind: LedgerEntryKind;
      effectiveDate: string;
      note: string | null;
    },
  ): Promise<boolean> {
    return this.ledger.record(
      manager,
      this.ledgerChange(actor, placement, hours, candidate, entry),
    );
  }

  private ledgerChange(
    actor: Actor | null,
    placement: PlacementEntity,
    hours: { effectiveFrom: string; hoursPerWeek: number }[],
    candidate: CandidateEntity,
    entry: {
      kind: LedgerEntryKind;
      effectiveDate: string;
      note: string | null;
    },
  ): LedgerChange {
    return {
      placementId: placement.id,
      candidateId: placement.candidateId,
      organisationId: placement.organisationId,
      unitId: placement.unitId,
      method: placement.method,
      targetGroup: candidate.targetGroup,
      intervals: countingIntervals({
        startDate: placement.startDate,
        endDate: placement.endDate,
        hoursHistory: hours,
        registerEndDate: candidate.registerEndDate,
      }),
      kind: entry.kind,
      effectiveDate: entry.effectiveDate,
      note: entry.note,
      recordedByUserId: actor?.userId ?? null,
    };
  }

  /**
   * A person's placements may overlap only while their weekly hours together stay within the
   * person's maximum. The register end date is left out: it ends the counting, not the work.
   */
  private async assertWithinCandidateHours(
    manager: EntityManager,
    candidate: CandidateEntity,
    placementId: string | null,
    placement: Pick<PlacementEntity, 'startDate' | 'endDate'>,
    hours: { effectiveFrom: string; hoursPerWeek: number }[],
  ): Promise<void> {
    const others = await manager.find(PlacementEntity, {
      where: {
        candidateId: candidate.id,
        ...(placementId ? { id: Not(placementId) } : {}),
      },
    });
    const otherHours = await this.hoursByPlacement(
      manager,
      others.map((other) => other.id),
    );
    const timeline = (
      p: Pick<PlacementEntity, 'startDate' | 'endDate'>,
      steps: { effectiveFrom: string; hoursPerWeek: number }[],
    ) =>
      countingIntervals({
        startDate: p.startDate,
        endDate: p.endDate,
        hoursHistory: steps,
        registerEndDate: null,
      });
    const peak = peakCombinedHours([
      timeline(placement, hours),
      ...others.map((other) => timeline(other, otherHours.get(other.id) ?? [])),
    ]);
    const maximum = candidate.maxHoursPerWeek ?? DEFAULT_MAX_HOURS_PER_WEEK;
    if (peak.hoursPerWeek > maximum) {
      const message = `hoursPerWeek: the candidate's placements would add up to ${peak.hoursPerWeek} hours a week from ${peak.date}, more than their maximum of ${maximum}`;
      throw new PlacementsException(
        PlacementsErrorCode.HoursExceeded,
        message,
        [{ field: 'hoursPerWeek', message }],
      );
    }
  }

  private async fillPackage(
    manager: EntityManager,
    organisationId: string,
    packageId: string,
  ): Promise<void> {
    const pkg = await manager.findOne(CarvedPackageEntity, {
      where: { id: packageId, organisationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!pkg)
      throw PlacementsException.invalid(
        'packageId',
        'packageId is not a package of your organisation',
      );
    if (pkg.status !== 'published') {
      const message =
        pkg.status === 'draft'
          ? 'packageId: the package is a draft; publish it before placing someone on it'
          : `packageId: the package is ${pkg.status} and takes no new placement`;
      throw new PlacementsException(PlacementsErrorCode.PackageTaken, message, [
        { field: 'packageId', message },
      ]);
    }
    // One carved package is one job: the placement fills it and freezes its tasks' hours.
    pkg.status = 'filled';
    await manager.save(pkg);
  }

  private async find(
    manager: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<PlacementEntity> {
    const placement = await manager.findOneBy(PlacementEntity, {
      id,
      organisationId: organisationOf(actor),
    });
    if (!placement) throw PlacementsException.notFound();
    return placement;
  }

  private async lockCandidate(
    manager: EntityManager,
    organisationId: string,
    candidateId: string,
    field?: string,
  ): Promise<CandidateEntity> {
    const candidate = await manager.findOne(CandidateEntity, {
      where: { id: candidateId, organisationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!candidate || (field && candidate.erasedAt !== null)) {
      if (field)
        throw PlacementsException.invalid(
          field,
          `${field} is not a candidate of your organisation`,
        );
      throw PlacementsException.notFound();
    }
    return candidate;
  }

  private async assertUnit(
    manager: EntityManager,
    organisationId: string,
    unitId: string,
  ) {
    const unit = await manager.findOneBy(OrgUnitEntity, {
      id: unitId,
      organisationId,
    });
    if (!unit)
      throw PlacementsException.invalid(
        'unitId',
        'unitId is not a unit of your organisation',
      );
  }

  private async assertJobcoach(
    manager: EntityManager,
    organisationId: string,
    userId: string,
  ) {
    const coach = await manager.findOneBy(UserEntity, {
      id: userId,
      organisationId,
    });
    if (!coach || !coach.roles.includes('jobcoach'))
      throw PlacementsException.invalid(
        'jobcoachUserId',
        'jobcoachUserId is not a jobcoach of your organisation',
      );
  }

  private async hoursOf(manager: EntityManager, placementId: string) {
    return (
      (await this.hoursByPlacement(manager, [placementId])).get(placementId) ??
      []
    );
  }

  private async hoursByPlacement(
    manager: EntityManager,
    placementIds: string[],
  ): Promise<Map<string, { effectiveFrom: string; hoursPerWeek: number }[]>> {
    const byPlacement = new Map<
      string,
      { effectiveFrom: string; hoursPerWeek: number }[]
    >();
    if (placementIds.length === 0) return byPlacement;
    const rows = await manager.find(PlacementHoursEntity, {
      where: { placementId: In(placementIds) },
      order: { effectiveFrom: 'ASC' },
    });
    for (const row of rows) {
      const list = byPlacement.get(row.placementId) ?? [];
      list.push({
        effectiveFrom: row.effectiveFrom,
        hoursPerWeek: row.hoursPerWeek,
      });
      byPlacement.set(row.placementId, list);
    }
    return byPlacement;
  }

  private async dtos(
    manager: EntityManager,
    placements: PlacementEntity[],
  ): Promise<PlacementDto[]> {
    if (placements.length === 0) return [];
    const ids = placements.map((p) => p.id);
    // One after the other: inside a transaction they share one connection, which runs one query
    // at a time anyway (pg deprecates queueing them).
    const hours = await this.hoursByPlacement(manager, ids);
    const candidates = await manager.findBy(CandidateEntity, {
      id: In(placements.map((p) => p.candidateId)),
    });
    const units = await manager.findBy(OrgUnitEntity, {
      id: In(placements.map((p) => p.unitId)),
    });
    const packageIds = placements.flatMap((p) =>
      p.packageId ? [p.packageId] : [],
    );
    const packages = packageIds.length
      ? await manager.findBy(CarvedPackageEntity, { id: In(packageIds) })
      : [];
    const byId = <T extends { id: string }>(rows: T[]) =>
      new Map(rows.map((row) => [row.id, row]));
    const candidateById = byId(candidates);
    const unitById = byId(units);
    const packageById = byId(packages);
    const today = todayInTheNetherlands();
    return placements.map((placement) =>
      toPlacementDto(placement, {
        hours: hours.get(placement.id) ?? [],
        candidate: candidateById.get(placement.candidateId) as CandidateEntity,
        unitName: unitById.get(placement.unitId)?.name ?? '',
        packageTitle: placement.packageId
          ? (packageById.get(placement.packageId)?.title ?? null)
          : null,
        today,
      }),
    );
  }
}

function assertMethodDetails(placement: PlacementEntity): void {
  if (placement.method === 'hired_in' && !placement.lenderName)
    throw PlacementsException.invalid(
      'lenderName',
      'lenderName is required for hired-in work: the lender does not count the job, you do',
    );
  if (placement.method === 'collective') {
    if (!placement.teamName)
      throw PlacementsException.invalid(
        'teamName',
        'teamName is required for a collective placement',
      );
    if (!placement.teamLeaderName)
      throw PlacementsException.invalid(
        'teamLeaderName',
        'teamLeaderName is required for a collective placement',
      );
  }
}

function assertPlannedEnd(placement: PlacementEntity): void {
  if (
    placement.plannedEndDate !== null &&
    placement.plannedEndDate < placement.startDate
  )
    throw PlacementsException.invalid(
      'plannedEndDate',
      'plannedEndDate must not be before startDate',
    );
}
