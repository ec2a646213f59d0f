import { ParamMap } from '@angular/router';
import {
  CANDIDATE_STATUSES,
  CandidateListQuery,
  LABOUR_MARKET_REGIONS,
  TARGET_GROUPS,
} from '@jcw/shared-contracts';

export const COMPLETENESS_OPTIONS = [
  'complete',
  'incomplete',
  'min50',
  'min75',
] as const;
export type CompletenessOption = (typeof COMPLETENESS_OPTIONS)[number];

export const COACH_OPTIONS = ['mine', 'none'] as const;
export type CoachOption = (typeof COACH_OPTIONS)[number];

/** The list's filters as they stand in the URL (`?status=&region=&page=`), '' = not set. */
export interface CandidateFilters {
  q: string;
  status: string;
  targetGroup: string;
  region: string;
  completeness: string;
  coach: string;
  page: number;
}

export const NO_FILTERS: CandidateFilters = {
  q: '',
  status: '',
  targetGroup: '',
  region: '',
  completeness: '',
  coach: '',
  page: 1,
};

const oneOf = (value: string | null, allowed: readonly string[]) =>
  value !== null && allowed.includes(value) ? value : '';

/** Reads the filters from the query string; unknown values are dropped rather than sent. */
export function filtersFromParams(params: ParamMap): CandidateFilters {
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').trim(),
    status: oneOf(params.get('status'), CANDIDATE_STATUSES),
    targetGroup: oneOf(params.get('targetGroup'), TARGET_GROUPS),
    region: oneOf(params.get('region'), LABOUR_MARKET_REGIONS),
    completeness: oneOf(params.get('completeness'), COMPLETENESS_OPTIONS),
    coach: oneOf(params.get('coach'), COACH_OPTIONS),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The query string for `filters`: only what is set, so shared URLs stay short. */
export function paramsFromFilters(
  filters: CandidateFilters,
): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (key === 'page' ? value !== 1 : value !== '') params[key] = value;
  }
  return params;
}

/** The API query for `filters`; "my candidates" needs the signed-in user's id. */
export function queryFromFilters(
  filters: CandidateFilters,
  userId: string | null,
  pageSize: number,
): CandidateListQuery {
  const query: CandidateListQuery = { page: filters.page, pageSize };
  if (filters.q) query.q = filters.q;
  if (filters.status)
    query.status = filters.status as CandidateListQuery['status'];
  if (filters.targetGroup)
    query.targetGroup =
      filters.targetGroup as CandidateListQuery['targetGroup'];
  if (filters.region)
    query.region = filters.region as CandidateListQuery['region'];
  switch (filters.completeness as CompletenessOption | '') {
    case 'complete':
      query.minCompleteness = 100;
      break;
    case 'incomplete':
      query.maxCompleteness = 99;
      break;
    case 'min50':
      query.minCompleteness = 50;
      break;
    case 'min75':
      query.minCompleteness = 75;
      break;
  }
  if (filters.coach === 'none') query.coach = 'none';
  if (filters.coach === 'mine' && userId) query.coach = userId;
  return query;
}
