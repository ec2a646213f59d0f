/** A team of packages filled at once: each candidate in at most one package, total score maximal. */
import { solveAssignment } from './assignment';
import { rankPackage } from './engine';
import { MatchPackage } from './model';
import { CandidatePool } from './pool';

export interface TeamAssignment {
  packageId: string;
  candidateId: string | null;
  score: number | null;
  /** The best feasible candidate for the package other than the assigned one. */
  runnerUp: { candidateId: string; score: number } | null;
}

/**
 * Only each package's best `packages.length` candidates become columns: in an optimal assignment
 * a package given someone outside its own top k (k = number of packages) could swap to a free one
 * inside it (the other k - 1 packages hold at most k - 1 of them) without losing score. That keeps
 * the matrix at most k x k^2 however large the pool is.
 */
export function assignTeam(
  pool: CandidatePool,
  packages: readonly MatchPackage[],
): { assignments: TeamAssignment[]; total: number } {
  const perPackage = Math.max(packages.length, 2);
  const ranked = packages.map((pkg) => rankPackage(pool, pkg, perPackage));
  const columnOfSlot = new Map<number, number>();
  for (const { slots } of ranked) {
    for (const slot of slots) {
      if (!columnOfSlot.has(slot)) columnOfSlot.set(slot, columnOfSlot.size);
    }
  }
  const rows = packages.length;
  const cols = columnOfSlot.size;
  const scores = new Float64Array(rows * cols).fill(NaN);
  ranked.forEach(({ slots, matches }, row) => {
    slots.forEach((slot, i) => {
      scores[row * cols + (columnOfSlot.get(slot) as number)] =
        matches[i].score;
    });
  });
  const { columnOfRow } = solveAssignment(scores, rows, cols);

  let totalTenths = 0;
  const assignments = packages.map((pkg, row): TeamAssignment => {
    const { slots, matches } = ranked[row];
    const column = columnOfRow[row];
    const assignedAt =
      column < 0
        ? -1
        : slots.findIndex((slot) => columnOfSlot.get(slot) === column);
    const assigned = assignedAt >= 0 ? matches[assignedAt] : null;
    const runnerUp = matches.find((_, i) => i !== assignedAt) ?? null;
    if (assigned !== null) totalTenths += Math.round(assigned.score * 10);
    return {
      packageId: pkg.id,
      candidateId: assigned?.candidateId ?? null,
      score: assigned?.score ?? null,
      runnerUp:
        runnerUp === null
          ? null
          : { candidateId: runnerUp.candidateId, score: runnerUp.score },
    };
  });
  return { assignments, total: totalTenths / 10 };
}
