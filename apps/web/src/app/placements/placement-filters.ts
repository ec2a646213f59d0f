import { ParamMap } from '@angular/router';
import {
  PLACEMENT_METHODS,
  PLACEMENT_STATUSES,
  PlacementListQuery,
  PlacementMethod,
  PlacementStatus,
} from '@jcw/shared-contracts';

/** The list's filters as they stand in the URL (`?status=&method=&page=`), '' = not set. */
export interface PlacementFilters {
  status: PlacementStatus | '';
  method: PlacementMethod | '';
  page: number;
}

export const NO_PLACEMENT_FILTERS: PlacementFilters = {
  status: '',
  method: '',
  page: 1,
};

function oneOf<T extends string>(
  value: string | null,
  allowed: readonly T[],
): T | '' {
  return value !== null && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : '';
}

/** Reads the filters from the query string; unknown values are dropped rather than sent. */
export function placementFiltersFromParams(params: ParamMap): PlacementFilters {
  const page = Number(params.get('page'));
  return {
    status: oneOf(params.get('status'), PLACEMENT_STATUSES),
    method: oneOf(params.get('method'), PLACEMENT_METHODS),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The query string for `filters`: only what is set, so shared URLs stay short. */
export function paramsFromPlacementFilters(
  filters: PlacementFilters,
): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  if (filters.status) params['status'] = filters.status;
  if (filters.method) params['method'] = filters.method;
  if (filters.page !== 1) params['page'] = filters.page;
  return params;
}

export function queryFromPlacementFilters(
  filters: PlacementFilters,
  pageSize: number,
): PlacementListQuery {
  const query: PlacementListQuery = { page: filters.page, pageSize };
  if (filters.status) query.status = filters.status;
  if (filters.method) query.method = filters.method;
  return query;
}
