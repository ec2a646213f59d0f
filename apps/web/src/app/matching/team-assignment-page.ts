import {
  afterNextRender,
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
import {
  AbstractControl,
  FormControl,
  FormRecord,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  AssignedCandidateDto,
  CandidatePoolFilter,
  LABOUR_MARKET_REGIONS,
  LabourMarketRegion,
  TeamAssignmentRequest,
} from '@jcw/shared-contracts';
import {
  PackagesStore,
  RowProposalResult,
  TeamAssignmentStore,
} from '@jcw/web-shared-data-access';
import { ErrorAlert, FieldError } from '@jcw/web-shared-ui';
import { Announcement } from '../admin/announcement';
import { formatHours } from '../carving/carving-format';
import { focusFirstInvalid } from '../forms/form-errors';
import { LanguagePreference } from '../i18n/language-preference';
import { failureMessage, formatScore } from './matching-format';

/** At least one box of the group is ticked. */
export function atLeastOneChecked(
  control: AbstractControl<Record<string, boolean>>,
): ValidationErrors | null {
  return Object.values(control.value ?? {}).some(Boolean)
    ? null
    : { packagesRequired: true };
}

/**
 * "Teamindeling" (hr_adviser): pick published packages and, if wanted, narrow the pool of
 * candidates; the API finds the one-to-one assignment with the highest total score. The table
 * shows per package who is assigned and the best alternative; "Alles voorstellen" proposes every
 * assigned pair and says per row whether that worked.
 */
@Component({
  selector: 'jcw-team-assignment-page',
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
  providers: [TeamAssignmentStore, PackagesStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './team-assignment-page.html',
  styleUrls: [
    '../admin/admin-page.scss',
    '../carving/carving.scss',
    './matching.scss',
  ],
})
export class TeamAssignmentPage {
  protected readonly store = inject(TeamAssignmentStore);
  protected readonly packages = inject(PackagesStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly regions = LABOUR_MARKET_REGIONS;
  private readonly fb = inject(NonNullableFormBuilder);
  /** One box per published package, added as the list arrives. */
  protected readonly packageChoice = new FormRecord<FormControl<boolean>>(
    {},
    { validators: atLeastOneChecked },
  );
  protected readonly form = this.fb.group({
    packages: this.packageChoice,
    labourMarketRegion: this.fb.control<LabourMarketRegion | null>(null),
    minCompleteness: this.fb.control<number | null>(null, [
      Validators.min(0),
      Validators.max(100),
    ]),
    excludeProposed: [true],
  });
  protected readonly submitted = signal(false);
  protected readonly announcement = signal<Announcement | null>(null);

  /** What the live region says once an assignment is in. */
  protected readonly resultMessage = computed<Announcement | null>(() => {
    const assignment = this.store.assignment();
    return assignment
      ? {
          key: 'matching.team.computed',
          params: {
            filled: assignment.filled,
            packages: assignment.rows.length,
            pool: assignment.poolSize,
            total: this.score(assignment.totalScore),
          },
        }
      : null;
  });

  constructor() {
    this.packages.load('published');
    effect(() => {
      const published = this.packages.packages();
      untracked(() => {
        for (const pkg of published) {
          if (!this.packageChoice.contains(pkg.id)) {
            this.packageChoice.addControl(pkg.id, this.fb.control(false), {
              emitEvent: false,
            });
          }
        }
        this.packageChoice.updateValueAndValidity();
      });
    });
  }

  protected packagesInvalid(): boolean {
    return this.submitted() && this.packageChoice.invalid;
  }

  protected score(value: number): string {
    return formatScore(value, this.language());
  }

  protected hours(value: number): string {
    return formatHours(value, this.language());
  }

  protected who(candidate: AssignedCandidateDto): string {
    return candidate.candidateName
      ? `${candidate.candidateName} (${candidate.pseudonym})`
      : candidate.pseudonym;
  }

  protected result(packageId: string): RowProposalResult | null {
    return this.store.rowResults()[packageId] ?? null;
  }

  protected reason(result: RowProposalResult): Announcement | string {
    return result.state === 'failed' ? failureMessage(result.failure) : '';
  }

  protected isText(reason: Announcement | string): reason is string {
    return typeof reason === 'string';
  }

  protected compute(): void {
    if (this.store.loading()) return;
    this.submitted.set(true);
    this.announcement.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.store.compute(this.request());
  }

  protected async proposeAll(): Promise<void> {
    if (this.store.proposing() || this.store.proposable().length === 0) return;
    this.announcement.set({ key: 'matching.team.proposing' });
    const summary = await this.store.proposeAll();
    this.announcement.set({
      key: summary.failed
        ? 'matching.team.proposedWithFailures'
        : 'matching.team.proposedAll',
      params: { ...summary },
    });
    if (summary.failed) {
      afterNextRender(
        () =>
          this.host.nativeElement
            .querySelector<HTMLElement>('#assignment-caption')
            ?.closest<HTMLElement>('[role="region"]')
            ?.focus(),
        { injector: this.injector },
      );
    }
  }

  private request(): TeamAssignmentRequest {
    const value = this.form.getRawValue();
    const pool: CandidatePoolFilter = {
      excludeProposed: value.excludeProposed,
    };
    if (value.labourMarketRegion) {
      pool.labourMarketRegion = value.labourMarketRegion;
    }
    if (value.minCompleteness !== null && `${value.minCompleteness}` !== '') {
      pool.minCompleteness = Number(value.minCompleteness);
    }
    return {
      // In the order the list shows them.
      packageIds: this.packages
        .packages()
        .map((pkg) => pkg.id)
        .filter((id) => value.packages[id]),
      pool,
    };
  }
}
