import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { JobOutcome } from '@jcw/api-platform';
import { todayInTheNetherlands } from '@jcw/shared-domain';
import {
  CandidatePool,
  MATCHING_ENGINE_VERSION,
  ScoredMatch,
  carvingFeedback,
  nearMisses,
  scoreCandidate,
  scorePackage,
} from '@jcw/shared-matching';
import {
  LoadedPackage,
  loadCandidate,
  loadPackages,
  loadPool,
  loadPublishedPackages,
} from './match-inputs';
import type { StoredNearMiss } from './matching.entities';

/** Advisory-lock class of scoring runs; the second key is the organisation. */
const SCORING_LOCK_CLASS = 7301;

/** Rows per INSERT: large enough to be quick, small enough to stay under pg's parameter limits. */
const INSERT_BATCH = 20_000;

interface MatchRow {
  packageId: string;
  candidateId: string;
  score: number;
  parts: ScoredMatch['parts'];
  distanceKm: number;
  packageVersion: number;
  candidateVersion: number;
}

/**
 * Scoring runs of the worker. Runs of one organisation take a transaction-scoped advisory lock,
 * so a package run and a candidate run never interleave: whichever runs later read data committed
 * before it started, and any change after that start has queued a run of its own. Each run
 * replaces its entity's matches in one transaction, so a killed worker leaves the old results
 * whole and its retried job writes the new ones.
 */
@Injectable()
export class MatchScoringService {
  private readonly logger = new Logger(MatchScoringService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Scores one package against the organisation's pool. `force` re-scores a version already
   * scored (the pool changed); otherwise a retry of a committed run does nothing.
   */
  async scorePackageRun(
    packageId: string,
    version: number,
    force = false,
  ): Promise<JobOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const [current] = (await manager.query(
        `SELECT organisation_id FROM carved_packages WHERE id = $1`,
        [packageId],
      )) as { organisation_id: string }[];
      if (!current) return { status: 'skipped', reason: 'package is gone' };
      await this.lockOrganisation(manager, current.organisation_id);
      const [loaded] = await loadPackages(manager, [packageId]);
      if (loaded.status !== 'published') {
        // Filled and closed packages take nobody new: their ranked list would only mislead.
        await manager.query(`DELETE FROM matches WHERE package_id = $1`, [
          packageId,
        ]);
        return { status: 'skipped', reason: `package is ${loaded.status}` };
      }
      if (loaded.version > version)
        return { status: 'skipped', reason: 'stale package version' };
      const [run] = (await manager.query(
        `SELECT package_version FROM match_runs WHERE package_id = $1`,
        [packageId],
      )) as { package_version: number }[];
      if (!force && run && run.package_version >= loaded.version)
        return { status: 'skipped', reason: 'version already scored' };
      const feasible = await this.writePackageRun(manager, loaded);
      return { status: 'done', reason: `${feasible} feasible candidates` };
    });
  }

  /** Re-scores every published package of the organisation (after an import). */
  async scoreOrganisationRun(organisationId: string): Promise<JobOutcome> {
    const packages = (await this.dataSource.query(
      `SELECT id, version FROM carved_packages WHERE organisation_id = $1 AND status = 'published' ORDER BY id`,
      [organisationId],
    )) as { id: string; version: number }[];
    for (const pkg of packages)
      await this.scorePackageRun(pkg.id, pkg.version, true);
    return { status: 'done', reason: `${packages.length} packages re-scored` };
  }

  /** Replaces one candidate's matches against every published package of their organisation. */
  async scoreCandidateRun(
    candidateId: string,
    version: number,
  ): Promise<JobOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const [current] = (await manager.query(
        `SELECT organisation_id, version FROM candidates WHERE id = $1`,
        [candidateId],
      )) as { organisation_id: string; version: number }[];
      if (!current) return { status: 'skipped', reason: 'candidate is gone' };
      if (current.version > version)
        return { status: 'skipped', reason: 'stale candidate version' };
      await this.lockOrganisation(manager, current.organisation_id);
      const candidate = await loadCandidate(manager, candidateId);
      await manager.query(`DELETE FROM matches WHERE candidate_id = $1`, [
        candidateId,
      ]);
      if (!candidate)
        return { status: 'done', reason: 'erased: matches removed' };
      const packages = await loadPublishedPackages(
        manager,
        current.organisation_id,
      );
      const versions = new Map(
        packages.map((pkg) => [pkg.input.id, pkg.version]),
      );
      const scored = scoreCandidate(
        candidate.input,
        packages.map((pkg) => pkg.input),
        todayInTheNetherlands(),
      );
      await this.insertMatches(
        manager,
        current.organisation_id,
        scored.map((match) => ({
          ...match,
          packageVersion: versions.get(match.packageId) ?? 0,
          candidateVersion: candidate.version,
        })),
      );
      return {
        status: 'done',
        reason: `${scored.length} of ${packages.length} packages feasible`,
      };
    });
  }

  private async lockOrganisation(
    manager: EntityManager,
    organisationId: string,
  ): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [
      SCORING_LOCK_CLASS,
      organisationId,
    ]);
  }

  private async writePackageRun(
    manager: EntityManager,
    loaded: LoadedPackage,
  ): Promise<number> {
    const started = Date.now();
    const today = todayInTheNetherlands();
    const candidates = await loadPool(manager, loaded.organisationId, today, [
      loaded.input,
    ]);
    const pool = CandidatePool.build(
      candidates.map((candidate) => candidate.input),
      today,
    );
    const versions = new Map(
      candidates.map((candidate) => [candidate.input.id, candidate.version]),
    );
    const scored = scorePackage(pool, loaded.input);
    const misses: StoredNearMiss[] = nearMisses(pool, loaded.input).map(
      (miss) => ({
        candidateId: miss.candidateId,
        constraint: miss.constraint,
      }),
    );
    const feedback = carvingFeedback(pool, loaded.input);
    await manager.query(`DELETE FROM matches WHERE package_id = $1`, [
      loaded.input.id,
    ]);
    await this.insertMatches(
      manager,
      loaded.organisationId,
      scored.map((match) => ({
        ...match,
        packageVersion: loaded.version,
        candidateVersion: versions.get(match.candidateId) ?? 0,
      })),
    );
    await manager.query(
      `INSERT INTO match_runs (package_id, organisation_id, package_version, engine_version,
                               pool_size, feasible_count, near_misses, carving_feedback,
                               duration_ms, computed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())
       ON CONFLICT (package_id) DO UPDATE SET
         package_version = EXCLUDED.package_version, engine_version = EXCLUDED.engine_version,
         pool_size = EXCLUDED.pool_size, feasible_count = EXCLUDED.feasible_count,
         near_misses = EXCLUDED.near_misses, carving_feedback = EXCLUDED.carving_feedback,
         duration_ms = EXCLUDED.duration_ms, computed_at = now()`,
      [
        loaded.input.id,
        loaded.organisationId,
        loaded.version,
        MATCHING_ENGINE_VERSION,
        pool.size,
        scored.length,
        JSON.stringify(misses),
        JSON.stringify({
          feasibleNow: feedback.feasibleNow,
          tasks: feedback.tasks,
        }),
        Date.now() - started,
      ],
    );
    // Counts only: never who was matched.
    this.logger.log(
      {
        packageId: loaded.input.id,
        version: loaded.version,
        pool: pool.size,
        feasible: scored.length,
        ms: Date.now() - started,
      },
      'package scored',
    );
    return scored.length;
  }

  private async insertMatches(
    manager: EntityManager,
    organisationId: string,
    rows: readonly MatchRow[],
  ): Promise<void> {
    for (let start = 0; start < rows.length; start += INSERT_BATCH) {
      const batch = rows.slice(start, start + INSERT_BATCH);
      await manager.query(
        `INSERT INTO matches (package_id, candidate_id, organisation_id, score, parts, distance_km,
                              engine_version, package_version, candidate_version)
         SELECT t.package_id, t.candidate_id, $1, t.score, t.parts, t.distance_km, $2,
                t.package_version, t.candidate_version
           FROM unnest($3::uuid[], $4::uuid[], $5::numeric[], $6::jsonb[], $7::numeric[],
                       $8::integer[], $9::integer[])
             AS t(package_id, candidate_id, score, parts, distance_km, package_version,
                  candidate_version)
         ON CONFLICT (package_id, candidate_id) DO UPDATE SET
           score = EXCLUDED.score, parts = EXCLUDED.parts, distance_km = EXCLUDED.distance_km,
           engine_version = EXCLUDED.engine_version, package_version = EXCLUDED.package_version,
           candidate_version = EXCLUDED.candidate_version, computed_at = now()`,
        [
          organisationId,
          MATCHING_ENGINE_VERSION,
          batch.map((row) => row.packageId),
          batch.map((row) => row.candidateId),
          batch.map((row) => row.score),
          batch.map((row) => JSON.stringify(row.parts)),
          batch.map((row) => Math.round(row.distanceKm * 10) / 10),
          batch.map((row) => row.packageVersion),
          batch.map((row) => row.candidateVersion),
        ],
      );
    }
  }
}
