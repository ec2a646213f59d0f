import { inject, Injectable, signal } from '@angular/core';
import {
  CoachingEvaluationRequest,
  CoachingContactRequest,
  CoachingGoalRequest,
  CoachingRecordDto,
} from '@jcw/shared-contracts';
import { Outcome } from '@jcw/web-shared-util';
import { Observable } from 'rxjs';
import { outcomeOf } from '../http/api-failure';
import { ValueState } from '../carving/value-state';
import { CoachingApi, LogbookLanguage } from './coaching.api';

/**
 * One candidate's coaching record for the "Jobcoaching" section of the profile page; provided
 * by that section. Every write is followed by a fresh read of the record, because one contact or
 * evaluation can change the signals, the norm beside the hours and the evaluations still due.
 */
@Injectable()
export class CoachingRecordStore {
  private readonly api = inject(CoachingApi);
  private readonly state = new ValueState<CoachingRecordDto>();
  private readonly candidate = signal<string | null>(null);

  readonly record = this.state.value;
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.state.saving;

  load(candidateId: string): void {
    this.candidate.set(candidateId);
    this.state.load(this.api.record(candidateId));
  }

  addContact(request: CoachingContactRequest): Promise<Outcome<unknown>> {
    return this.write((id) => this.api.addContact(id, request));
  }

  addGoal(request: CoachingGoalRequest): Promise<Outcome<unknown>> {
    return this.write((id) => this.api.addGoal(id, request));
  }

  updateGoal(
    goalId: string,
    request: Partial<CoachingGoalRequest>,
  ): Promise<Outcome<unknown>> {
    return this.write((id) => this.api.updateGoal(id, goalId, request));
  }

  logHours(weekStart: string, hours: number): Promise<Outcome<unknown>> {
    return this.write((id) => this.api.putHours(id, weekStart, hours));
  }

  /** 409 `EVALUATION_EXISTS` when that milestone is already evaluated. */
  addEvaluation(request: CoachingEvaluationRequest): Promise<Outcome<unknown>> {
    return this.write((id) => this.api.addEvaluation(id, request));
  }

  downloadLogbook(lang: LogbookLanguage): Promise<Outcome<Blob>> {
    return outcomeOf(this.api.logbookPdf(this.candidateId(), lang));
  }

  private async write<R>(
    request: (candidateId: string) => Observable<R>,
  ): Promise<Outcome<R>> {
    const candidateId = this.candidateId();
    const outcome = await this.state.save(
      request(candidateId),
      (record) => record,
    );
    if (outcome.ok) {
      // Keeps the record on screen while the fresh one (with new signals) arrives.
      this.state.load(this.api.record(candidateId), true);
    }
    return outcome;
  }

  private candidateId(): string {
    const id = this.candidate();
    if (!id) {
      throw new Error('CoachingRecordStore used before a candidate was loaded');
    }
    return id;
  }
}
