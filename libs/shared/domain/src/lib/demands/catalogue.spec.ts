import {
  DEMAND_CATALOGUE,
  DEMAND_CATALOGUE_VERSION,
  DEMAND_DIMENSIONS_BY_RUBRIC,
  DEMAND_DIMENSION_KEYS,
  FML_RUBRICS,
  FML_RUBRIC_LABELS,
  demandDimensionByKey,
  isDemandDimensionKey,
} from './catalogue';

// The dimensions the issue names; renaming any of them would orphan stored ratings.
const REQUIRED_KEYS = [
  'independence',
  'social_contact',
  'deadlines_and_peaks',
  'work_pace',
  'interruptions',
  'predictability',
  'physical_load',
  'concentration',
  'divided_attention',
  'conflict_handling',
  'customer_contact',
  'noise',
  'heat_cold',
  'lifting_carrying',
  'walking',
  'climbing',
  'bending',
  'fine_hand_use',
  'keyboard_mouse',
  'sitting',
  'standing',
  'kneeling',
];

describe('demand catalogue', () => {
  it('has a version that stored ratings can refer to', () => {
    expect(Number.isInteger(DEMAND_CATALOGUE_VERSION)).toBe(true);
    expect(DEMAND_CATALOGUE_VERSION).toBeGreaterThan(0);
  });

  it('contains all 22 dimensions the job-carving practice asks about', () => {
    expect(REQUIRED_KEYS).toHaveLength(22);
    expect(DEMAND_DIMENSION_KEYS).toEqual(
      expect.arrayContaining(REQUIRED_KEYS),
    );
  });

  it('has between 20 and 30 dimensions, few enough to rate a task in one sitting', () => {
    expect(DEMAND_CATALOGUE.length).toBeGreaterThanOrEqual(20);
    expect(DEMAND_CATALOGUE.length).toBeLessThanOrEqual(30);
  });

  it('gives every dimension a unique snake_case key', () => {
    expect(new Set(DEMAND_DIMENSION_KEYS).size).toBe(DEMAND_CATALOGUE.length);
    for (const key of DEMAND_DIMENSION_KEYS) {
      expect(key).toMatch(/^[a-z]+(_[a-z]+)*$/);
    }
  });

  it('labels every dimension in Dutch and English', () => {
    for (const { label } of DEMAND_CATALOGUE) {
      expect(label.nl.trim()).not.toBe('');
      expect(label.en.trim()).not.toBe('');
    }
  });

  it('describes levels 0, 1 and 2 of every dimension in Dutch and English', () => {
    for (const { levels } of DEMAND_CATALOGUE) {
      expect(levels).toHaveLength(3);
      for (const level of levels) {
        expect(level.nl.trim()).not.toBe('');
        expect(level.en.trim()).not.toBe('');
      }
      expect(new Set(levels.map((level) => level.en)).size).toBe(3);
    }
  });

  it('uses every FML rubric I to V and no other', () => {
    const used = new Set(DEMAND_CATALOGUE.map(({ rubric }) => rubric));
    expect([...used].sort()).toEqual([...FML_RUBRICS].sort());
    for (const rubric of FML_RUBRICS) {
      expect(FML_RUBRIC_LABELS[rubric].nl).not.toBe('');
      expect(FML_RUBRIC_LABELS[rubric].en).not.toBe('');
    }
  });

  it('groups the dimensions by rubric without losing or repeating one', () => {
    const grouped = FML_RUBRICS.flatMap(
      (rubric) => DEMAND_DIMENSIONS_BY_RUBRIC[rubric],
    );
    expect(grouped).toHaveLength(DEMAND_CATALOGUE.length);
    expect(DEMAND_DIMENSIONS_BY_RUBRIC.II.map(({ key }) => key)).toEqual(
      expect.arrayContaining(['social_contact', 'customer_contact']),
    );
    expect(
      DEMAND_DIMENSIONS_BY_RUBRIC.V.every(({ rubric }) => rubric === 'V'),
    ).toBe(true);
  });

  it('finds a dimension by its key', () => {
    expect(demandDimensionByKey('work_pace')?.label.en).toBe('Work pace');
    expect(demandDimensionByKey('work_pace')?.rubric).toBe('I');
  });

  it('does not know keys outside this catalogue version', () => {
    expect(demandDimensionByKey('working_hours')).toBeUndefined();
    expect(isDemandDimensionKey('working_hours')).toBe(false);
    expect(isDemandDimensionKey('kneeling')).toBe(true);
  });

  it('cannot be changed at runtime', () => {
    const dimension = DEMAND_CATALOGUE[0];
    expect(Object.isFrozen(DEMAND_CATALOGUE)).toBe(true);
    expect(Object.isFrozen(dimension.levels[0])).toBe(true);
    expect(() => {
      (dimension.label as { nl: string }).nl = 'changed';
    }).toThrow(TypeError);
  });
});
