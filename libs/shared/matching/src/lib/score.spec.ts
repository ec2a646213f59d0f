import { TODAY, aCandidate, aPackage } from '../testing';
import { distanceKm } from './geo';
import {
  MATCHING_ENGINE_VERSION,
  MatchCandidate,
  MatchPackage,
  SCORE_PARTS,
  ScorePartKey,
} from './model';
import { SCORE_WEIGHTS, scorePair } from './score';

function pointsOf(
  key: ScorePartKey,
  candidate: MatchCandidate,
  pkg: MatchPackage,
): number {
  const match = scorePair(candidate, pkg, TODAY);
  if (match === null) throw new Error('expected a feasible pair');
  const part = match.parts.find((candidatePart) => candidatePart.key === key);
  if (part === undefined) throw new Error(`no ${key} part`);
  return part.points;
}

describe('scorePair', () => {
  it('has weights that add up to 100, in the order of SCORE_PARTS', () => {
    expect(SCORE_PARTS.reduce((sum, key) => sum + SCORE_WEIGHTS[key], 0)).toBe(
      100,
    );
    expect(
      scorePair(aCandidate().build(), aPackage().build(), TODAY)?.parts.map(
        (part) => [part.key, part.max],
      ),
    ).toEqual(SCORE_PARTS.map((key) => [key, SCORE_WEIGHTS[key]]));
  });

  it('is null for a pair that fails a hard constraint', () => {
    const candidate = aCandidate().withoutConsent().build();

    expect(scorePair(candidate, aPackage().build(), TODAY)).toBeNull();
  });

  it('carries the engine version and the distance with every score', () => {
    const match = scorePair(aCandidate().build(), aPackage().build(), TODAY);

    expect(match).toMatchObject({
      engineVersion: MATCHING_ENGINE_VERSION,
      distanceKm: 0,
    });
  });

  it('the score is the sum of its parts, to one decimal', () => {
    const candidate = aCandidate()
      .withSkills('scannen')
      .withMaxHoursPerWeek(30)
      .livingAt(52.1, 5.15)
      .build();
    const pkg = aPackage()
      .withSkills('scannen', 'archiveren', 'kopiëren')
      .withHours(13)
      .build();
    const match = scorePair(candidate, pkg, TODAY);

    expect(match?.score).toBe(
      Math.round(
        (match?.parts ?? []).reduce((sum, part) => sum + part.points, 0) * 10,
      ) / 10,
    );
  });

  it('the score never uses age, gender, origin or target group', () => {
    const someone = aCandidate().withSkills('koffie zetten').build();
    const someoneElse = { ...someone, id: 'someone-else' };
    const pkg = aPackage().withSkills('koffie zetten', 'kassa').build();

    expect(scorePair(someoneElse, pkg, TODAY)).toEqual({
      ...scorePair(someone, pkg, TODAY),
      candidateId: 'someone-else',
    });
  });

  it('has no protected attribute in its input to use', () => {
    const candidate = aCandidate().build();

    for (const protectedAttribute of [
      'age',
      'dateOfBirth',
      'gender',
      'origin',
      'nationality',
      'targetGroup',
    ]) {
      expect(candidate).not.toHaveProperty(protectedAttribute);
    }
  });

  describe('skills', () => {
    it('scores the share of the package skills the person has, ignoring case and spaces', () => {
      const candidate = aCandidate()
        .withSkills(' Scannen ', 'ARCHIVEREN', 'koken')
        .build();
      const pkg = aPackage()
        .withSkills('scannen', 'archiveren', 'post sorteren')
        .build();

      expect(pointsOf('skills', candidate, pkg)).toBe(20);
    });

    it('gives full points for a package that asks no skills', () => {
      expect(pointsOf('skills', aCandidate().build(), aPackage().build())).toBe(
        30,
      );
    });

    it('counts a skill the package lists twice once', () => {
      const candidate = aCandidate().withSkills('scannen').build();
      const pkg = aPackage().withSkills('scannen', 'Scannen', 'kassa').build();

      expect(pointsOf('skills', candidate, pkg)).toBe(15);
    });
  });

  describe('interests', () => {
    it('gives 10 points when the sector is one the person prefers', () => {
      const candidate = aCandidate().preferringSectors('Zorg', 'groen').build();

      expect(
        pointsOf('interests', candidate, aPackage().inSector('zorg').build()),
      ).toBe(10);
    });

    it('gives 5 points when the person states no preferred sector', () => {
      expect(
        pointsOf(
          'interests',
          aCandidate().build(),
          aPackage().inSector('zorg').build(),
        ),
      ).toBe(5);
    });

    it('gives no sector points for a sector the person does not prefer', () => {
      const candidate = aCandidate().preferringSectors('groen').build();

      expect(
        pointsOf('interests', candidate, aPackage().inSector('zorg').build()),
      ).toBe(0);
    });

    it('adds 5 points when an interest shares a word of four letters or more with the package', () => {
      const candidate = aCandidate()
        .preferringSectors('groen')
        .withInterests('Buiten werken in het groen')
        .build();
      const pkg = aPackage()
        .inSector('zorg')
        .withKeywords('Groen onderhouden')
        .build();

      expect(pointsOf('interests', candidate, pkg)).toBe(5);
    });

    it('does not count short words as shared interests', () => {
      const candidate = aCandidate()
        .preferringSectors('groen')
        .withInterests('met de bus')
        .build();
      const pkg = aPackage().withKeywords('Met de bus naar het werk').build();

      expect(pointsOf('interests', candidate, pkg)).toBe(0);
    });
  });

  describe('hours', () => {
    it('gives full points when the package fills the hours the person wants', () => {
      const candidate = aCandidate().withMaxHoursPerWeek(24).build();

      expect(
        pointsOf('hours', candidate, aPackage().withHours(24).build()),
      ).toBe(20);
    });

    it('falls linearly with fewer hours', () => {
      const candidate = aCandidate().withMaxHoursPerWeek(24).build();

      expect(
        pointsOf('hours', candidate, aPackage().withHours(6).build()),
      ).toBe(5);
    });

    it('assumes a 40-hour week for a person without a stated maximum', () => {
      const candidate = aCandidate()
        .withMaxHoursPerWeek(null)
        .withMaxHoursPerDay(null)
        .build();

      expect(
        pointsOf('hours', candidate, aPackage().withHours(10).build()),
      ).toBe(5);
    });
  });

  describe('travel', () => {
    it('gives full points at the door and falls linearly to the radius', () => {
      const away = distanceKm(52.0894, 5.1101, 52.0894 + 0.09, 5.1101);
      const candidate = aCandidate()
        .livingAt(52.0894 + 0.09, 5.1101)
        .withTravelRadius(away * 2)
        .build();

      expect(pointsOf('travel', aCandidate().build(), aPackage().build())).toBe(
        15,
      );
      expect(pointsOf('travel', candidate, aPackage().build())).toBe(7.5);
    });
  });

  describe('education', () => {
    const pkg = aPackage().withComplexity('mbo2').build();

    it('gives full points when the person meets the package complexity', () => {
      expect(
        pointsOf('education', aCandidate().withEducation('mbo3').build(), pkg),
      ).toBe(10);
    });

    it('gives half when the person is one level below', () => {
      expect(
        pointsOf('education', aCandidate().withEducation('mbo1').build(), pkg),
      ).toBe(5);
    });

    it('gives nothing when the person is further below', () => {
      expect(
        pointsOf('education', aCandidate().withEducation('none').build(), pkg),
      ).toBe(0);
    });

    it('gives half when the level is unknown', () => {
      expect(
        pointsOf('education', aCandidate().withEducation(null).build(), pkg),
      ).toBe(5);
    });
  });

  describe('accommodations', () => {
    it('scores the share of needed provisions the workplace already offers', () => {
      const candidate = aCandidate()
        .needingAccommodations('rustige werkplek', 'aangepaste stoel')
        .build();
      const pkg = aPackage()
        .offeringAccommodations('rustige werkplek', 'pauzeruimte')
        .build();

      expect(pointsOf('accommodations', candidate, pkg)).toBe(5);
    });

    it('gives full points to a person who needs no provisions', () => {
      expect(
        pointsOf('accommodations', aCandidate().build(), aPackage().build()),
      ).toBe(10);
    });
  });
});
