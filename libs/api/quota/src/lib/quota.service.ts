import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  APP_CONFIG,
  Actor,
  AppConfig,
  PlatformErrorCode,
  PlatformException,
  RequestContext,
} from '@jcw/api-platform';
import {
  AuditService,
  OrgUnitEntity,
  OrganisationEntity,
} from '@jcw/api-identity';
import { QuotaYearParametersEntity } from '@jcw/api-carving';
import {
  QuotaLedgerEntryEntity,
  ledgerEntryDtos,
  scopedOrganisation,
} from '@jcw/api-placements';
import {
  JobUnitsBreakdown,
  OrganisationQuotaYearDto,
  PayrollImportResultDto,
  QuotaDashboardDto,
  QuotaLineDto,
  QuotaLinesDto,
  QuotaOverviewDto,
  QuotaOverviewRowDto,
  QuotaSliceDto,
  QuotaYearParametersDto,
} from '@jcw/shared-contracts';
import {
  HOURS_PER_JOB_WEEK,
  dayNumber,
  hoursOn,
  quotaOutcome,
  todayInTheNetherlands,
  yearTotalJobs,
} from '@jcw/shared-domain';
import {
  CounterRow,
  YearWindow,
  quarterBounds,
  readCounter,
  yearWindow,
} from './counter-figures';
import { parsePayrollCsv } from './payroll-csv';
import {
  OrganisationYearDto,
  PutQuotaYearParametersDto,
  QuotaLinesQueryDto,
} from './quota.dto';
import { OrganisationQuotaYearEntity } from './quota.entities';

const jobs = (hours: number) => hours / HOURS_PER_JOB_WEEK;

function notFound(what: string): PlatformException {
  return new PlatformException(PlatformErrorCode.NotFound, `${what} not found`);
}

function toParametersDto(
  row: QuotaYearParametersEntity,
  updatedBy: string | null,
): QuotaYearParametersDto {
  return {
    year: row.year,
    quotaFraction: row.quotaFraction,
    levyPerUnfilledJob: row.levyPerUnfilledJob,
    weeksPerYear: row.weeksPerYear,
    thresholdPaidHours: row.thresholdPaidHours,
    procurementCounts: row.procurementCounts,
    sourceNote: row.sourceNote,
    toConfirm: row.toConfirm,
    updatedAt: row.updatedAt?.toISOString() ?? null,
    updatedBy,
  };
}

function toOrganisationYearDto(
  organisationId: string,
  year: number,
  row: OrganisationQuotaYearEntity | null,
): OrganisationQuotaYearDto {
  return {
    organisationId,
    year,
    totalPaidHours: row?.totalPaidHours ?? null,
    paidHoursSource: row?.paidHoursSource ?? null,
    explicitTargetJobs: row?.explicitTargetJobs ?? null,
    note: row?.note ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

/** Figures of one organisation and year, in job units, before they become a DTO. */
interface Figures {
  stand: JobUnitsBreakdown;
  toDate: JobUnitsBreakdown;
  projected: JobUnitsBreakdown;
}

/**
 * The quota: the year's legal parameters, an organisation's paid hours and target, and the
 * figures read from the counter (stand at a date, year to date, projected year total), turned
 * into required jobs, realisation and levy by the shared-domain rules.
 */
@Injectable()
export class QuotaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async parameters(): Promise<QuotaYearParametersDto[]> {
    const rows = await this.dataSource.manager.find(QuotaYearParametersEntity, {
      order: { year: 'ASC' },
      relations: { updatedBy: true },
    });
    return rows.map((row) =>
      toParametersDto(row, row.updatedBy?.displayName ?? null),
    );
  }

  async putParameters(
    actor: Actor,
    year: number,
    body: PutQuotaYearParametersDto,
    context: RequestContext,
  ): Promise<QuotaYearParametersDto> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(QuotaYearParametersEntity, {
        where: { year },
        lock: { mode: 'pessimistic_write' },
      });
      const row =
        existing ?? manager.create(QuotaYearParametersEntity, { year });
      const changed = (
        Object.keys(body) as (keyof PutQuotaYearParametersDto)[]
      ).filter((key) => !existing || existing[key] !== body[key]);
      Object.assign(row, body, {
        updatedAt: new Date(),
        updatedByUserId: actor.userId,
      });
      await manager.save(row);
      await this.audit.record(
        {
          action: existing ? 'entity.updated' : 'entity.created',
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          entityType: 'quota_year_parameters',
          entityId: String(year),
          changedFields: changed.sort(),
          requestId: context.requestId,
        },
        manager,
      );
      return toParametersDto(row, actor.displayName);
    });
  }

  async organisationYear(
    actor: Actor,
    organisationId: string,
    year: number,
  ): Promise<OrganisationQuotaYearDto> {
    const scoped = await this.visibleOrganisation(actor, organisationId);
    const row = await this.dataSource.manager.findOneBy(
      OrganisationQuotaYearEntity,
      {
        organisationId: scoped.id,
        year,
      },
    );
    return toOrganisationYearDto(scoped.id, year, row);
  }

  async putOrganisationYear(
    actor: Actor,
    organisationId: string,
    year: number,
    body: OrganisationYearDto,
    context: RequestContext,
    source: 'entered' | 'payroll_import' = 'entered',
  ): Promise<OrganisationQuotaYearDto> {
    if (organisationId !== actor.organisationId) throw notFound('Organisation');
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(OrganisationQuotaYearEntity, {
        where: { organisationId, year },
        lock: { mode: 'pessimistic_write' },
      });
      const row =
        existing ??
        manager.create(OrganisationQuotaYearEntity, { organisationId, year });
      const changed: string[] = [];
      if (!existing || existing.totalPaidHours !== body.totalPaidHours) {
        changed.push('totalPaidHours');
        row.paidHoursSource = body.totalPaidHours === null ? null : source;
      }
      if (!existing || existing.explicitTargetJobs !== body.explicitTargetJobs)
        changed.push('explicitTargetJobs');
      if (body.note !== undefined && (!existing || existing.note !== body.note))
        changed.push('note');
      row.totalPaidHours = body.totalPaidHours;
      row.explicitTargetJobs = body.explicitTargetJobs;
      if (body.note !== undefined) row.note = body.note;
      row.updatedAt = new Date();
      row.updatedByUserId = actor.userId;
      await manager.save(row);
      await this.audit.record(
        {
          action: existing ? 'entity.updated' : 'entity.created',
          organisationId,
          actorUserId: actor.userId,
          entityType: 'organisation_quota_year',
          entityId: String(year),
          changedFields: changed.sort(),
          requestId: context.requestId,
        },
        manager,
      );
      return toOrganisationYearDto(organisationId, year, row);
    });
  }

  async importPayroll(
    actor: Actor,
    organisationId: string,
    year: number,
    csv: string,
    context: RequestContext,
  ): Promise<PayrollImportResultDto> {
    const parsed = parsePayrollCsv(csv);
    const current = await this.organisationYear(actor, organisationId, year);
    const saved = await this.putOrganisationYear(
      actor,
      organisationId,
      year,
      {
        totalPaidHours: parsed.totalPaidHours,
        explicitTargetJobs: current.explicitTargetJobs,
        note: `payroll import: ${parsed.rows} rows`,
      },
      context,
      'payroll_import',
    );
    return {
      rows: parsed.rows,
      totalPaidHours: parsed.totalPaidHours,
      year: saved,
    };
  }

  async dashboard(
    actor: Actor,
    requestedOrganisationId: string | undefined,
    year: number,
    date?: string,
  ): Promise<QuotaDashboardDto> {
    const organisationId = scopedOrganisation(actor, requestedOrganisationId);
    if (organisationId === null)
      throw new PlatformException(
        PlatformErrorCode.Unprocessable,
        'organisationId is required: choose an organisation',
        [
          {
            field: 'organisationId',
            message: 'organisationId is required for a coordinator',
          },
        ],
      );
    const manager = this.dataSource.manager;
    const organisation = await this.visibleOrganisation(actor, organisationId);
    const parameters = await this.yearParameters(manager, year);
    const window = yearWindow(year, todayInTheNetherlands(), date);
    const [counter, target, units, pipeline] = await Promise.all([
      readCounter(manager, [organisation.id], window),
      manager.findOneBy(OrganisationQuotaYearEntity, {
        organisationId: organisation.id,
        year,
      }),
      manager.findBy(OrgUnitEntity, { organisationId: organisation.id }),
      this.pipeline(manager, organisation.id, window),
    ]);
    const counts = (row: CounterRow) =>
      row.method !== 'procurement' || parameters.procurementCounts;
    const figures = figuresOf(counter, window, counts);
    const outcome = this.outcome(
      parameters,
      target,
      figures.projected.counting,
    );
    const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
    const slices = (
      keyOf: (row: CounterRow) => string,
      rows: CounterRow[],
      label?: (key: string) => string | null,
    ) => {
      const byKey = new Map<string, CounterRow[]>();
      for (const row of rows)
        byKey.set(keyOf(row), [...(byKey.get(keyOf(row)) ?? []), row]);
      return [...byKey]
        .map(([key, group]): QuotaSliceDto => {
          const sliceFigures = figuresOf(group, window, () => true);
          return {
            key,
            label: label ? label(key) : null,
            standToday: sliceFigures.stand.total,
            yearToDate: sliceFigures.toDate.total,
            yearProjected: sliceFigures.projected.total,
          };
        })
        .filter((slice) => slice.standToday !== 0 || slice.yearProjected !== 0)
        .sort(
          (a, b) =>
            b.yearProjected - a.yearProjected || a.key.localeCompare(b.key),
        );
    };
    const counting = counter.filter(counts);
    const today = todayInTheNetherlands();
    const packageJobs =
      (jobs(pipeline.hours) *
        this.config.quota.pipelineFillRate *
        Math.max(0, dayNumber(window.end) - dayNumber(window.asOf))) /
      window.daysInYear;
    const withPipeline = this.outcome(
      parameters,
      target,
      figures.projected.counting + packageJobs,
    );
    return {
      organisationId: organisation.id,
      organisationName: organisation.name,
      year,
      asOf: window.asOf,
      parameters: toParametersDto(parameters, null),
      totalPaidHours: target?.totalPaidHours ?? null,
      explicitTargetJobs: target?.explicitTargetJobs ?? null,
      requiredJobs: outcome?.requiredJobs ?? null,
      belowThreshold: outcome?.belowThreshold ?? false,
      standToday: figures.stand,
      yearToDate: figures.toDate,
      yearProjected: figures.projected,
      realisationFraction: outcome?.realisationFraction ?? null,
      shortfallJobs: outcome?.shortfallJobs ?? null,
      levyEstimate: outcome?.levy ?? null,
      byMethod: slices((row) => row.method, counter),
      byTargetGroup: slices((row) => row.targetGroup, counting),
      byUnit: slices(
        (row) => row.unitId,
        counting,
        (key) => unitName.get(key) ?? null,
      ),
      quarters: quarterBounds(year).map((quarter, i) => ({
        quarter: (i + 1) as 1 | 2 | 3 | 4,
        standAtEnd: jobs(sum(counting, (row) => row.quarterEndHours[i])),
        yearTotalContribution:
          jobs(sum(counting, (row) => row.quarterHourDays[i])) /
          window.daysInYear,
        projected: quarter.end > today,
      })),
      pipeline: {
        plannedPlacements: pipeline.plannedPlacements,
        publishedPackages: pipeline.packages,
        publishedPackageHours: pipeline.hours,
        fillRate: this.config.quota.pipelineFillRate,
        packageJobs,
        yearProjectedWithPipeline: figures.projected.counting + packageJobs,
        shortfallWithPipeline: withPipeline?.shortfallJobs ?? null,
        levyWithPipeline: withPipeline?.levy ?? null,
      },
    };
  }

  async overview(year: number): Promise<QuotaOverviewDto> {
    const manager = this.dataSource.manager;
    const parameters = await this.yearParameters(manager, year);
    const window = yearWindow(year, todayInTheNetherlands());
    const [organisations, counter, targets] = await Promise.all([
      manager.find(OrganisationEntity, {
        where: { active: true },
        order: { name: 'ASC' },
      }),
      readCounter(manager, 'all', window),
      manager.findBy(OrganisationQuotaYearEntity, { year }),
    ]);
    const targetOf = new Map(
      targets.map((target) => [target.organisationId, target]),
    );
    const counts = (row: CounterRow) =>
      row.method !== 'procurement' || parameters.procurementCounts;
    const rows = organisations.map((organisation): QuotaOverviewRowDto => {
      const figures = figuresOf(
        counter.filter((row) => row.organisationId === organisation.id),
        window,
        counts,
      );
      const target = targetOf.get(organisation.id) ?? null;
      const outcome = this.outcome(
        parameters,
        target,
        figures.projected.counting,
      );
      return {
        organisationId: organisation.id,
        organisationName: organisation.name,
        requiredJobs: outcome?.requiredJobs ?? null,
        standToday: figures.stand.counting,
        yearToDate: figures.toDate.counting,
        yearProjected: figures.projected.counting,
        realisationFraction: outcome?.realisationFraction ?? null,
        levyEstimate: outcome?.levy ?? null,
        belowThreshold: outcome?.belowThreshold ?? false,
        paidHoursMissing:
          target?.totalPaidHours == null && target?.explicitTargetJobs == null,
      };
    });
    return {
      year,
      asOf: window.asOf,
      rows,
      totals: {
        requiredJobs: sum(rows, (row) => row.requiredJobs ?? 0),
        standToday: sum(rows, (row) => row.standToday),
        yearToDate: sum(rows, (row) => row.yearToDate),
        yearProjected: sum(rows, (row) => row.yearProjected),
        levyEstimate: sum(rows, (row) => row.levyEstimate ?? 0),
      },
    };
  }

  /**
   * The placements behind a figure, from the newest ledger line of each: without a method the
   * lines of the headline figures (procurement only in a year where it counts).
   */
  async lines(actor: Actor, query: QuotaLinesQueryDto): Promise<QuotaLinesDto> {
    const organisationId = scopedOrganisation(actor, query.organisationId);
    if (organisationId === null)
      throw new PlatformException(
        PlatformErrorCode.Unprocessable,
        'organisationId is required',
        [
          {
            field: 'organisationId',
            message: 'organisationId is required for a coordinator',
          },
        ],
      );
    const manager = this.dataSource.manager;
    const organisation = await this.visibleOrganisation(actor, organisationId);
    const parameters = await this.yearParameters(manager, query.year);
    const window = yearWindow(query.year, todayInTheNetherlands(), query.date);
    const latest = (await manager.query(
      `SELECT DISTINCT ON (placement_id) id, method, target_group, unit_id
         FROM quota_ledger WHERE organisation_id = $1 ORDER BY placement_id, id DESC`,
      [organisation.id],
    )) as {
      id: string;
      method: string;
      target_group: string;
      unit_id: string;
    }[];
    const matching = latest.filter(
      (row) =>
        (query.method === undefined
          ? parameters.procurementCounts || row.method !== 'procurement'
          : row.method === query.method) &&
        (query.targetGroup === undefined ||
          row.target_group === query.targetGroup) &&
        (query.unitId === undefined || row.unit_id === query.unitId),
    );
    const newest = matching.length
      ? await manager.findBy(QuotaLedgerEntryEntity, {
          id: In(matching.map((row) => row.id)),
        })
      : [];
    const inYear = newest.filter((entry) =>
      entry.intervals.some(
        (interval) =>
          interval.from <= window.end &&
          (interval.to === null || interval.to >= window.start),
      ),
    );
    const history = inYear.length
      ? await manager.find(QuotaLedgerEntryEntity, {
          where: { placementId: In(inYear.map((entry) => entry.placementId)) },
          order: { id: 'ASC' },
        })
      : [];
    // Notes are free text about a person: only the HR advisers who keep the placements read them.
    const readsNotes = actor.roles.includes('hr_adviser');
    const historyDtos = (await ledgerEntryDtos(manager, history)).map((line) =>
      readsNotes ? line : { ...line, note: null },
    );
    const units = await manager.findBy(OrgUnitEntity, {
      organisationId: organisation.id,
    });
    const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
    const lines = inYear
      .map((entry): QuotaLineDto => {
        const hoursToday = hoursOn(entry.intervals, window.asOf);
        return {
          placementId: entry.placementId,
          candidateReference: entry.candidateId.slice(0, 8),
          unitId: entry.unitId,
          unitName: unitName.get(entry.unitId) ?? '',
          method: entry.method,
          targetGroup: entry.targetGroup,
          intervals: entry.intervals,
          hoursToday,
          standToday: jobs(hoursToday),
          yearToDate: yearTotalJobs(
            entry.intervals,
            query.year,
            window.toDateEnd,
          ),
          yearProjected: yearTotalJobs(entry.intervals, query.year),
          ledger: historyDtos.filter(
            (line) => line.placementId === entry.placementId,
          ),
        };
      })
      .sort(
        (a, b) =>
          b.yearProjected - a.yearProjected ||
          a.placementId.localeCompare(b.placementId),
      );
    return {
      organisationId: organisation.id,
      year: query.year,
      asOf: window.asOf,
      lines,
      sums: {
        standToday: sum(lines, (line) => line.standToday),
        yearToDate: sum(lines, (line) => line.yearToDate),
        yearProjected: sum(lines, (line) => line.yearProjected),
      },
    };
  }

  private outcome(
    parameters: QuotaYearParametersEntity,
    target: OrganisationQuotaYearEntity | null,
    realisedJobs: number,
  ) {
    if (target?.totalPaidHours == null && target?.explicitTargetJobs == null)
      return null;
    return quotaOutcome(parameters, {
      totalPaidHours: target.totalPaidHours ?? Number.POSITIVE_INFINITY,
      realisedJobs,
      explicitTargetJobs: target.explicitTargetJobs,
    });
  }

  private async pipeline(
    manager: EntityManager,
    organisationId: string,
    window: YearWindow,
  ) {
    const [row] = (await manager.query(
      `SELECT
         (SELECT count(*) FROM carved_packages WHERE organisation_id = $1 AND status = 'published')::int AS packages,
         (SELECT COALESCE(sum(a.hours_per_week), 0) FROM package_allocations a
            JOIN carved_packages p ON p.id = a.package_id
           WHERE p.organisation_id = $1 AND p.status = 'published') AS hours,
         (SELECT count(*) FROM placements WHERE organisation_id = $1
             AND start_date > $2::date AND start_date <= $3::date)::int AS planned`,
      [organisationId, window.asOf, window.end],
    )) as { packages: number; hours: string; planned: number }[];
    return {
      packages: row.packages,
      hours: Number(row.hours),
      plannedPlacements: row.planned,
    };
  }

  private async yearParameters(
    manager: EntityManager,
    year: number,
  ): Promise<QuotaYearParametersEntity> {
    const parameters = await manager.findOneBy(QuotaYearParametersEntity, {
      year,
    });
    if (!parameters)
      throw new PlatformException(
        PlatformErrorCode.NotFound,
        `No quota parameters for ${year}; an admin enters them first`,
        [{ field: 'year', message: `year ${year} has no quota parameters` }],
      );
    return parameters;
  }

  /** The organisation, when the caller may see its figures (own, or any for a coordinator). */
  private async visibleOrganisation(
    actor: Actor,
    organisationId: string,
  ): Promise<OrganisationEntity> {
    const scoped = scopedOrganisation(actor, organisationId);
    const organisation = scoped
      ? await this.dataSource.manager.findOneBy(OrganisationEntity, {
          id: scoped,
        })
      : null;
    if (!organisation) throw notFound('Organisation');
    return organisation;
  }
}

function sum<T>(rows: readonly T[], pick: (row: T) => number): number {
  return rows.reduce((total, row) => total + pick(row), 0);
}

function figuresOf(
  rows: CounterRow[],
  window: YearWindow,
  counts: (row: CounterRow) => boolean,
): Figures {
  const breakdown = (
    pick: (row: CounterRow) => number,
    scale: number,
  ): JobUnitsBreakdown => ({
    total: jobs(sum(rows, pick)) / scale,
    counting: jobs(sum(rows.filter(counts), pick)) / scale,
    procurement:
      jobs(
        sum(
          rows.filter((row) => row.method === 'procurement'),
          pick,
        ),
      ) / scale,
  });
  return {
    stand: breakdown((row) => row.standHours, 1),
    toDate: breakdown((row) => row.toDateHourDays, window.daysInYear),
    projected: breakdown((row) => row.yearHourDays, window.daysInYear),
  };
}
