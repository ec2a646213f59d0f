import { TODAY, aCandidate, aPackage, aTask } from '../testing';
import {
  carvingFeedback,
  countFeasible,
  nearMisses,
  scoreCandidate,
  scorePackage,
} from './engine';
import { distanceKm } from './geo';
import { MatchCandidate } from './model';
import { CandidatePool } from './pool';
import { scorePair } from './score';

const ids = (matches: readonly { candidateId: string }[]) =>
  matches.map((match) => match.candidateId);

/** About 11 km north of Utrecht Centraal per 0.1 degree. */
const north = (degrees: number) =>
  aCandidate().livingAt(52.0894 + degrees, 5.1101);

describe('CandidatePool', () => {
  it('keeps every candidate, in input order, ineligible ones included', () => {
    const candidates = [
      aCandidate().withId('b').build(),
      aCandidate().withId('a').withoutConsent().build(),
      aCandidate().withId('c').livingAt(null, null).build(),
    ];
    const pool = CandidatePool.build(candidates, TODAY);

    expect(pool.size).toBe(3);
    expect([0, 1, 2].map((index) => pool.candidateId(index))).toEqual([
      'b',
      'a',
      'c',
    ]);
    expect([0, 1, 2].map((index) => pool.isEligible(index))).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('rejects a limitation outside 0-2 instead of silently mis-matching', () => {
    const broken = {
      ...aCandidate().build(),
      limitations: { noise: 3 },
    } as unknown as MatchCandidate;

    expect(() => CandidatePool.build([broken], TODAY)).toThrow(RangeError);
  });

  it('rejects a negative travel radius', () => {
    const broken = aCandidate().withTravelRadius(-1).build();

    expect(() => CandidatePool.build([broken], TODAY)).toThrow(RangeError);
  });

  it('answers an index outside the pool with an error', () => {
    const pool = CandidatePool.build([aCandidate().build()], TODAY);

    expect(() => pool.candidateId(1)).toThrow(RangeError);
  });
});

describe('scorePackage', () => {
  it('returns every feasible candidate ranked by score, ties by candidate id', () => {
    const candidates = [
      aCandidate().withId('c').build(),
      aCandidate().withId('a').build(),
      aCandidate().withId('far').livingAt(53.22, 6.57).build(),
      aCandidate().withId('b').withMaxHoursPerWeek(40).build(),
    ];
    const pool = CandidatePool.build(candidates, TODAY);
    const matches = scorePackage(pool, aPackage().withHours(16).build());

    expect(matches.map((match) => [match.candidateId, match.score])).toEqual([
      ['a', 80],
      ['c', 80],
      ['b', 78],
    ]);
  });

  it('returns the same matches as scoring each pair on its own', () => {
    const candidates = [
      north(0.05).withSkills('kassa').build(),
      north(0.1).withTravelRadius(30).build(),
      aCandidate().withEducation('none').build(),
      north(0.3).build(),
    ];
    const pkg = aPackage()
      .withSkills('kassa', 'scannen')
      .withComplexity('mbo2')
      .build();
    const oneByOne = candidates
      .map((candidate) => scorePair(candidate, pkg, TODAY))
      .filter((match) => match !== null)
      .sort((a, b) => b.score - a.score);

    expect(scorePackage(CandidatePool.build(candidates, TODAY), pkg)).toEqual(
      oneByOne,
    );
  });

  it('never proposes an ineligible candidate', () => {
    const pool = CandidatePool.build(
      [
        aCandidate().withStatus('placed').build(),
        aCandidate().withoutConsent().build(),
        aCandidate().leavingTheRegisterOn(TODAY).build(),
      ],
      TODAY,
    );

    expect(scorePackage(pool, aPackage().build())).toEqual([]);
  });

  it('matches nobody to a workplace without a location', () => {
    const pool = CandidatePool.build([aCandidate().build()], TODAY);

    expect(scorePackage(pool, aPackage().workedAt(null, null).build())).toEqual(
      [],
    );
  });

  it('reaches a candidate whose radius ends exactly at the workplace', () => {
    const home = { latitude: 52.3791, longitude: 4.9003 };
    const edge = distanceKm(home.latitude, home.longitude, 52.0894, 5.1101);
    const pool = CandidatePool.build(
      [
        aCandidate()
          .withId('edge')
          .livingAt(home.latitude, home.longitude)
          .withTravelRadius(edge)
          .build(),
        aCandidate()
          .withId('short')
          .livingAt(home.latitude, home.longitude)
          .withTravelRadius(edge - 1e-9)
          .build(),
      ],
      TODAY,
    );

    expect(ids(scorePackage(pool, aPackage().build()))).toEqual(['edge']);
  });

  it('reaches a candidate with a large radius far outside the usual grid range', () => {
    const pool = CandidatePool.build(
      [
        aCandidate()
          .withId('groningen')
          .livingAt(53.22, 6.57)
          .withTravelRadius(200)
          .build(),
        aCandidate().withId('utrecht').build(),
      ],
      TODAY,
    );

    expect(ids(scorePackage(pool, aPackage().build())).sort()).toEqual([
      'groningen',
      'utrecht',
    ]);
  });
});

describe('countFeasible', () => {
  it('counts the candidates scorePackage would return', () => {
    const pool = CandidatePool.build(
      [
        aCandidate().build(),
        aCandidate().withLimitation('walking', 2).build(),
        aCandidate().withMaxHoursPerWeek(8).build(),
      ],
      TODAY,
    );

    expect(
      countFeasible(pool, aPackage().withDemand('walking', 1).build()),
    ).toBe(1);
  });
});

describe('nearMisses', () => {
  it('reports eligible candidates who fail exactly one constraint, with that constraint', () => {
    const pool = CandidatePool.build(
      [
        aCandidate().withId('fits').build(),
        aCandidate().withId('too-far').livingAt(53.22, 6.57).build(),
        aCandidate()
          .withId('two-reasons')
          .livingAt(53.22, 6.57)
          .withMaxHoursPerWeek(8)
          .build(),
        aCandidate()
          .withId('ineligible')
          .withoutConsent()
          .livingAt(53.22, 6.57)
          .build(),
      ],
      TODAY,
    );
    const misses = nearMisses(pool, aPackage().build());

    expect(misses).toEqual([
      {
        candidateId: 'too-far',
        packageId: expect.any(String),
        constraint: {
          code: 'distance',
          distanceKm: distanceKm(53.22, 6.57, 52.0894, 5.1101),
          travelRadiusKm: 20,
        },
      },
    ]);
  });

  it('orders by constraint, then distance, then candidate id', () => {
    const pool = CandidatePool.build(
      [
        north(0.1).withId('nights-far').build(),
        aCandidate().withId('nights-b').build(),
        aCandidate().withId('nights-a').build(),
        north(0.05)
          .withId('noise')
          .withLimitation('noise', 2)
          .allowing('nights')
          .build(),
        aCandidate()
          .withId('too-far')
          .livingAt(52.5, 5.1101)
          .allowing('nights')
          .build(),
      ],
      TODAY,
    );
    const pkg = aPackage().withDemand('noise', 1).needing('nights').build();

    expect(ids(nearMisses(pool, pkg))).toEqual([
      'noise',
      'nights-a',
      'nights-b',
      'nights-far',
      'too-far',
    ]);
  });

  it('orders schedule misses as evenings, nights, weekends', () => {
    const pool = CandidatePool.build(
      [
        aCandidate()
          .withId('a-no-weekends')
          .allowing('evenings', 'nights')
          .build(),
        aCandidate()
          .withId('b-no-nights')
          .allowing('evenings', 'weekends')
          .build(),
        aCandidate()
          .withId('c-no-evenings')
          .allowing('nights', 'weekends')
          .build(),
      ],
      TODAY,
    );
    const pkg = aPackage().needing('evenings', 'nights', 'weekends').build();

    expect(ids(nearMisses(pool, pkg))).toEqual([
      'c-no-evenings',
      'b-no-nights',
      'a-no-weekends',
    ]);
  });

  it('puts candidates without a known distance last within their constraint', () => {
    const pool = CandidatePool.build(
      [
        aCandidate().withId('a-nowhere').livingAt(null, null).build(),
        aCandidate().withId('z-far').livingAt(53.22, 6.57).build(),
      ],
      TODAY,
    );

    expect(ids(nearMisses(pool, aPackage().build()))).toEqual([
      'z-far',
      'a-nowhere',
    ]);
  });

  it('stops at the limit, keeping the first in order', () => {
    const candidates = Array.from({ length: 5 }, (_, index) =>
      north(0.01 * (5 - index))
        .withId(`c${index}`)
        .withMaxHoursPerWeek(8)
        .build(),
    );
    const pool = CandidatePool.build(candidates, TODAY);

    expect(ids(nearMisses(pool, aPackage().build(), 2))).toEqual(['c4', 'c3']);
  });
});

describe('carvingFeedback', () => {
  const frontDesk = aTask()
    .withId('front-desk')
    .named('Balie bemensen')
    .withHours(8)
    .withDemand('customer_contact', 2)
    .build();
  const mail = aTask()
    .withId('mail')
    .named('Post sorteren')
    .withHours(8)
    .withDemand('customer_contact', 1)
    .needing('evenings')
    .build();

  it('counts the candidates gained without each task and by lowering each demand it sets', () => {
    const pool = CandidatePool.build(
      [
        aCandidate().withId('fits').allowing('evenings').build(),
        aCandidate()
          .withId('limited')
          .withLimitation('customer_contact', 1)
          .allowing('evenings')
          .build(),
        aCandidate()
          .withId('strongly')
          .withLimitation('customer_contact', 2)
          .allowing('evenings')
          .build(),
        aCandidate().withId('days-only').build(),
        aCandidate()
          .withId('part-time')
          .withMaxHoursPerWeek(8)
          .allowing('evenings')
          .build(),
      ],
      TODAY,
    );
    const pkg = aPackage()
      .withId('desk-and-mail')
      .withTasks(frontDesk, mail)
      .build();

    expect(carvingFeedback(pool, pkg)).toEqual({
      packageId: 'desk-and-mail',
      feasibleNow: 1,
      tasks: [
        {
          taskId: 'front-desk',
          taskName: 'Balie bemensen',
          // Without the desk: 8 h, customer contact 1, evenings: limited and part-time join.
          gainedWithoutTask: 2,
          gainedByLowering: [
            { dimension: 'customer_contact', from: 2, to: 1, gained: 1 },
          ],
        },
        {
          taskId: 'mail',
          taskName: 'Post sorteren',
          // Without the mail: 8 h, customer contact 2, no evenings: days-only and part-time join.
          gainedWithoutTask: 2,
          gainedByLowering: [],
        },
      ],
    });
  });

  it('reports nothing gained by leaving out the only task', () => {
    const pool = CandidatePool.build([aCandidate().build()], TODAY);
    const pkg = aPackage().withTasks(frontDesk).build();

    expect(carvingFeedback(pool, pkg).tasks[0].gainedWithoutTask).toBe(0);
  });
});

describe('scoreCandidate', () => {
  it('returns the feasible packages for one person, best first, ties by package id', () => {
    const candidate = aCandidate().withMaxHoursPerWeek(16).build();
    const packages = [
      aPackage().withId('p-8h').withHours(8).build(),
      aPackage().withId('p-16h-b').withHours(16).build(),
      aPackage().withId('p-16h-a').withHours(16).build(),
      aPackage().withId('p-evenings').needing('evenings').build(),
    ];

    expect(
      scoreCandidate(candidate, packages, TODAY).map(
        (match) => match.packageId,
      ),
    ).toEqual(['p-16h-a', 'p-16h-b', 'p-8h']);
  });
});
