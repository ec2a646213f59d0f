import { DEMAND_DIMENSION_KEYS } from '@jcw/shared-domain';
import type { CandidateEntity } from './candidate.entity';
import { completenessOf } from './completeness';

function aCandidate(overrides: Partial<CandidateEntity> = {}): CandidateEntity {
  return {
    educationLevel: null,
    postcode: null,
    limitations: {},
    maxHoursPerWeek: null,
    maxHoursPerDay: null,
    travelRadiusKm: null,
    skills: [],
    consentGiven: false,
    ...overrides,
  } as CandidateEntity;
}

const allLimitations = Object.fromEntries(
  DEMAND_DIMENSION_KEYS.map((key) => [key, 0 as const]),
);

describe('profile completeness', () => {
  it('lists every field matching needs for a new profile', () => {
    expect(completenessOf(aCandidate())).toEqual({
      score: 0,
      missing: [
        'educationLevel',
        'postcode',
        'limitations',
        'maxHoursPerWeek',
        'maxHoursPerDay',
        'travelRadiusKm',
        'skills',
        'consent',
      ],
    });
  });

  it('counts limitations only when every dimension has a level', () => {
    const partly = completenessOf(
      aCandidate({ limitations: { work_pace: 1 } }),
    );
    const fully = completenessOf(aCandidate({ limitations: allLimitations }));
    expect(partly.missing).toContain('limitations');
    expect(fully.missing).not.toContain('limitations');
  });

  it('scores a complete profile 100', () => {
    const complete = aCandidate({
      educationLevel: 'mbo1',
      postcode: '3511AB',
      limitations: allLimitations,
      maxHoursPerWeek: 20,
      maxHoursPerDay: 5,
      travelRadiusKm: 15,
      skills: ['post sorteren'],
      consentGiven: true,
    });
    expect(completenessOf(complete)).toEqual({ score: 100, missing: [] });
  });
});
