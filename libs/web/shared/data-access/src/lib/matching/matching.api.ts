import { HttpClient, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AcceptProposalRequest,
  CandidateMatchesDto,
  CarvingFeedbackDto,
  CreateProposalRequest,
  NearMissesDto,
  NotificationListDto,
  PackageMatchPage,
  ProposalDto,
  ProposalListItemDto,
  ProposalListQuery,
  RejectionReportDto,
  RejectProposalRequest,
  SpotlightRequest,
  SpotlightResultDto,
  TeamAssignmentDto,
  TeamAssignmentRequest,
} from '@jcw/shared-contracts';
import { Observable } from 'rxjs';
import { candidateUrl } from '../candidates/candidates.api';
import { packageUrl } from '../carving/carving.api';
import { IDEMPOTENCY_HEADER } from '../http/idempotency-key';
import { toQueryParams } from '../placements/placements.api';

export const MATCHING_URL = {
  teamAssignments: '/api/matching/team-assignments',
  spotlight: '/api/matching/spotlight',
  proposals: '/api/proposals',
  rejectionReport: '/api/proposals/rejection-report',
  notifications: '/api/notifications',
} as const;

export function packageMatchesUrl(packageId: string): string {
  return `${packageUrl(packageId)}/matches`;
}

export function nearMissesUrl(packageId: string): string {
  return `${packageUrl(packageId)}/near-misses`;
}

export function carvingFeedbackUrl(packageId: string): string {
  return `${packageUrl(packageId)}/carving-feedback`;
}

export function candidateMatchesUrl(candidateId: string): string {
  return `${candidateUrl(candidateId)}/matches`;
}

export function proposalUrl(id: string): string {
  return `${MATCHING_URL.proposals}/${encodeURIComponent(id)}`;
}

export function notificationReadUrl(id: string): string {
  return `${MATCHING_URL.notifications}/${encodeURIComponent(id)}/read`;
}

export interface MatchPageQuery {
  page?: number;
  pageSize?: number;
}

const withKey = (idempotencyKey: string) => ({
  headers: new HttpHeaders({ [IDEMPOTENCY_HEADER]: idempotencyKey }),
});

/**
 * Matching over HTTP: a package's ranked matches with near misses and carving feedback, a
 * candidate's best packages, team assignment, proposals that managers accept or reject, the
 * weekly candidate spotlight and in-app notifications. Writes that create something (a proposal,
 * a placement through accepting) carry the submission's `Idempotency-Key`.
 */
@Injectable({ providedIn: 'root' })
export class MatchingApi {
  private readonly http = inject(HttpClient);

  // ------------------------------------------------------------ matches

  /** `status: 'pending'` while a scoring run for the package's current version is under way. */
  packageMatches(
    packageId: string,
    query: MatchPageQuery = {},
  ): Observable<PackageMatchPage> {
    return this.http.get<PackageMatchPage>(packageMatchesUrl(packageId), {
      params: toQueryParams(query),
    });
  }

  nearMisses(packageId: string): Observable<NearMissesDto> {
    return this.http.get<NearMissesDto>(nearMissesUrl(packageId));
  }

  carvingFeedback(packageId: string): Observable<CarvingFeedbackDto> {
    return this.http.get<CarvingFeedbackDto>(carvingFeedbackUrl(packageId));
  }

  candidateMatches(candidateId: string): Observable<CandidateMatchesDto> {
    return this.http.get<CandidateMatchesDto>(candidateMatchesUrl(candidateId));
  }

  assignTeam(request: TeamAssignmentRequest): Observable<TeamAssignmentDto> {
    return this.http.post<TeamAssignmentDto>(
      MATCHING_URL.teamAssignments,
      request,
    );
  }

  /** A second send in the same week notifies nobody again (`notified: 0`). */
  sendSpotlight(
    request: SpotlightRequest = {},
  ): Observable<SpotlightResultDto> {
    return this.http.post<SpotlightResultDto>(MATCHING_URL.spotlight, request);
  }

  // ------------------------------------------------------------ proposals

  /** 409 when an open proposal exists or the person no longer fits the package. */
  createProposal(
    request: CreateProposalRequest,
    idempotencyKey: string,
  ): Observable<ProposalDto> {
    return this.http.post<ProposalDto>(
      MATCHING_URL.proposals,
      request,
      withKey(idempotencyKey),
    );
  }

  listProposals(
    query: ProposalListQuery = {},
  ): Observable<ProposalListItemDto[]> {
    return this.http.get<ProposalListItemDto[]>(MATCHING_URL.proposals, {
      params: toQueryParams(query),
    });
  }

  getProposal(id: string): Observable<ProposalDto> {
    return this.http.get<ProposalDto>(proposalUrl(id));
  }

  /** 409 with a code (`PROPOSAL_DECIDED`, `CANDIDATE_HOURS_EXCEEDED`, ...) and a message. */
  acceptProposal(
    id: string,
    request: AcceptProposalRequest,
    idempotencyKey: string,
  ): Observable<ProposalDto> {
    return this.http.post<ProposalDto>(
      `${proposalUrl(id)}/accept`,
      request,
      withKey(idempotencyKey),
    );
  }

  rejectProposal(
    id: string,
    request: RejectProposalRequest,
  ): Observable<ProposalDto> {
    return this.http.post<ProposalDto>(`${proposalUrl(id)}/reject`, request);
  }

  withdrawProposal(id: string): Observable<ProposalDto> {
    return this.http.post<ProposalDto>(`${proposalUrl(id)}/withdraw`, {});
  }

  rejectionReport(): Observable<RejectionReportDto> {
    return this.http.get<RejectionReportDto>(MATCHING_URL.rejectionReport);
  }

  // ------------------------------------------------------------ notifications

  notifications(): Observable<NotificationListDto> {
    return this.http.get<NotificationListDto>(MATCHING_URL.notifications);
  }

  /** 204 No Content. */
  markNotificationRead(id: string): Observable<void> {
    return this.http.post<void>(notificationReadUrl(id), {});
  }
}
