import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  ChangePlacementHoursRequest,
  CreatePlacementRequest,
  EndPlacementRequest,
  LedgerEntryDto,
  PlacementDto,
  PlacementListQuery,
  PlacementPage,
  SustainabilityDto,
  UpdatePlacementRequest,
} from '@jcw/shared-contracts';
import { Observable } from 'rxjs';
import { IDEMPOTENCY_HEADER } from '../http/idempotency-key';

export const PLACEMENTS_URL = '/api/placements';
export const SUSTAINABILITY_URL = `${PLACEMENTS_URL}/sustainability`;

export function placementUrl(id: string): string {
  return `${PLACEMENTS_URL}/${encodeURIComponent(id)}`;
}

/** Query parameters for what is set; empty filters stay out of the URL. */
export function toQueryParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params = params.set(key, String(value));
    }
  }
  return params;
}

const withKey = (idempotencyKey: string) => ({
  headers: new HttpHeaders({ [IDEMPOTENCY_HEADER]: idempotencyKey }),
});

/**
 * `/api/placements` (hr_adviser): placements, their hour steps and the quota ledger lines they
 * wrote. Every write carries the form's `Idempotency-Key`, so a retry after a lost answer is
 * applied once.
 */
@Injectable({ providedIn: 'root' })
export class PlacementsApi {
  private readonly http = inject(HttpClient);

  list(query: PlacementListQuery = {}): Observable<PlacementPage> {
    return this.http.get<PlacementPage>(PLACEMENTS_URL, {
      params: toQueryParams(query),
    });
  }

  get(id: string): Observable<PlacementDto> {
    return this.http.get<PlacementDto>(placementUrl(id));
  }

  ledger(id: string): Observable<LedgerEntryDto[]> {
    return this.http.get<LedgerEntryDto[]>(`${placementUrl(id)}/ledger`);
  }

  /** 409 when the candidate's hours over overlapping placements exceed their maximum. */
  create(
    request: CreatePlacementRequest,
    idempotencyKey: string,
  ): Observable<PlacementDto> {
    return this.http.post<PlacementDto>(
      PLACEMENTS_URL,
      request,
      withKey(idempotencyKey),
    );
  }

  update(
    id: string,
    request: UpdatePlacementRequest,
    idempotencyKey: string,
  ): Observable<PlacementDto> {
    return this.http.patch<PlacementDto>(
      placementUrl(id),
      request,
      withKey(idempotencyKey),
    );
  }

  changeHours(
    id: string,
    request: ChangePlacementHoursRequest,
    idempotencyKey: string,
  ): Observable<PlacementDto> {
    return this.http.post<PlacementDto>(
      `${placementUrl(id)}/hours`,
      request,
      withKey(idempotencyKey),
    );
  }

  end(
    id: string,
    request: EndPlacementRequest,
    idempotencyKey: string,
  ): Observable<PlacementDto> {
    return this.http.post<PlacementDto>(
      `${placementUrl(id)}/end`,
      request,
      withKey(idempotencyKey),
    );
  }

  /** hr_adviser and admin: their organisation; a coordinator names one (or none: all). */
  sustainability(
    organisationId?: string | null,
  ): Observable<SustainabilityDto> {
    return this.http.get<SustainabilityDto>(SUSTAINABILITY_URL, {
      params: toQueryParams({ organisationId }),
    });
  }
}
