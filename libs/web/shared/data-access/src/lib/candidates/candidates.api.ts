import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CandidateProfileDto,
  CandidateSummaryDto,
  CreateCandidateRequest,
  UpdateCandidateRequest,
} from '@jcw/shared-contracts';
import { Observable } from 'rxjs';

export const CANDIDATES_URL = '/api/candidates';

export function candidateUrl(id: string): string {
  return `${CANDIDATES_URL}/${encodeURIComponent(id)}`;
}

/**
 * `/api/candidates`: hr advisers see the organisation's candidates, a jobcoach only their own.
 * Every profile read is written to the audit log by the API (`profile.read`).
 */
@Injectable({ providedIn: 'root' })
export class CandidatesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<CandidateSummaryDto[]> {
    return this.http.get<CandidateSummaryDto[]>(CANDIDATES_URL);
  }

  get(id: string): Observable<CandidateProfileDto> {
    return this.http.get<CandidateProfileDto>(candidateUrl(id));
  }

  /** 409 `CANDIDATE_EXISTS` when the BSN is already registered; 400 details name the fields. */
  create(request: CreateCandidateRequest): Observable<CandidateProfileDto> {
    return this.http.post<CandidateProfileDto>(CANDIDATES_URL, request);
  }

  update(
    id: string,
    request: UpdateCandidateRequest,
  ): Observable<CandidateProfileDto> {
    return this.http.patch<CandidateProfileDto>(candidateUrl(id), request);
  }
}
