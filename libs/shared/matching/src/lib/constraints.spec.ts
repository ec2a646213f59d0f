import { TODAY, aCandidate, aPackage } from '../testing';
import { checkPair } from './constraints';
import { distanceKm } from './geo';

const codes = (failures: ReturnType<typeof checkPair>) =>
  failures.map((failure) => failure.code);

describe('checkPair', () => {
  it('finds nothing wrong with the default candidate and package', () => {
    expect(checkPair(aCandidate().build(), aPackage().build(), TODAY)).toEqual(
      [],
    );
  });

  it('a candidate strongly limited in customer contact is not matched to a package with front-desk work', () => {
    const candidate = aCandidate()
      .withLimitation('customer_contact', 2)
      .build();
    const frontDesk = aPackage().withDemand('customer_contact', 2).build();

    expect(checkPair(candidate, frontDesk, TODAY)).toEqual([
      {
        code: 'dimension',
        dimension: 'customer_contact',
        demand: 2,
        limitation: 2,
      },
    ]);
  });

  it('a candidate limited in customer contact fits brief, predictable customer contact', () => {
    const candidate = aCandidate()
      .withLimitation('customer_contact', 1)
      .build();
    const showingTheWay = aPackage().withDemand('customer_contact', 1).build();

    expect(checkPair(candidate, showingTheWay, TODAY)).toEqual([]);
  });

  it('a strong limitation still fits a dimension the package does not ask for', () => {
    const candidate = aCandidate()
      .withLimitation('lifting_carrying', 2)
      .build();

    expect(checkPair(candidate, aPackage().build(), TODAY)).toEqual([]);
  });

  it('lists blocking dimensions in catalogue order', () => {
    const candidate = aCandidate()
      .withLimitation('standing', 2)
      .withLimitation('concentration', 2)
      .build();
    const pkg = aPackage()
      .withDemand('standing', 1)
      .withDemand('concentration', 1)
      .build();

    expect(
      checkPair(candidate, pkg, TODAY).map((failure) =>
        failure.code === 'dimension' ? failure.dimension : failure.code,
      ),
    ).toEqual(['concentration', 'standing']);
  });

  it('a package needing evenings only matches people who can work evenings', () => {
    const evenings = aPackage().needing('evenings').build();

    expect(codes(checkPair(aCandidate().build(), evenings, TODAY))).toEqual([
      'evenings',
    ]);
    expect(
      checkPair(aCandidate().allowing('evenings').build(), evenings, TODAY),
    ).toEqual([]);
  });

  it('checks nights and weekends separately from evenings', () => {
    const candidate = aCandidate().allowing('evenings').build();
    const pkg = aPackage().needing('evenings', 'nights', 'weekends').build();

    expect(codes(checkPair(candidate, pkg, TODAY))).toEqual([
      'nights',
      'weekends',
    ]);
  });

  it('a package with more hours a week than the person can work does not fit', () => {
    const candidate = aCandidate().withMaxHoursPerWeek(16).build();

    expect(
      checkPair(candidate, aPackage().withHours(16).build(), TODAY),
    ).toEqual([]);
    expect(
      checkPair(candidate, aPackage().withHours(16.5).build(), TODAY),
    ).toEqual([
      { code: 'hours_per_week', hoursPerWeek: 16.5, maxHoursPerWeek: 16 },
    ]);
  });

  it('the hours per day rule spreads the week over at most five working days', () => {
    const sixHoursADay = aCandidate()
      .withMaxHoursPerWeek(null)
      .withMaxHoursPerDay(6)
      .build();

    expect(
      checkPair(sixHoursADay, aPackage().withHours(30).build(), TODAY),
    ).toEqual([]);
    expect(
      checkPair(sixHoursADay, aPackage().withHours(32).build(), TODAY),
    ).toEqual([{ code: 'hours_per_day', hoursPerDay: 6.4, maxHoursPerDay: 6 }]);
  });

  it('a person without stated maximum hours has no hours limit', () => {
    const candidate = aCandidate()
      .withMaxHoursPerWeek(null)
      .withMaxHoursPerDay(null)
      .build();

    expect(
      checkPair(candidate, aPackage().withHours(40).build(), TODAY),
    ).toEqual([]);
  });

  it('a workplace exactly at the edge of the travel radius is within reach', () => {
    const pkg = aPackage().workedAt(52.3791, 4.9003).build();
    const edge = distanceKm(52.0894, 5.1101, 52.3791, 4.9003);
    const candidate = aCandidate()
      .livingAt(52.0894, 5.1101)
      .withTravelRadius(edge)
      .build();

    expect(checkPair(candidate, pkg, TODAY)).toEqual([]);
  });

  it('a workplace a metre beyond the travel radius is out of reach', () => {
    const pkg = aPackage().workedAt(52.3791, 4.9003).build();
    const edge = distanceKm(52.0894, 5.1101, 52.3791, 4.9003);
    const candidate = aCandidate()
      .livingAt(52.0894, 5.1101)
      .withTravelRadius(edge - 0.001)
      .build();

    expect(checkPair(candidate, pkg, TODAY)).toEqual([
      { code: 'distance', distanceKm: edge, travelRadiusKm: edge - 0.001 },
    ]);
  });

  it('a person without a home location fails the distance with an unknown distance', () => {
    const candidate = aCandidate().livingAt(null, null).build();

    expect(checkPair(candidate, aPackage().build(), TODAY)).toEqual([
      { code: 'distance', distanceKm: null, travelRadiusKm: 20 },
    ]);
  });

  it('a workplace without a location is out of everyone’s reach', () => {
    const pkg = aPackage().workedAt(null, null).build();

    expect(codes(checkPair(aCandidate().build(), pkg, TODAY))).toEqual([
      'distance',
    ]);
  });

  it('a person without a travel radius fails the distance', () => {
    const candidate = aCandidate().withTravelRadius(null).build();

    expect(checkPair(candidate, aPackage().build(), TODAY)).toEqual([
      { code: 'distance', distanceKm: 0, travelRadiusKm: null },
    ]);
  });

  it('a register end date of today makes the person ineligible today', () => {
    const candidate = aCandidate().leavingTheRegisterOn('2026-12-01').build();

    expect(codes(checkPair(candidate, aPackage().build(), TODAY))).toEqual([
      'register_ended',
    ]);
  });

  it('a register end date of tomorrow still lets the person be matched today', () => {
    const candidate = aCandidate().leavingTheRegisterOn('2026-12-02').build();

    expect(checkPair(candidate, aPackage().build(), TODAY)).toEqual([]);
  });

  it('only available and in-process candidates may be matched', () => {
    const pkg = aPackage().build();
    const statuses = ['available', 'in_process', 'placed', 'inactive'];

    expect(
      statuses.map((status) =>
        codes(checkPair(aCandidate().withStatus(status).build(), pkg, TODAY)),
      ),
    ).toEqual([[], [], ['status'], ['status']]);
  });

  it('a person who has not given consent is never matched', () => {
    const candidate = aCandidate().withoutConsent().build();

    expect(codes(checkPair(candidate, aPackage().build(), TODAY))).toEqual([
      'consent',
    ]);
  });

  it('reports every failure in the stable order of the constraints', () => {
    const candidate = aCandidate()
      .withStatus('placed')
      .withoutConsent()
      .leavingTheRegisterOn('2026-01-01')
      .withLimitation('noise', 2)
      .withMaxHoursPerWeek(10)
      .withMaxHoursPerDay(1)
      .livingAt(53.22, 6.57)
      .build();
    const pkg = aPackage()
      .withDemand('noise', 1)
      .withHours(12)
      .needing('evenings', 'nights', 'weekends')
      .build();

    expect(codes(checkPair(candidate, pkg, TODAY))).toEqual([
      'status',
      'consent',
      'register_ended',
      'dimension',
      'hours_per_week',
      'hours_per_day',
      'evenings',
      'nights',
      'weekends',
      'distance',
    ]);
  });
});
