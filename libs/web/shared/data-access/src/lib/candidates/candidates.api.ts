import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CandidateListQuery,
  CandidatePage,
  CandidateProfileDto,
  CreateCandidateRequest,
  RegisterImportDto,
  RegisterImportErrorPage,
  UpdateCandidateRequest,
} from '@jcw/shared-contracts';
import { Observable } from 'rxjs';

export const CANDIDATES_URL = '/api/candidates';
export const REGISTER_IMPORTS_URL = `${CANDIDATES_URL}/imports`;

export function candidateUrl(id: string): string {
  return `${CANDIDATES_URL}/${encodeURIComponent(id)}`;
}

export function registerImportUrl(id: string): string {
  return `${REGISTER_IMPORTS_URL}/${encodeURIComponent(id)}`;
}

/** Query parameters for the filters that are set; empty ones are left out of the URL. */
function queryParams(query: CandidateListQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params = params.set(key, String(value));
    }
  }
  return params;
}

/**
 * `/api/candidates`: hr advisers see the organisation's candidates, a jobcoach only their own.
 * Every profile read is written to the audit log by the API (`profile.read`).
 */
@Injectable({ providedIn: 'root' })
export class CandidatesApi {
  private readonly http = inject(HttpClient);

  /** One numbered page of the candidates matching the filters. */
  list(query: CandidateListQuery = {}): Observable<CandidatePage> {
    return this.http.get<CandidatePage>(CANDIDATES_URL, {
      params: queryParams(query),
    });
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

  /** Right to erasure (hr_adviser): personal data goes, what the quota ledger needs stays. */
  erase(id: string): Observable<void> {
    return this.http.delete<void>(candidateUrl(id));
  }

  /** `POST /api/candidates/imports` (hr_adviser): 202 with the queued import. */
  uploadRegister(file: File): Observable<RegisterImportDto> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<RegisterImportDto>(REGISTER_IMPORTS_URL, body);
  }

  listImports(): Observable<RegisterImportDto[]> {
    return this.http.get<RegisterImportDto[]>(REGISTER_IMPORTS_URL);
  }

  getImport(id: string): Observable<RegisterImportDto> {
    return this.http.get<RegisterImportDto>(registerImportUrl(id));
  }

  importErrors(
    id: string,
    page: number,
    pageSize: number,
  ): Observable<RegisterImportErrorPage> {
    return this.http.get<RegisterImportErrorPage>(
      `${registerImportUrl(id)}/errors`,
      { params: queryParams({ page, pageSize }) },
    );
  }

  /** The error report as a blob: the request needs the bearer token, so a plain link would not do. */
  importReport(id: string): Observable<Blob> {
    return this.http.get(`${registerImportUrl(id)}/report.csv`, {
      responseType: 'blob',
    });
  }
}
