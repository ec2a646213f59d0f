import { convertToParamMap } from '@angular/router';
import {
  describeConstraint,
  describeLowering,
  failureMessage,
  paramsFromProposalFilters,
  proposalFiltersFromParams,
} from './matching-format';

describe('describing a near miss', () => {
  it('names the dimension with the demand and the limitation', () => {
    expect(
      describeConstraint(
        {
          code: 'dimension',
          dimension: 'customer_contact',
          demand: 2,
          limitation: 1,
        },
        'nl',
      ),
    ).toEqual({
      key: 'matching.constraint.dimension',
      params: { dimension: 'Klantcontact', demand: 2, limitation: 1 },
    });
  });

  it('gives the distance and the range in kilometres, or says what is unknown', () => {
    expect(
      describeConstraint(
        { code: 'distance', distanceKm: 23.25, travelRadiusKm: 15 },
        'nl',
      ),
    ).toEqual({
      key: 'matching.constraint.distance',
      params: { distance: '23,3', radius: '15' },
    });
    expect(
      describeConstraint({ code: 'distance', distanceKm: null }, 'nl'),
    ).toEqual({ key: 'matching.constraint.distanceUnknown' });
    expect(
      describeConstraint(
        { code: 'distance', distanceKm: 9, travelRadiusKm: null },
        'en',
      ),
    ).toEqual({
      key: 'matching.constraint.distanceNoRadius',
      params: { distance: '9' },
    });
  });

  it('says the hours asked and the most the person can work', () => {
    expect(
      describeConstraint(
        { code: 'hours_per_week', hoursPerWeek: 24, maxHoursPerWeek: 20 },
        'nl',
      ),
    ).toEqual({
      key: 'matching.constraint.hours_per_week',
      params: { hours: '24', max: '20' },
    });
  });

  it('needs no figures for evenings, nights, weekends, status and consent', () => {
    expect(describeConstraint({ code: 'evenings' }, 'nl')).toEqual({
      key: 'matching.constraint.evenings',
    });
  });
});

describe('describing carving feedback', () => {
  it('says "one level lower" for a step of one, and the levels otherwise', () => {
    expect(
      describeLowering(
        { dimension: 'customer_contact', from: 2, to: 1, gained: 3 },
        'nl',
      ),
    ).toEqual({
      key: 'matching.feedback.oneLevelLower',
      params: { dimension: 'Klantcontact', gained: 3 },
    });
    expect(
      describeLowering(
        { dimension: 'customer_contact', from: 2, to: 0, gained: 5 },
        'en',
      ),
    ).toEqual({
      key: 'matching.feedback.lowered',
      params: { dimension: 'Customer contact', from: 2, to: 0, gained: 5 },
    });
  });
});

describe('the proposal list filters in the URL', () => {
  it('opens a manager’s inbox on open proposals and an adviser’s list on all', () => {
    expect(
      proposalFiltersFromParams(convertToParamMap({}), 'proposed'),
    ).toEqual({
      status: 'proposed',
      packageId: null,
    });
    expect(proposalFiltersFromParams(convertToParamMap({}), '')).toEqual({
      status: '',
      packageId: null,
    });
  });

  it('reads ?status=all as every status and drops unknown values', () => {
    expect(
      proposalFiltersFromParams(
        convertToParamMap({ status: 'all' }),
        'proposed',
      ).status,
    ).toBe('');
    expect(
      proposalFiltersFromParams(convertToParamMap({ status: 'nonsense' }), '')
        .status,
    ).toBe('');
  });

  it('keeps the role’s default out of the URL', () => {
    expect(
      paramsFromProposalFilters(
        { status: 'proposed', packageId: null },
        'proposed',
      ),
    ).toEqual({});
    expect(
      paramsFromProposalFilters({ status: '', packageId: 'p1' }, 'proposed'),
    ).toEqual({ status: 'all', packageId: 'p1' });
  });
});

describe('a failure in a table cell', () => {
  it('uses the translated text of a known code, else the API’s words', () => {
    const failure = {
      status: 409,
      code: 'MATCH_NOT_FEASIBLE',
      message: 'No longer fits',
      fieldErrors: {},
      otherErrors: [],
      retryAfterSeconds: null,
    };
    expect(failureMessage(failure)).toEqual({
      key: 'errors.code.MATCH_NOT_FEASIBLE',
    });
    expect(failureMessage({ ...failure, code: 'SOMETHING_NEW' })).toBe(
      'No longer fits',
    );
    expect(failureMessage({ ...failure, status: 0, code: null })).toEqual({
      key: 'errors.unreachable',
    });
  });
});
