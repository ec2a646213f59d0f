import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  CandidateSummaryDto,
  CONTRACT_KINDS,
  ContractKind,
  PLACEMENT_METHODS,
  PlacementMethod,
} from '@jcw/shared-contracts';
import { jobUnitsForWeeklyHours } from '@jcw/shared-domain';
import {
  CandidatesStore,
  PackagesStore,
  PlacementsStore,
  UnitsStore,
} from '@jcw/web-shared-data-access';
import { ErrorAlert, FieldError } from '@jcw/web-shared-ui';
import { flattenTree } from '@jcw/web-shared-util';
import { debounceTime, distinctUntilChanged, filter, map, merge } from 'rxjs';
import { formatJobUnits } from '../carving/carving-format';
import { FormSubmission } from '../forms/form-submission';
import { LanguagePreference } from '../i18n/language-preference';
import { CreatedPlacementState } from './created-placement';
import {
  applyMethodFields,
  candidateChosen,
  methodFields,
  notBefore,
  today,
  toCreateRequest,
} from './placement-form';

/** Suggestions shown while typing a candidate's name. */
const SUGGESTIONS = 10;

/**
 * "Nieuwe plaatsing" (hr_adviser): a candidate at work in a unit, by one of the placement methods,
 * from a start date at weekly hours. The form keeps one Idempotency-Key per submission, so sending
 * it again after a lost answer records the placement once.
 */
@Component({
  selector: 'jcw-placement-create-page',
  imports: [
    ErrorAlert,
    FieldError,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [PlacementsStore, CandidatesStore, UnitsStore, PackagesStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './placement-create-page.html',
  styleUrl: '../admin/admin-page.scss',
})
export class PlacementCreatePage {
  protected readonly store = inject(PlacementsStore);
  protected readonly candidates = inject(CandidatesStore);
  protected readonly units = inject(UnitsStore);
  protected readonly packages = inject(PackagesStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly router = inject(Router);
  protected readonly submission = new FormSubmission();

  protected readonly methods = PLACEMENT_METHODS;
  protected readonly contractKinds = CONTRACT_KINDS;

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    candidateId: this.fb.control<CandidateSummaryDto | string | null>(null, [
      Validators.required,
      candidateChosen,
    ]),
    unitId: this.fb.control<string | null>(null, Validators.required),
    packageId: this.fb.control<string | null>(null),
    method: this.fb.control<PlacementMethod | null>(null, Validators.required),
    contractKind: this.fb.control<ContractKind | null>(
      null,
      Validators.required,
    ),
    lenderName: [''],
    teamName: [''],
    teamLeaderName: [''],
    startDate: [today(), Validators.required],
    plannedEndDate: ['', notBefore('startDate')],
    hoursPerWeek: this.fb.control<number | null>(null, [
      Validators.required,
      Validators.min(0.5),
      Validators.max(60),
    ]),
  });

  private readonly method = toSignal(this.form.controls.method.valueChanges, {
    initialValue: null,
  });
  protected readonly needs = computed(() => methodFields(this.method()));

  /** Units in tree order, indented by depth. */
  protected readonly unitOptions = computed(() =>
    flattenTree(this.units.tree()).map((node) => ({
      id: node.item.id,
      name: node.item.name,
      depth: node.depth,
    })),
  );

  private readonly hours = toSignal(
    this.form.controls.hoursPerWeek.valueChanges,
    { initialValue: null },
  );
  /** "Telt als 1,000 baan" under the hours while they are typed. */
  protected readonly jobUnits = computed(() => {
    const hours = Number(this.hours());
    return this.hours() !== null && Number.isFinite(hours) && hours > 0
      ? formatJobUnits(jobUnitsForWeeklyHours(hours), this.language())
      : null;
  });

  constructor() {
    this.units.load();
    this.packages.load('published');
    this.candidates.load({ pageSize: SUGGESTIONS });
    this.form.controls.method.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((method) => applyMethodFields(this.form.controls, method));
    this.form.controls.startDate.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() =>
        this.form.controls.plannedEndDate.updateValueAndValidity(),
      );
    // "Too many hours" is about this person at these dates: another person or start date makes
    // the server's refusal stale, so the hours field is checked afresh.
    merge(
      this.form.controls.candidateId.valueChanges,
      this.form.controls.startDate.valueChanges,
    )
      .pipe(takeUntilDestroyed())
      .subscribe(() =>
        this.form.controls.hoursPerWeek.updateValueAndValidity({
          emitEvent: false,
        }),
      );
    this.form.controls.candidateId.valueChanges
      .pipe(
        filter((value): value is string => typeof value === 'string'),
        map((value) => value.trim()),
        debounceTime(250),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((q) =>
        this.candidates.load(
          q.length >= 2
            ? { q, pageSize: SUGGESTIONS }
            : { pageSize: SUGGESTIONS },
        ),
      );
  }

  protected candidateName(value: CandidateSummaryDto | string | null): string {
    return typeof value === 'string' ? value : (value?.displayName ?? '');
  }

  protected async create(): Promise<void> {
    const placement = await this.submission.run(this.form, (key) =>
      this.store.create(toCreateRequest(this.form.getRawValue()), key),
    );
    if (!placement) return;
    const state: CreatedPlacementState = { createdPlacement: true };
    await this.router.navigate(['/plaatsingen', placement.id], { state });
  }
}
