import {
  HardConstraintDto,
  PROPOSAL_STATUSES,
  ProposalListQuery,
  ProposalStatus,
  TaskFeedbackDto,
} from '@jcw/shared-contracts';
import { TRANSLATED_ERROR_CODES } from '@jcw/web-shared-ui';
import { ApiFailure, Language } from '@jcw/web-shared-util';
import { ParamMap } from '@angular/router';
import { Announcement } from '../admin/announcement';
import { dimensionLabel } from '../carving/carving-format';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A score or a part of one, with at most one decimal: `81,5`. */
export function formatScore(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    maximumFractionDigits: 1,
  }).format(Number.isFinite(value) ? value : 0);
}

/** Kilometres with at most one decimal: `3,4`. */
export function formatKm(value: number, language: Language): string {
  return formatScore(value, language);
}

/**
 * The failing hard constraint of a near miss in words, as a translation key with parameters:
 * "Klantcontact: vraag 2, beperking 1", "Reisafstand 23 km, bereik 15 km", "Avonden niet
 * mogelijk".
 */
export function describeConstraint(
  constraint: HardConstraintDto,
  language: Language,
): Announcement {
  const key = `matching.constraint.${constraint.code}`;
  const number = (value: number | null | undefined) =>
    value === null || value === undefined ? '?' : formatKm(value, language);
  switch (constraint.code) {
    case 'dimension':
      return {
        key,
        params: {
          dimension: dimensionLabel(constraint.dimension ?? '', language),
          demand: constraint.demand ?? '?',
          limitation: constraint.limitation ?? '?',
        },
      };
    case 'hours_per_week':
      return {
        key,
        params: {
          hours: number(constraint.hoursPerWeek),
          max: number(constraint.maxHoursPerWeek),
        },
      };
    case 'hours_per_day':
      return {
        key,
        params: {
          hours: number(constraint.hoursPerDay),
          max: number(constraint.maxHoursPerDay),
        },
      };
    case 'distance':
      if (constraint.distanceKm === null || constraint.distanceKm === undefined)
        return { key: 'matching.constraint.distanceUnknown' };
      if (
        constraint.travelRadiusKm === null ||
        constraint.travelRadiusKm === undefined
      )
        return {
          key: 'matching.constraint.distanceNoRadius',
          params: { distance: number(constraint.distanceKm) },
        };
      return {
        key,
        params: {
          distance: number(constraint.distanceKm),
          radius: number(constraint.travelRadiusKm),
        },
      };
    default:
      return { key };
  }
}

/** One line of carving feedback per way to lower a demand: "Klantcontact een niveau lager: +3". */
export function describeLowering(
  lowering: TaskFeedbackDto['gainedByLowering'][number],
  language: Language,
): Announcement {
  const dimension = dimensionLabel(lowering.dimension, language);
  return lowering.from - lowering.to === 1
    ? {
        key: 'matching.feedback.oneLevelLower',
        params: { dimension, gained: lowering.gained },
      }
    : {
        key: 'matching.feedback.lowered',
        params: {
          dimension,
          from: lowering.from,
          to: lowering.to,
          gained: lowering.gained,
        },
      };
}

/** Why a request failed, short enough for a table cell: a translated text or the API's words. */
export function failureMessage(failure: ApiFailure): Announcement | string {
  if (
    failure.code &&
    (TRANSLATED_ERROR_CODES as readonly string[]).includes(failure.code)
  ) {
    return { key: `errors.code.${failure.code}` };
  }
  if ([0, 502, 503, 504].includes(failure.status)) {
    return { key: 'errors.unreachable' };
  }
  if (failure.status === 403) return { key: 'errors.forbidden' };
  return failure.message ?? { key: 'errors.unexpected' };
}

// ------------------------------------------------------------ the list's filters in the URL

/** `?status=all` asks for every status where the default is one of them (a manager's inbox). */
export const ALL_STATUSES = 'all';

export interface ProposalFilters {
  /** '' = every status. */
  status: ProposalStatus | '';
  packageId: string | null;
}

function isProposalStatus(value: string | null): value is ProposalStatus {
  return (
    value !== null && (PROPOSAL_STATUSES as readonly string[]).includes(value)
  );
}

/**
 * Reads the filters from the query string. Without a status the role's default applies: a
 * manager's inbox opens on what still waits for them, an adviser's list on everything.
 */
export function proposalFiltersFromParams(
  params: ParamMap,
  defaultStatus: ProposalStatus | '',
): ProposalFilters {
  const status = params.get('status');
  return {
    status: isProposalStatus(status)
      ? status
      : status === ALL_STATUSES
        ? ''
        : defaultStatus,
    packageId: params.get('packageId') || null,
  };
}

/** The query string for `filters`: the role's default status stays out of it. */
export function paramsFromProposalFilters(
  filters: ProposalFilters,
  defaultStatus: ProposalStatus | '',
): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.status !== defaultStatus) {
    params['status'] = filters.status === '' ? ALL_STATUSES : filters.status;
  }
  if (filters.packageId) params['packageId'] = filters.packageId;
  return params;
}

export function queryFromProposalFilters(
  filters: ProposalFilters,
): ProposalListQuery {
  const query: ProposalListQuery = {};
  if (filters.status) query.status = filters.status;
  if (filters.packageId) query.packageId = filters.packageId;
  return query;
}

/** `?page=` of the candidates page; anything odd is page 1. */
export function pageFromParams(params: ParamMap): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 1 ? page : 1;
}
