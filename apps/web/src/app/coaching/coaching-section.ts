import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  CONTACT_TYPES,
  CoachingGoalDto,
  ContactType,
  EVALUATION_MILESTONES,
  EvaluationMilestone,
  GOAL_STATUSES,
  GoalStatus,
  RiskSignal,
} from '@jcw/shared-contracts';
import { CoachingRecordStore } from '@jcw/web-shared-data-access';
import { ErrorAlert, FieldError } from '@jcw/web-shared-ui';
import { ApiFailure, formatDate, Outcome } from '@jcw/web-shared-util';
import { Announcement } from '../admin/announcement';
import { saveBlob } from '../carving/carving-format';
import { focusFirstInvalid, showServerErrors } from '../forms/form-errors';
import { LanguagePreference } from '../i18n/language-preference';
import { signalText } from './signal-text';

/** Today as `yyyy-mm-dd` in the user's own time zone, the value a date input holds. */
export function today(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The Monday on or before `iso` (`yyyy-mm-dd`). */
export function mondayOf(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  const back = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - back);
  return date.toISOString().slice(0, 10);
}

/** Hours are kept per week under its Monday, so any other day is refused with a clear message. */
export function mondayValidator(
  control: AbstractControl<string>,
): ValidationErrors | null {
  const value = control.value;
  if (!value) return null;
  return mondayOf(value) === value ? null : { notMonday: true };
}

const SCORES = [
  'wellbeing',
  'workloadFit',
  'teamFit',
  'managerSupport',
] as const;
const SCORE_VALUES = [1, 2, 3, 4, 5] as const;
const SCORE_VALIDATORS = [
  Validators.required,
  Validators.min(1),
  Validators.max(5),
];

/**
 * "Jobcoaching" on the candidate's profile: the at-risk banner with its signals, contacts newest
 * first, goals, coaching hours per week beside the funded norm, evaluations and those still due,
 * each with a form; and the logbook as PDF. Provides its own store.
 */
@Component({
  selector: 'jcw-coaching-section',
  imports: [
    ErrorAlert,
    FieldError,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  providers: [CoachingRecordStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './coaching-section.html',
  styleUrls: ['../admin/admin-page.scss', './coaching.scss'],
})
export class CoachingSection {
  readonly candidateId = input.required<string>();
  readonly candidateName = input('');

  protected readonly store = inject(CoachingRecordStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly contactTypes = CONTACT_TYPES;
  protected readonly goalStatuses = GOAL_STATUSES;
  protected readonly milestones = EVALUATION_MILESTONES;
  protected readonly scores = SCORES;
  protected readonly scoreValues = SCORE_VALUES;

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly contactForm = this.fb.group({
    contactDate: [today(), Validators.required],
    type: this.fb.control<ContactType | null>(null, Validators.required),
    notes: ['', Validators.maxLength(4000)],
  });
  protected readonly goalForm = this.fb.group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    targetDate: [''],
  });
  protected readonly hoursForm = this.fb.group({
    weekStart: [mondayOf(today()), [Validators.required, mondayValidator]],
    hours: this.fb.control<number | null>(null, [
      Validators.required,
      Validators.min(0),
      Validators.max(80),
    ]),
  });
  protected readonly evaluationForm = this.fb.group({
    milestoneMonths: this.fb.control<EvaluationMilestone | null>(
      null,
      Validators.required,
    ),
    evaluationDate: [today(), Validators.required],
    wellbeing: this.fb.control<number | null>(null, SCORE_VALIDATORS),
    workloadFit: this.fb.control<number | null>(null, SCORE_VALIDATORS),
    teamFit: this.fb.control<number | null>(null, SCORE_VALIDATORS),
    managerSupport: this.fb.control<number | null>(null, SCORE_VALIDATORS),
    notes: ['', Validators.maxLength(4000)],
  });
  /** Per goal id: its edited status and progress. */
  protected readonly goalEdits = signal<
    Record<string, { status: GoalStatus; progressPercent: number }>
  >({});

  protected readonly failure = signal<{
    failure: ApiFailure;
    titleKey: string;
  } | null>(null);
  protected readonly announcement = signal<Announcement | null>(null);

  constructor() {
    effect(() => {
      const id = this.candidateId();
      untracked(() => this.store.load(id));
    });
    effect(() => {
      const goals = this.store.record()?.goals ?? [];
      untracked(() =>
        this.goalEdits.set(
          Object.fromEntries(
            goals.map((goal) => [
              goal.id,
              { status: goal.status, progressPercent: goal.progressPercent },
            ]),
          ),
        ),
      );
    });
  }

  protected signal(signal: RiskSignal): string {
    return signalText(signal, this.transloco, this.language());
  }

  protected date(iso: string | null): string {
    return iso ? formatDate(iso, this.language()) : '';
  }

  protected async addContact(element: HTMLElement): Promise<void> {
    if (!this.valid(this.contactForm, element)) return;
    const value = this.contactForm.getRawValue();
    const outcome = await this.store.addContact({
      contactDate: value.contactDate,
      type: value.type as ContactType,
      notes: value.notes.trim() || null,
    });
    if (this.settle(outcome, this.contactForm, 'coaching.record.contacts')) {
      this.contactForm.reset({ contactDate: today(), type: null, notes: '' });
    }
  }

  protected async addGoal(element: HTMLElement): Promise<void> {
    if (!this.valid(this.goalForm, element)) return;
    const value = this.goalForm.getRawValue();
    const outcome = await this.store.addGoal({
      title: value.title.trim(),
      targetDate: value.targetDate || null,
    });
    if (this.settle(outcome, this.goalForm, 'coaching.record.goals')) {
      this.goalForm.reset();
    }
  }

  protected editGoal(
    goal: CoachingGoalDto,
    change: Partial<{ status: GoalStatus; progressPercent: number }>,
  ): void {
    this.goalEdits.update((edits) => ({
      ...edits,
      [goal.id]: { ...edits[goal.id], ...change },
    }));
  }

  protected progressOf(event: Event): number {
    const value = Number((event.target as HTMLInputElement).value);
    return Number.isFinite(value)
      ? Math.min(100, Math.max(0, Math.round(value)))
      : 0;
  }

  protected async saveGoal(goal: CoachingGoalDto): Promise<void> {
    const edit = this.goalEdits()[goal.id];
    if (!edit || this.store.saving()) return;
    const outcome = await this.store.updateGoal(goal.id, edit);
    this.settle(outcome, null, 'coaching.record.goals');
  }

  protected async logHours(element: HTMLElement): Promise<void> {
    if (!this.valid(this.hoursForm, element)) return;
    const value = this.hoursForm.getRawValue();
    const outcome = await this.store.logHours(
      value.weekStart,
      Number(value.hours),
    );
    if (this.settle(outcome, this.hoursForm, 'coaching.record.hours')) {
      this.hoursForm.controls.hours.reset(null);
    }
  }

  protected async addEvaluation(element: HTMLElement): Promise<void> {
    if (!this.valid(this.evaluationForm, element)) return;
    const value = this.evaluationForm.getRawValue();
    const outcome = await this.store.addEvaluation({
      milestoneMonths: value.milestoneMonths as EvaluationMilestone,
      evaluationDate: value.evaluationDate,
      wellbeing: Number(value.wellbeing),
      workloadFit: Number(value.workloadFit),
      teamFit: Number(value.teamFit),
      managerSupport: Number(value.managerSupport),
      notes: value.notes.trim() || null,
    });
    if (
      this.settle(outcome, this.evaluationForm, 'coaching.record.evaluations')
    ) {
      this.evaluationForm.reset({
        milestoneMonths: null,
        evaluationDate: today(),
        notes: '',
      });
    }
  }

  protected async downloadLogbook(): Promise<void> {
    this.failure.set(null);
    const lang = this.language();
    const outcome = await this.store.downloadLogbook(lang);
    if (!outcome.ok) {
      this.failure.set({
        failure: outcome.failure,
        titleKey: 'coaching.record.logbookFailed',
      });
      return;
    }
    const name =
      this.candidateName().trim().replace(/\s+/g, '-') || 'kandidaat';
    saveBlob(outcome.value, `logboek-${name}.pdf`, this.document);
  }

  /** Checks one form; focus goes to its own first problem, not to another form's. */
  private valid(
    form: { invalid: boolean; markAllAsTouched(): void },
    element: HTMLElement,
  ): boolean {
    if (this.store.saving()) return false;
    this.failure.set(null);
    this.announcement.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      focusFirstInvalid(element, this.injector);
      return false;
    }
    return true;
  }

  /** Announces success, or shows why the API refused; true when saved. */
  private settle(
    outcome: Outcome<unknown>,
    form: Parameters<typeof showServerErrors>[0] | null,
    prefix: string,
  ): boolean {
    if (!outcome.ok) {
      if (form) showServerErrors(form, outcome.failure.fieldErrors);
      this.failure.set({
        failure: outcome.failure,
        titleKey: `${prefix}.failed`,
      });
      return false;
    }
    this.announcement.set({ key: `${prefix}.saved` });
    return true;
  }
}
