import { aTask } from '../../testing';
import {
  EDUCATION_LEVELS,
  compareEducationLevels,
  highestEducationLevel,
  suggestCarvable,
} from './task';

describe('education levels', () => {
  it('orders none < mbo1 < mbo2 < mbo3 < mbo4 < hbo < wo', () => {
    const shuffled = [
      'hbo',
      'none',
      'wo',
      'mbo3',
      'mbo1',
      'mbo4',
      'mbo2',
    ] as const;
    expect([...shuffled].sort(compareEducationLevels)).toEqual([
      ...EDUCATION_LEVELS,
    ]);
  });

  it('takes the highest level of several', () => {
    expect(highestEducationLevel(['mbo1', 'mbo3', 'mbo2'])).toBe('mbo3');
  });

  it('requires no education when there is nothing to compare', () => {
    expect(highestEducationLevel([])).toBe('none');
  });
});

describe('suggesting whether a task can be carved', () => {
  it('suggests a task with only moderate demands at mbo2 level', () => {
    const task = aTask()
      .withDemand('work_pace', 1)
      .withDemand('customer_contact', 1)
      .withComplexity('mbo2')
      .build();
    expect(suggestCarvable(task)).toEqual({ carvable: true, reasons: [] });
  });

  it('suggests a task nobody has rated yet, since missing demands count as low', () => {
    expect(suggestCarvable(aTask().build()).carvable).toBe(true);
  });

  it('does not suggest a task with a high demand, and says which one', () => {
    const task = aTask().withDemand('deadlines_and_peaks', 2).build();
    expect(suggestCarvable(task)).toEqual({
      carvable: false,
      reasons: [
        { code: 'demand_too_high', dimension: 'deadlines_and_peaks', level: 2 },
      ],
    });
  });

  it('does not suggest a task that needs mbo3 or higher', () => {
    const task = aTask().withComplexity('mbo3').build();
    expect(suggestCarvable(task)).toEqual({
      carvable: false,
      reasons: [{ code: 'too_complex', complexity: 'mbo3' }],
    });
  });

  it('gives every reason at once so the user sees all that must change', () => {
    const task = aTask()
      .withDemand('noise', 2)
      .withDemand('independence', 2)
      .withComplexity('hbo')
      .build();
    expect(suggestCarvable(task).reasons.map((reason) => reason.code)).toEqual([
      'demand_too_high',
      'demand_too_high',
      'too_complex',
    ]);
  });
});
