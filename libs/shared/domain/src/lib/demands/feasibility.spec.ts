import { DemandProfile, isFeasible } from './feasibility';

describe('feasibility of demands against limitations', () => {
  it('fits a high demand for someone without a limitation there (2 + 0)', () => {
    expect(isFeasible({ work_pace: 2 }, { work_pace: 0 })).toEqual([]);
  });

  it('fits a moderate demand for someone limited there (1 + 1)', () => {
    expect(isFeasible({ concentration: 1 }, { concentration: 1 })).toEqual([]);
  });

  it('fits a low demand for someone strongly limited there (0 + 2)', () => {
    expect(
      isFeasible({ lifting_carrying: 0 }, { lifting_carrying: 2 }),
    ).toEqual([]);
  });

  it('blocks a moderate demand for someone strongly limited there (1 + 2)', () => {
    expect(
      isFeasible({ customer_contact: 1 }, { customer_contact: 2 }),
    ).toEqual([{ key: 'customer_contact', demand: 1, limitation: 2 }]);
  });

  it('blocks a high demand for someone limited there (2 + 1)', () => {
    expect(isFeasible({ noise: 2 }, { noise: 1 })).toEqual([
      { key: 'noise', demand: 2, limitation: 1 },
    ]);
  });

  it('treats a dimension the task does not rate as no demand', () => {
    expect(isFeasible({}, { kneeling: 2, standing: 2 })).toEqual([]);
  });

  it('treats a dimension the candidate has no rating for as no limitation', () => {
    expect(isFeasible({ kneeling: 2, standing: 2 }, {})).toEqual([]);
  });

  it('lists every blocking dimension in catalogue order, not just the first', () => {
    const blocking = isFeasible(
      { sitting: 2, concentration: 2, noise: 1 },
      { sitting: 1, concentration: 2, noise: 2 },
    );
    expect(blocking.map(({ key }) => key)).toEqual([
      'concentration',
      'noise',
      'sitting',
    ]);
  });

  it('is feasible when both profiles are empty', () => {
    expect(isFeasible({}, {})).toEqual([]);
  });

  it('ignores ratings on dimensions this catalogue version does not know', () => {
    const fromAnOlderVersion = {
      retired_dimension: 2,
    } as unknown as DemandProfile;
    expect(isFeasible(fromAnOlderVersion, fromAnOlderVersion)).toEqual([]);
  });
});
