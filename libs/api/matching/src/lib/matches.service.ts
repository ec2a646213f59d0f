import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, Actor, AppConfig } from '@jcw/api-platform';
import type {
  AssignedCandidateDto,
  CandidateMatchesDto,
  CarvingFeedbackDto,
  DimensionCheckDto,
  MatchRunInfoDto,
  NearMissesDto,
  PackageMatchPage,
  ProposalStatus,
  ScorePartDto,
  TeamAssignmentDto,
} from '@jcw/shared-contracts';
import {
  DEMAND_DIMENSION_KEYS,
  DemandProfile,
  LimitationProfile,
  MAX_FEASIBLE_LEVEL_SUM,
  levelOf,
  todayInTheNetherlands,
} from '@jcw/shared-domain';
import {
  CandidatePool,
  MATCHING_ENGINE_VERSION,
  assignTeam,
} from '@jcw/shared-matching';
import { LoadedPackage, loadPackages, loadPool } from './match-inputs';
import type { TeamAssignmentDtoRequest } from './matching.dto';
import { MatchRunEntity } from './matching.entities';
import { MatchingException } from './matching.exception';
import { pseudonymOf } from './pseudonym';

export function organisationOf(actor: Actor): string {
  if (!actor.organisationId)
    throw new Error('matching route reached without an organisation');
  return actor.organisationId;
}

export function isAdviser(actor: Actor): boolean {
  return actor.roles.includes('hr_adviser');
}

/** The hard-limit check on every dimension the package asks something on. */
export function dimensionChecks(
  demands: DemandProfile,
  limitations: LimitationProfile,
): DimensionCheckDto[] {
  return DEMAND_DIMENSION_KEYS.filter((key) => levelOf(demands, key) > 0).map(
    (key) => {
      const demand = levelOf(demands, key);
      const limitation = levelOf(limitations, key);
      return {
        dimension: key,
        demand,
        limitation,
        ok: demand + limitation <= MAX_FEASIBLE_LEVEL_SUM,
      };
    },
  );
}

interface MatchRow {
  candidate_id: string;
  first_name: string;
  last_name: string;
  limitations: LimitationProfile;
  score: string;
  parts: ScorePartDto[];
  distance_km: string;
  engine_version: string;
  computed_at: Date;
  proposal_id: string | null;
  proposal_status: ProposalStatus | null;
}

/**
 * What advisers read of matching: a package's ranked matches with their explanation, its near
 * misses and carving feedback (stored by the last run), a candidate's matches, and team
 * assignments solved on demand. Names are shown to HR advisers only.
 */
@Injectable()
export class MatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  pseudonym(candidateId: string): string {
    return pseudonymOf(candidateId, this.config.bsnHmacSecret);
  }

  async packageMatches(
    actor: Actor,
    packageId: string,
    page = 1,
    pageSize = 25,
  ): Promise<PackageMatchPage> {
    const manager = this.dataSource.manager;
    const pkg = await this.ownPackage(manager, actor, packageId);
    const { info } = await this.lastRun(manager, pkg);
    const [{ total }] = (await manager.query(
      `SELECT count(*)::int AS total FROM matches WHERE package_id = $1`,
      [packageId],
    )) as { total: number }[];
    const rows = (await manager.query(
      `SELECT m.candidate_id, c.first_name, c.last_name, c.limitations, m.score, m.parts,
              m.distance_km, m.engine_version, m.computed_at, pr.id AS proposal_id,
              pr.status AS proposal_status
         FROM matches m
         JOIN candidates c ON c.id = m.candidate_id
         LEFT JOIN LATERAL (
           SELECT id, status FROM proposals
            WHERE package_id = m.package_id AND candidate_id = m.candidate_id
            ORDER BY proposed_at DESC LIMIT 1
         ) pr ON true
        WHERE m.package_id = $1
        ORDER BY m.score DESC, m.candidate_id
        LIMIT $2 OFFSET $3`,
      [packageId, pageSize, (page - 1) * pageSize],
    )) as MatchRow[];
    return {
      ...info,
      total,
      page,
      pageSize,
      items: rows.map((row) => ({
        candidateId: row.candidate_id,
        pseudonym: this.pseudonym(row.candidate_id),
        candidateName: isAdviser(actor)
          ? `${row.first_name} ${row.last_name}`
          : null,
        score: Number(row.score),
        parts: row.parts,
        distanceKm: Number(row.distance_km),
        dimensions: dimensionChecks(pkg.input.demandProfile, row.limitations),
        engineVersion: row.engine_version,
        computedAt: row.computed_at.toISOString(),
        proposal:
          row.proposal_id && row.proposal_status
            ? { id: row.proposal_id, status: row.proposal_status }
            : null,
      })),
    };
  }

  async nearMisses(actor: Actor, packageId: string): Promise<NearMissesDto> {
    const manager = this.dataSource.manager;
    const pkg = await this.ownPackage(manager, actor, packageId);
    const { run, info } = await this.lastRun(manager, pkg);
    const misses = run?.nearMisses ?? [];
    const names = await this.namesOf(
      manager,
      misses.map((miss) => miss.candidateId),
    );
    return {
      ...info,
      items: misses.map((miss) => ({
        candidateId: miss.candidateId,
        pseudonym: this.pseudonym(miss.candidateId),
        candidateName: isAdviser(actor)
          ? (names.get(miss.candidateId) ?? null)
          : null,
        constraint: miss.constraint,
      })),
    };
  }

  async carvingFeedback(
    actor: Actor,
    packageId: string,
  ): Promise<CarvingFeedbackDto> {
    const manager = this.dataSource.manager;
    const pkg = await this.ownPackage(manager, actor, packageId);
    const { run, info } = await this.lastRun(manager, pkg);
    return {
      ...info,
      feasibleNow: run?.carvingFeedback.feasibleNow ?? null,
      tasks: run?.carvingFeedback.tasks ?? [],
    };
  }

  async candidateMatches(
    actor: Actor,
    candidateId: string,
  ): Promise<CandidateMatchesDto> {
    const manager = this.dataSource.manager;
    const [candidate] = (await manager.query(
      `SELECT id, jobcoach_user_id FROM candidates
        WHERE id = $1 AND organisation_id = $2 AND erased_at IS NULL`,
      [candidateId, organisationOf(actor)],
    )) as { id: string; jobcoach_user_id: string | null }[];
    // A jobcoach sees the matches of their own candidates only; others look "not found".
    if (
      !candidate ||
      (!isAdviser(actor) && candidate.jobcoach_user_id !== actor.userId)
    )
      throw MatchingException.notFound('Candidate');
    const rows = (await manager.query(
      `SELECT m.package_id, p.title, p.unit_id, u.name AS unit_name, m.score, m.parts,
              m.distance_km, m.computed_at,
              (SELECT COALESCE(sum(a.hours_per_week), 0) FROM package_allocations a
                WHERE a.package_id = p.id) AS hours,
              pr.id AS proposal_id, pr.status AS proposal_status
         FROM matches m
         JOIN carved_packages p ON p.id = m.package_id AND p.status = 'published'
         JOIN org_units u ON u.id = p.unit_id
         LEFT JOIN LATERAL (
           SELECT id, status FROM proposals
            WHERE package_id = m.package_id AND candidate_id = m.candidate_id
            ORDER BY proposed_at DESC LIMIT 1
         ) pr ON true
        WHERE m.candidate_id = $1
        ORDER BY m.score DESC, m.package_id
        LIMIT 100`,
      [candidateId],
    )) as {
      package_id: string;
      title: string;
      unit_id: string;
      unit_name: string;
      score: string;
      parts: ScorePartDto[];
      distance_km: string;
      computed_at: Date;
      hours: string;
      proposal_id: string | null;
      proposal_status: ProposalStatus | null;
    }[];
    return {
      candidateId,
      items: rows.map((row) => ({
        packageId: row.package_id,
        packageTitle: row.title,
        unitId: row.unit_id,
        unitName: row.unit_name,
        hoursPerWeek: Number(row.hours),
        score: Number(row.score),
        parts: row.parts,
        distanceKm: Number(row.distance_km),
        computedAt: row.computed_at.toISOString(),
        proposal:
          row.proposal_id && row.proposal_status
            ? { id: row.proposal_id, status: row.proposal_status }
            : null,
      })),
    };
  }

  /**
   * The one-to-one assignment of the chosen packages to the pool that maximises the total score
   * over feasible pairs, solved on fresh data so it reflects the profiles as they are now.
   */
  async teamAssignment(
    actor: Actor,
    request: TeamAssignmentDtoRequest,
  ): Promise<TeamAssignmentDto> {
    const manager = this.dataSource.manager;
    const organisationId = organisationOf(actor);
    const packages = await loadPackages(manager, request.packageIds);
    const foreign = request.packageIds.find(
      (id) =>
        !packages.some(
          (pkg) => pkg.input.id === id && pkg.organisationId === organisationId,
        ),
    );
    if (foreign)
      throw MatchingException.invalid(
        'packageIds',
        `packageIds: ${foreign} is not a package of your organisation`,
      );
    const unpublished = packages.find((pkg) => pkg.status !== 'published');
    if (unpublished)
      throw MatchingException.invalid(
        'packageIds',
        `packageIds: "${unpublished.title}" is ${unpublished.status}; only published packages are assigned`,
      );
    const today = todayInTheNetherlands();
    const candidates = await loadPool(
      manager,
      organisationId,
      today,
      packages.map((pkg) => pkg.input),
      request.pool ?? {},
    );
    const pool = CandidatePool.build(
      candidates.map((candidate) => candidate.input),
      today,
    );
    const solved = assignTeam(
      pool,
      packages.map((pkg) => pkg.input),
    );
    const names = isAdviser(actor)
      ? await this.namesOf(
          manager,
          solved.assignments.flatMap((row) =>
            [row.candidateId, row.runnerUp?.candidateId].filter(
              (id): id is string => !!id,
            ),
          ),
        )
      : new Map<string, string>();
    const person = (
      candidateId: string,
      score: number,
    ): AssignedCandidateDto => ({
      candidateId,
      pseudonym: this.pseudonym(candidateId),
      candidateName: names.get(candidateId) ?? null,
      score,
    });
    const byId = new Map(packages.map((pkg) => [pkg.input.id, pkg]));
    return {
      totalScore: Math.round(solved.total * 10) / 10,
      poolSize: pool.size,
      filled: solved.assignments.filter((row) => row.candidateId !== null)
        .length,
      engineVersion: MATCHING_ENGINE_VERSION,
      rows: solved.assignments.flatMap((row) => {
        const pkg = byId.get(row.packageId);
        if (!pkg) return [];
        return {
          packageId: row.packageId,
          packageTitle: pkg.title,
          unitName: pkg.unitName,
          hoursPerWeek: pkg.input.hoursPerWeek,
          assigned:
            row.candidateId !== null && row.score !== null
              ? person(row.candidateId, row.score)
              : null,
          runnerUp: row.runnerUp
            ? person(row.runnerUp.candidateId, row.runnerUp.score)
            : null,
        };
      }),
    };
  }

  /** The package's last run, read once, with its status against the current version. */
  private async lastRun(
    manager: EntityManager,
    pkg: LoadedPackage,
  ): Promise<{ run: MatchRunEntity | null; info: MatchRunInfoDto }> {
    const run = await manager.findOneBy(MatchRunEntity, {
      packageId: pkg.input.id,
    });
    return { run, info: runInfoOf(pkg, run) };
  }

  async ownPackage(
    manager: EntityManager,
    actor: Actor,
    packageId: string,
  ): Promise<LoadedPackage> {
    const [pkg] = await loadPackages(manager, [packageId]);
    if (!pkg || pkg.organisationId !== organisationOf(actor))
      throw MatchingException.notFound('Package');
    return pkg;
  }

  private async namesOf(
    manager: EntityManager,
    candidateIds: readonly string[],
  ): Promise<Map<string, string>> {
    if (candidateIds.length === 0) return new Map();
    const rows = (await manager.query(
      `SELECT id, first_name, last_name FROM candidates WHERE id = ANY($1::uuid[])`,
      [[...new Set(candidateIds)]],
    )) as { id: string; first_name: string; last_name: string }[];
    return new Map(
      rows.map((row) => [row.id, `${row.first_name} ${row.last_name}`]),
    );
  }
}

/** Status of a package's stored results against its current version. */
function runInfoOf(
  pkg: LoadedPackage,
  run: MatchRunEntity | null,
): MatchRunInfoDto {
  const status =
    pkg.status !== 'published'
      ? 'not_published'
      : !run || run.packageVersion < pkg.version
        ? 'pending'
        : 'ready';
  return {
    status,
    packageVersion: pkg.version,
    computedForVersion: run?.packageVersion ?? null,
    computedAt: run?.computedAt.toISOString() ?? null,
    engineVersion: run?.engineVersion ?? null,
    poolSize: run?.poolSize ?? null,
    feasibleCount: run?.feasibleCount ?? null,
  };
}
