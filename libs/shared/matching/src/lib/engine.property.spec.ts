/**
 * The columnar engine against the object-level definition (`checkPair`) and the naive reference,
 * on seeded random pools with boundary cases planted on purpose (radius exactly the distance,
 * hours exactly the maximum, register ending today or tomorrow).
 */
import {
  DEMAND_DIMENSION_KEYS,
  DemandDimensionKey,
  DemandLevel,
  DemandProfile,
  combineScheduleNeeds,
} from '@jcw/shared-domain';
import fc from 'fast-check';
import {
  DataStyle,
  TODAY,
  naiveCountFeasible,
  naiveIsFeasible,
  naiveScorePackage,
  randomCandidates,
  randomPackages,
  seededRandom,
} from '../testing';
import { checkPair, pairDistanceKm } from './constraints';
import {
  carvingFeedback,
  countFeasible,
  nearMisses,
  scoreCandidate,
  scorePackage,
} from './engine';
import {
  CarvingFeedback,
  HardConstraint,
  MatchCandidate,
  MatchPackage,
} from './model';
import { CandidatePool } from './pool';
import { scorePair } from './score';
import { assignTeam } from './team';

interface Scenario {
  readonly seed: number;
  readonly style: DataStyle;
  readonly candidateCount: number;
  readonly packageCount: number;
  readonly boundaries: boolean;
}

const scenarios = (maxCandidates: number, maxPackages: number) =>
  fc.record<Scenario>({
    seed: fc.integer({ min: 1, max: 0x7fffffff }),
    style: fc.constantFrom<DataStyle>(
      'regional',
      'regional',
      'national',
      'dense',
    ),
    candidateCount: fc.integer({ min: 0, max: maxCandidates }),
    packageCount: fc.integer({ min: 1, max: maxPackages }),
    boundaries: fc.boolean(),
  });

/** Plants exact-boundary values against the first package on some candidates. */
function withBoundaries(
  candidates: MatchCandidate[],
  pkg: MatchPackage,
  seed: number,
): MatchCandidate[] {
  const random = seededRandom(seed ^ 0x2545f491);
  return candidates.map((candidate) => {
    const roll = random();
    const distance = pairDistanceKm(candidate, pkg);
    if (roll < 0.25 && distance !== null) {
      return { ...candidate, travelRadiusKm: distance };
    }
    if (roll < 0.35) return { ...candidate, maxHoursPerWeek: pkg.hoursPerWeek };
    if (roll < 0.45) {
      return { ...candidate, maxHoursPerDay: pkg.hoursPerWeek / 5 };
    }
    if (roll < 0.5) return { ...candidate, registerEndDate: TODAY };
    if (roll < 0.55) return { ...candidate, registerEndDate: '2026-12-02' };
    return candidate;
  });
}

function dataFor(scenario: Scenario) {
  const packages = randomPackages(
    scenario.packageCount,
    scenario.seed,
    scenario.style,
  );
  const generated = randomCandidates(
    scenario.candidateCount,
    scenario.seed,
    scenario.style,
  );
  const candidates = scenario.boundaries
    ? withBoundaries(generated, packages[0], scenario.seed)
    : generated;
  return {
    candidates,
    packages,
    pool: CandidatePool.build(candidates, TODAY),
  };
}

const ELIGIBILITY: readonly string[] = ['status', 'consent', 'register_ended'];

const CONSTRAINT_ORDER = [
  'hours_per_week',
  'hours_per_day',
  'evenings',
  'nights',
  'weekends',
  'distance',
];

function orderOf(constraint: HardConstraint): number {
  return constraint.code === 'dimension'
    ? DEMAND_DIMENSION_KEYS.indexOf(constraint.dimension)
    : DEMAND_DIMENSION_KEYS.length + CONSTRAINT_ORDER.indexOf(constraint.code);
}

const byId = (candidates: readonly MatchCandidate[]) =>
  new Map(candidates.map((candidate) => [candidate.id, candidate]));

describe('the columnar engine', () => {
  it('agrees with the naive reference on the feasible set, the ranking and every score', () => {
    fc.assert(
      fc.property(scenarios(250, 4), (scenario) => {
        const { candidates, packages, pool } = dataFor(scenario);
        for (const pkg of packages) {
          expect(scorePackage(pool, pkg)).toEqual(
            naiveScorePackage(candidates, pkg, TODAY),
          );
          expect(countFeasible(pool, pkg)).toBe(
            naiveCountFeasible(candidates, pkg, TODAY),
          );
        }
      }),
      { numRuns: 80 },
    );
  });

  it('checkPair, scorePair and the naive reference agree on every pair', () => {
    fc.assert(
      fc.property(scenarios(120, 3), (scenario) => {
        const { candidates, packages } = dataFor(scenario);
        for (const pkg of packages) {
          for (const candidate of candidates) {
            const feasible = checkPair(candidate, pkg, TODAY).length === 0;
            expect(naiveIsFeasible(candidate, pkg, TODAY)).toBe(feasible);
            expect(scorePair(candidate, pkg, TODAY) !== null).toBe(feasible);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never returns an infeasible pair from scorePackage, scoreCandidate or assignTeam', () => {
    fc.assert(
      fc.property(scenarios(150, 5), (scenario) => {
        const { candidates, packages, pool } = dataFor(scenario);
        const candidateWithId = byId(candidates);
        const packageWithId = new Map(packages.map((pkg) => [pkg.id, pkg]));
        const feasible = (candidateId: string, packageId: string) =>
          checkPair(
            candidateWithId.get(candidateId) as MatchCandidate,
            packageWithId.get(packageId) as MatchPackage,
            TODAY,
          ).length === 0;

        for (const pkg of packages) {
          for (const match of scorePackage(pool, pkg)) {
            expect(feasible(match.candidateId, match.packageId)).toBe(true);
          }
        }
        for (const candidate of candidates.slice(0, 20)) {
          for (const match of scoreCandidate(candidate, packages, TODAY)) {
            expect(feasible(match.candidateId, match.packageId)).toBe(true);
          }
        }
        const team = assignTeam(pool, packages);
        const assigned = team.assignments.flatMap((assignment) =>
          assignment.candidateId === null ? [] : [assignment],
        );
        for (const assignment of assigned) {
          expect(
            feasible(assignment.candidateId as string, assignment.packageId),
          ).toBe(true);
        }
        expect(new Set(assigned.map((a) => a.candidateId)).size).toBe(
          assigned.length,
        );
      }),
      { numRuns: 60 },
    );
  });

  it('scoreCandidate agrees with scoring the candidate against each package', () => {
    fc.assert(
      fc.property(scenarios(30, 8), (scenario) => {
        const { candidates, packages } = dataFor(scenario);
        for (const candidate of candidates.slice(0, 10)) {
          const expected = packages
            .flatMap((pkg) => naiveScorePackage([candidate], pkg, TODAY))
            .sort(
              (a, b) =>
                b.score - a.score ||
                (a.packageId < b.packageId
                  ? -1
                  : a.packageId > b.packageId
                    ? 1
                    : 0),
            );
          expect(scoreCandidate(candidate, packages, TODAY)).toEqual(expected);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('nearMisses', () => {
  it('reports only eligible candidates failing exactly the one constraint it names', () => {
    fc.assert(
      fc.property(scenarios(250, 3), (scenario) => {
        const { candidates, packages, pool } = dataFor(scenario);
        const candidateWithId = byId(candidates);
        for (const pkg of packages) {
          for (const miss of nearMisses(pool, pkg)) {
            const failures = checkPair(
              candidateWithId.get(miss.candidateId) as MatchCandidate,
              pkg,
              TODAY,
            );
            expect(failures).toEqual([miss.constraint]);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reports every such candidate, by constraint, then distance, then id', () => {
    fc.assert(
      fc.property(scenarios(180, 3), (scenario) => {
        const { candidates, packages, pool } = dataFor(scenario);
        for (const pkg of packages) {
          const expected = candidates
            .map((candidate) => ({
              candidate,
              failures: checkPair(candidate, pkg, TODAY),
            }))
            .filter(({ failures }) => failures.length === 1)
            .filter(({ failures }) => !ELIGIBILITY.includes(failures[0].code))
            .map(({ candidate, failures }) => ({
              id: candidate.id,
              order: orderOf(failures[0]),
              distance: pairDistanceKm(candidate, pkg) ?? Infinity,
            }))
            .sort(
              (a, b) =>
                a.order - b.order ||
                a.distance - b.distance ||
                (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
            )
            .map(({ id }) => id);

          expect(nearMisses(pool, pkg).map((miss) => miss.candidateId)).toEqual(
            expected,
          );
          expect(
            nearMisses(pool, pkg, 5).map((miss) => miss.candidateId),
          ).toEqual(expected.slice(0, 5));
        }
      }),
      { numRuns: 60 },
    );
  });
});

function maxOver(
  tasks: MatchPackage['tasks'],
  key: DemandDimensionKey,
): number {
  return Math.max(0, ...tasks.map((task) => task.demands[key] ?? 0));
}

/** The feedback written out from its definition, counted with the naive reference. */
function naiveCarvingFeedback(
  candidates: readonly MatchCandidate[],
  pkg: MatchPackage,
): CarvingFeedback {
  const count = (variant: MatchPackage) =>
    naiveCountFeasible(candidates, variant, TODAY);
  const feasibleNow = count(pkg);
  return {
    packageId: pkg.id,
    feasibleNow,
    tasks: pkg.tasks.map((task, index) => {
      const others = pkg.tasks.filter((_, other) => other !== index);
      const withoutProfile: Partial<Record<DemandDimensionKey, DemandLevel>> =
        {};
      for (const key of DEMAND_DIMENSION_KEYS) {
        const level = maxOver(others, key);
        if (level > 0) withoutProfile[key] = level as DemandLevel;
      }
      const withoutTask: MatchPackage = {
        ...pkg,
        demandProfile: withoutProfile,
        hoursPerWeek: pkg.hoursPerWeek - task.hoursPerWeek,
        scheduleNeeds: combineScheduleNeeds(
          others.map((other) => other.scheduleNeeds),
        ),
      };
      return {
        taskId: task.id,
        taskName: task.name,
        gainedWithoutTask:
          others.length === 0 ? 0 : count(withoutTask) - feasibleNow,
        gainedByLowering: DEMAND_DIMENSION_KEYS.filter(
          (key) =>
            (task.demands[key] ?? 0) > 0 &&
            task.demands[key] === (pkg.demandProfile[key] ?? 0),
        ).map((key) => {
          const from = task.demands[key] as number;
          const lowered: DemandProfile = {
            ...pkg.demandProfile,
            [key]: Math.max(from - 1, maxOver(others, key)),
          };
          return {
            dimension: key,
            from,
            to: from - 1,
            gained: count({ ...pkg, demandProfile: lowered }) - feasibleNow,
          };
        }),
      };
    }),
  };
}

describe('carvingFeedback', () => {
  it('equals recounting each modified package with the naive reference', () => {
    fc.assert(
      fc.property(scenarios(200, 3), (scenario) => {
        const { candidates, packages, pool } = dataFor(scenario);
        for (const pkg of packages) {
          expect(carvingFeedback(pool, pkg)).toEqual(
            naiveCarvingFeedback(candidates, pkg),
          );
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('assignTeam', () => {
  /** Best total over every way to give each package at most one distinct feasible candidate. */
  function bruteForceTotal(pool: CandidatePool, packages: MatchPackage[]) {
    const options = packages.map((pkg) => scorePackage(pool, pkg));
    const best = (row: number, used: Set<string>): number => {
      if (row === options.length) return 0;
      let total = best(row + 1, used);
      for (const match of options[row]) {
        if (used.has(match.candidateId)) continue;
        used.add(match.candidateId);
        total = Math.max(total, match.score + best(row + 1, used));
        used.delete(match.candidateId);
      }
      return total;
    };
    return Math.round(best(0, new Set()) * 10) / 10;
  }

  it('reaches the best total a brute force finds, each candidate at most once', () => {
    fc.assert(
      fc.property(scenarios(25, 4), (scenario) => {
        const { packages, pool } = dataFor({
          ...scenario,
          style: scenario.style === 'national' ? 'regional' : scenario.style,
        });
        const team = assignTeam(pool, packages);

        expect(team.total).toBe(bruteForceTotal(pool, packages));
      }),
      { numRuns: 60 },
    );
  });

  it('names as runner-up the best feasible candidate other than the one assigned', () => {
    fc.assert(
      fc.property(scenarios(40, 4), (scenario) => {
        const { packages, pool } = dataFor(scenario);
        const team = assignTeam(pool, packages);
        team.assignments.forEach((assignment, index) => {
          const others = scorePackage(pool, packages[index]).filter(
            (match) => match.candidateId !== assignment.candidateId,
          );
          expect(assignment.runnerUp).toEqual(
            others.length === 0
              ? null
              : { candidateId: others[0].candidateId, score: others[0].score },
          );
        });
      }),
      { numRuns: 40 },
    );
  });
});

describe('the dense random data', () => {
  it('is nearly all feasible, so it measures scoring rather than filtering', () => {
    const candidates = randomCandidates(300, 7, 'dense');
    const [pkg] = randomPackages(1, 7, 'dense');

    expect(naiveCountFeasible(candidates, pkg, TODAY)).toBeGreaterThan(250);
  });
});
