import { convertToParamMap } from '@angular/router';
import {
  paramsFromPlacementFilters,
  placementFiltersFromParams,
  queryFromPlacementFilters,
} from './placement-filters';

describe('the placement filters in the URL', () => {
  it('reads status, method and page, and drops values it does not know', () => {
    expect(
      placementFiltersFromParams(
        convertToParamMap({ status: 'active', method: 'teleport', page: '3' }),
      ),
    ).toEqual({ status: 'active', method: '', page: 3 });
  });

  it('writes only what is set, so a shared link stays short', () => {
    expect(
      paramsFromPlacementFilters({ status: '', method: 'hired_in', page: 1 }),
    ).toEqual({ method: 'hired_in' });
  });

  it('asks the API for the filtered page', () => {
    expect(
      queryFromPlacementFilters({ status: 'ended', method: '', page: 2 }, 25),
    ).toEqual({ status: 'ended', page: 2, pageSize: 25 });
  });
});
