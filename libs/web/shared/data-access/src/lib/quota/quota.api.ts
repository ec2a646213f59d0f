import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  MonitorFormat,
  OrganisationQuotaYearDto,
  PayrollImportResultDto,
  PlacementMethod,
  PutOrganisationQuotaYearRequest,
  PutQuotaYearParametersRequest,
  QuotaDashboardDto,
  QuotaLinesDto,
  QuotaOverviewDto,
  QuotaRebuildResultDto,
  QuotaYearParametersDto,
  TargetGroup,
} from '@jcw/shared-contracts';
import { Observable } from 'rxjs';
import { toQueryParams } from '../placements/placements.api';

export const QUOTA_URL = {
  parameters: '/api/quota/parameters',
  organisations: '/api/quota/organisations',
  dashboard: '/api/quota/dashboard',
  overview: '/api/quota/overview',
  lines: '/api/quota/lines',
  monitor: '/api/quota/monitor',
  rebuild: '/api/quota/rebuild',
} as const;

export function quotaParametersUrl(year: number): string {
  return `${QUOTA_URL.parameters}/${year}`;
}

export function organisationQuotaYearUrl(
  organisationId: string,
  year: number,
): string {
  return `${QUOTA_URL.organisations}/${encodeURIComponent(organisationId)}/years/${year}`;
}

/**
 * Which figure's lines to list: the organisation (a coordinator's choice; others get their own)
 * and at most one slice - a method, a target group or a unit.
 */
export interface QuotaLinesQuery {
  year: number;
  organisationId?: string | null;
  method?: PlacementMethod | null;
  targetGroup?: TargetGroup | null;
  unitId?: string | null;
}

/**
 * `/api/quota`: the legal figures per year, an organisation's paid hours and target, the counter
 * (dashboard, overview of all organisations, the lines behind a figure), the monitor export and
 * the rebuild of the counter from the ledger.
 */
@Injectable({ providedIn: 'root' })
export class QuotaApi {
  private readonly http = inject(HttpClient);

  parameters(): Observable<QuotaYearParametersDto[]> {
    return this.http.get<QuotaYearParametersDto[]>(QUOTA_URL.parameters);
  }

  /** admin, superadmin: creates or replaces the figures of `year`. */
  putParameters(
    year: number,
    request: PutQuotaYearParametersRequest,
  ): Observable<QuotaYearParametersDto> {
    return this.http.put<QuotaYearParametersDto>(
      quotaParametersUrl(year),
      request,
    );
  }

  organisationYear(
    organisationId: string,
    year: number,
  ): Observable<OrganisationQuotaYearDto> {
    return this.http.get<OrganisationQuotaYearDto>(
      organisationQuotaYearUrl(organisationId, year),
    );
  }

  putOrganisationYear(
    organisationId: string,
    year: number,
    request: PutOrganisationQuotaYearRequest,
  ): Observable<OrganisationQuotaYearDto> {
    return this.http.put<OrganisationQuotaYearDto>(
      organisationQuotaYearUrl(organisationId, year),
      request,
    );
  }

  /** The payroll export's paid hours are summed by the API and become the year's total. */
  importPayroll(
    organisationId: string,
    year: number,
    csv: string,
  ): Observable<PayrollImportResultDto> {
    return this.http.post<PayrollImportResultDto>(
      `${organisationQuotaYearUrl(organisationId, year)}/payroll`,
      { csv },
    );
  }

  /** A coordinator must name the organisation; everyone else gets their own. */
  dashboard(
    year: number,
    organisationId?: string | null,
  ): Observable<QuotaDashboardDto> {
    return this.http.get<QuotaDashboardDto>(QUOTA_URL.dashboard, {
      params: toQueryParams({ year, organisationId }),
    });
  }

  /** coordinator: every organisation of the installation. */
  overview(year: number): Observable<QuotaOverviewDto> {
    return this.http.get<QuotaOverviewDto>(QUOTA_URL.overview, {
      params: toQueryParams({ year }),
    });
  }

  lines(query: QuotaLinesQuery): Observable<QuotaLinesDto> {
    return this.http.get<QuotaLinesDto>(QUOTA_URL.lines, {
      params: toQueryParams(query),
    });
  }

  /**
   * The monitor as a file in the user's language; a blob, because the request needs the bearer
   * token.
   */
  monitor(
    year: number,
    format: MonitorFormat,
    organisationId?: string | null,
    lang?: 'nl' | 'en',
  ): Observable<Blob> {
    return this.http.get(QUOTA_URL.monitor, {
      params: toQueryParams({ year, organisationId, format, lang }),
      responseType: 'blob',
    });
  }

  rebuild(): Observable<QuotaRebuildResultDto> {
    return this.http.post<QuotaRebuildResultDto>(QUOTA_URL.rebuild, {});
  }
}
