import { Location } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  CANDIDATE_STATUSES,
  CandidateProfileDto,
  CandidateStatus,
} from '@jcw/shared-contracts';
import { CandidateProfileStore } from '@jcw/web-shared-data-access';
import { ErrorAlert, FieldError } from '@jcw/web-shared-ui';
import { ApiFailure, formatDate } from '@jcw/web-shared-util';
import { Announcement } from '../admin/announcement';
import { focusFirstInvalid, showServerErrors } from '../forms/form-errors';
import { LanguagePreference } from '../i18n/language-preference';
import { isCreatedCandidateState } from './created-candidate';

/** Missing-field names the completeness check uses that have a text of their own. */
const KNOWN_FIELDS = new Set([
  'educationLevel',
  'postcode',
  'limitations',
  'maxHoursPerWeek',
  'maxHoursPerDay',
  'travelRadiusKm',
  'skills',
  'consent',
]);

/**
 * A candidate's full profile (hr_adviser, or the candidate's jobcoach): person, register facts
 * with only the last three BSN digits, possibilities, consent and what matching still misses,
 * plus a small form for status, consent and notes. Opening it is an audited read on the API.
 */
@Component({
  selector: 'jcw-candidate-profile-page',
  imports: [
    ErrorAlert,
    FieldError,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [CandidateProfileStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './candidate-profile-page.html',
  styleUrls: ['../admin/admin-page.scss', './candidate-profile-page.scss'],
})
export class CandidateProfilePage {
  protected readonly store = inject(CandidateProfileStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly statuses = CANDIDATE_STATUSES;

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    status: this.fb.control<CandidateStatus>('available'),
    consentGiven: [false],
    notes: [''],
  });
  protected readonly saveFailure = signal<ApiFailure | null>(null);
  protected readonly announcement = signal<Announcement | null>(null);

  protected readonly limitations = computed(() =>
    Object.entries(this.store.profile()?.limitations ?? {}).map(
      ([dimension, level]) => ({ dimension, level }),
    ),
  );

  constructor() {
    const created = inject(Location).getState();
    if (isCreatedCandidateState(created)) {
      this.announcement.set({
        key: 'candidates.profile.created',
        params: { name: created.createdName },
      });
    }
    inject(ActivatedRoute)
      .paramMap.pipe(takeUntilDestroyed())
      .subscribe((params) => this.store.load(params.get('id') ?? ''));
    // The form starts from each profile that arrives: the loaded one and every saved one.
    effect(() => {
      const profile = this.store.profile();
      if (profile) {
        untracked(() => this.fill(profile));
      }
    });
  }

  protected date(iso: string | null): string | null {
    return iso ? formatDate(iso, this.language()) : null;
  }

  protected isKnownField(field: string): boolean {
    return KNOWN_FIELDS.has(field);
  }

  protected async save(): Promise<void> {
    const profile = this.store.profile();
    if (!profile || this.store.saving()) {
      return;
    }
    this.saveFailure.set(null);
    this.announcement.set(null);
    const { status, consentGiven, notes } = this.form.getRawValue();
    const outcome = await this.store.save({
      status,
      consentGiven,
      notes: notes.trim() === '' ? null : notes.trim(),
    });
    if (!outcome.ok) {
      showServerErrors(this.form, outcome.failure.fieldErrors);
      this.saveFailure.set(outcome.failure);
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.announcement.set({ key: 'candidates.profile.edit.saved' });
  }

  private fill(profile: CandidateProfileDto): void {
    this.form.reset({
      status: profile.status,
      consentGiven: profile.consent.given,
      notes: profile.notes ?? '',
    });
  }
}
