import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AuditEntryDto,
  AuditQuery,
  CreateOrganisationRequest,
  CreateUnitRequest,
  CreateUserRequest,
  OrganisationDto,
  Page,
  UnitDto,
  UpdateUnitRequest,
  UpdateUserRequest,
  UserDto,
} from '@jcw/shared-contracts';
import { Observable } from 'rxjs';

export const IDENTITY_URL = {
  organisations: '/api/organisations',
  units: '/api/units',
  users: '/api/users',
  audit: '/api/audit',
} as const;

/** `GET/POST /api/organisations` (superadmin; coordinators may read). */
@Injectable({ providedIn: 'root' })
export class OrganisationsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<OrganisationDto[]> {
    return this.http.get<OrganisationDto[]>(IDENTITY_URL.organisations);
  }

  create(request: CreateOrganisationRequest): Observable<OrganisationDto> {
    return this.http.post<OrganisationDto>(IDENTITY_URL.organisations, request);
  }
}

/** `/api/units`: a flat list with `parentId`; the tree is built in the browser. */
@Injectable({ providedIn: 'root' })
export class UnitsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<UnitDto[]> {
    return this.http.get<UnitDto[]>(IDENTITY_URL.units);
  }

  create(request: CreateUnitRequest): Observable<UnitDto> {
    return this.http.post<UnitDto>(IDENTITY_URL.units, request);
  }

  update(id: string, request: UpdateUnitRequest): Observable<UnitDto> {
    return this.http.patch<UnitDto>(unitUrl(id), request);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(unitUrl(id));
  }
}

/** `/api/users` (admin). */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(): Observable<UserDto[]> {
    return this.http.get<UserDto[]>(IDENTITY_URL.users);
  }

  create(request: CreateUserRequest): Observable<UserDto> {
    return this.http.post<UserDto>(IDENTITY_URL.users, request);
  }

  update(id: string, request: UpdateUserRequest): Observable<UserDto> {
    return this.http.patch<UserDto>(userUrl(id), request);
  }
}

/** `GET /api/audit` (admin): one page at a time, newest first. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  page(query: AuditQuery): Observable<Page<AuditEntryDto>> {
    return this.http.get<Page<AuditEntryDto>>(IDENTITY_URL.audit, {
      params: toParams(query),
    });
  }
}

export function unitUrl(id: string): string {
  return `${IDENTITY_URL.units}/${encodeURIComponent(id)}`;
}

export function userUrl(id: string): string {
  return `${IDENTITY_URL.users}/${encodeURIComponent(id)}`;
}

/** Leaves out empty filters: `?action=` would ask for entries whose action is the empty string. */
function toParams(query: AuditQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params = params.set(key, String(value));
    }
  }
  return params;
}
