import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CoachDashboardRowDto,
  CoachingContactDto,
  CoachingContactRequest,
  CoachingEvaluationDto,
  CoachingEvaluationRequest,
  CoachingGoalDto,
  CoachingGoalRequest,
  CoachingRecordDto,
  CoachingWeekDto,
} from '@jcw/shared-contracts';
import { Observable } from 'rxjs';
import { candidateUrl } from '../candidates/candidates.api';

export const COACH_DASHBOARD_URL = '/api/coaching/dashboard';

/** `/api/candidates/:id/coaching`: the whole record of one candidate. */
export function coachingUrl(candidateId: string): string {
  return `${candidateUrl(candidateId)}/coaching`;
}

export type LogbookLanguage = 'nl' | 'en';

/**
 * The jobcoach's record over HTTP (the candidate's own jobcoach and hr advisers): contacts,
 * goals, hours per week, evaluations, and the coach's dashboard.
 */
@Injectable({ providedIn: 'root' })
export class CoachingApi {
  private readonly http = inject(HttpClient);

  record(candidateId: string): Observable<CoachingRecordDto> {
    return this.http.get<CoachingRecordDto>(coachingUrl(candidateId));
  }

  addContact(
    candidateId: string,
    request: CoachingContactRequest,
  ): Observable<CoachingContactDto> {
    return this.http.post<CoachingContactDto>(
      `${coachingUrl(candidateId)}/contacts`,
      request,
    );
  }

  addGoal(
    candidateId: string,
    request: CoachingGoalRequest,
  ): Observable<CoachingGoalDto> {
    return this.http.post<CoachingGoalDto>(
      `${coachingUrl(candidateId)}/goals`,
      request,
    );
  }

  updateGoal(
    candidateId: string,
    goalId: string,
    request: Partial<CoachingGoalRequest>,
  ): Observable<CoachingGoalDto> {
    return this.http.patch<CoachingGoalDto>(
      `${coachingUrl(candidateId)}/goals/${encodeURIComponent(goalId)}`,
      request,
    );
  }

  /** Replaces the hours of the week starting on `weekStart` (a Monday, `yyyy-mm-dd`). */
  putHours(
    candidateId: string,
    weekStart: string,
    hours: number,
  ): Observable<CoachingWeekDto> {
    return this.http.put<CoachingWeekDto>(
      `${coachingUrl(candidateId)}/hours/${encodeURIComponent(weekStart)}`,
      { hours },
    );
  }

  /** 409 `EVALUATION_EXISTS` when that milestone is already evaluated. */
  addEvaluation(
    candidateId: string,
    request: CoachingEvaluationRequest,
  ): Observable<CoachingEvaluationDto> {
    return this.http.post<CoachingEvaluationDto>(
      `${coachingUrl(candidateId)}/evaluations`,
      request,
    );
  }

  /** The logbook PDF as a blob: the request needs the bearer token, so a plain link would not do. */
  logbookPdf(candidateId: string, lang: LogbookLanguage): Observable<Blob> {
    return this.http.get(`${coachingUrl(candidateId)}/logbook.pdf`, {
      params: { lang },
      responseType: 'blob',
    });
  }

  dashboard(): Observable<CoachDashboardRowDto[]> {
    return this.http.get<CoachDashboardRowDto[]>(COACH_DASHBOARD_URL);
  }
}
