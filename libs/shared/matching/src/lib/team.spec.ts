import { TODAY, aCandidate, aPackage } from '../testing';
import { CandidatePool } from './pool';
import { assignTeam } from './team';

describe('assignTeam', () => {
  // Default candidates score 80 on a default 16-hour package; a weekly maximum of 16 makes it 90.
  const desk = aPackage().withId('desk').withHours(16).build();
  const eveningWork = aPackage()
    .withId('evenings')
    .withHours(16)
    .needing('evenings')
    .build();

  it('gives each candidate to at most one package and maximises the total score', () => {
    // Greedy would give "flexible" (the best for both) to the desk and leave the evenings empty.
    const pool = CandidatePool.build(
      [
        aCandidate()
          .withId('flexible')
          .withMaxHoursPerWeek(16)
          .allowing('evenings')
          .build(),
        aCandidate().withId('days-only').build(),
      ],
      TODAY,
    );

    expect(assignTeam(pool, [desk, eveningWork])).toEqual({
      assignments: [
        {
          packageId: 'desk',
          candidateId: 'days-only',
          score: 80,
          runnerUp: { candidateId: 'flexible', score: 90 },
        },
        {
          packageId: 'evenings',
          candidateId: 'flexible',
          score: 90,
          runnerUp: null,
        },
      ],
      total: 170,
    });
  });

  it('leaves a package without a feasible candidate empty', () => {
    const pool = CandidatePool.build([aCandidate().build()], TODAY);

    expect(assignTeam(pool, [eveningWork])).toEqual({
      assignments: [
        {
          packageId: 'evenings',
          candidateId: null,
          score: null,
          runnerUp: null,
        },
      ],
      total: 0,
    });
  });

  it('names the best candidate as runner-up of a package left empty by the optimum', () => {
    const pool = CandidatePool.build(
      [aCandidate().withId('only').withMaxHoursPerWeek(16).build()],
      TODAY,
    );
    const other = aPackage().withId('other').withHours(8).build();

    expect(assignTeam(pool, [desk, other]).assignments[1]).toEqual({
      packageId: 'other',
      candidateId: null,
      score: null,
      runnerUp: { candidateId: 'only', score: 80 },
    });
  });

  it('assigns nobody when there are no packages', () => {
    const pool = CandidatePool.build([aCandidate().build()], TODAY);

    expect(assignTeam(pool, [])).toEqual({ assignments: [], total: 0 });
  });
});
