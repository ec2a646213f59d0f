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
import {
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  ACCOMMODATIONS,
  Accommodation,
  CANDIDATE_EDUCATION_LEVELS,
  CANDIDATE_STATUSES,
  CandidateEducationLevel,
  CandidateProfileDto,
  CandidateStatus,
  CONSENT_SCOPES,
  ConsentScope,
  LABOUR_MARKET_REGIONS,
  LabourMarketRegion,
  LEGAL_GROUNDS,
  LegalGround,
  LimitationLevels,
  SECTORS,
  TRAVEL_MODES,
  TravelMode,
  UpdateCandidateRequest,
} from '@jcw/shared-contracts';
import { AuthStore, CandidateProfileStore } from '@jcw/web-shared-data-access';
import { ErrorAlert, FieldError } from '@jcw/web-shared-ui';
import { ApiFailure, formatDate } from '@jcw/web-shared-util';
import { Announcement } from '../admin/announcement';
import { parseSkills, rubricGroups } from '../carving/carving-format';
import { CoachingSection } from '../coaching/coaching-section';
import { CandidateMatchesSection } from '../matching/candidate-matches-section';
import { focusFirstInvalid, showServerErrors } from '../forms/form-errors';
import { LanguagePreference } from '../i18n/language-preference';
import { ACCESS } from '../navigation';
import { isCreatedCandidateState } from './created-candidate';
import {
  EraseCandidateDialog,
  EraseCandidateDialogData,
  ErasedCandidateState,
} from './erase-candidate-dialog';

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

const LIMITATION_LEVELS = [0, 1, 2] as const;
type Level = 0 | 1 | 2;

/** An empty optional text field is sent as null, not as an empty string. */
function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A number input's value, or null when empty. */
function optionalNumber(value: number | string | null): number | null {
  if (value === null || value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/**
 * A candidate's full profile (hr_adviser, or the candidate's jobcoach): the register facts with
 * only the last three BSN digits, what matching still misses, and one editor for the rest with
 * the limitation levels laid out by FML rubric. Only changed fields are sent. Above the editor the
 * packages the person fits best; below it the jobcoaching record, and for hr advisers the erasure. Opening it is an audited read on the API.
 */
@Component({
  selector: 'jcw-candidate-profile-page',
  imports: [
    CandidateMatchesSection,
    CoachingSection,
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
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);

  protected readonly mayErase = inject(AuthStore).hasRole(
    ...ACCESS.candidateErase,
  );

  protected readonly statuses = CANDIDATE_STATUSES;
  protected readonly educationLevels = CANDIDATE_EDUCATION_LEVELS;
  protected readonly regions = LABOUR_MARKET_REGIONS;
  protected readonly legalGrounds = LEGAL_GROUNDS;
  protected readonly sectors = SECTORS;
  protected readonly travelModes = TRAVEL_MODES;
  protected readonly accommodations = ACCOMMODATIONS;
  protected readonly consentScopes = CONSENT_SCOPES;
  protected readonly levels = LIMITATION_LEVELS;
  protected readonly rubrics = computed(() => rubricGroups(this.language()));

  private readonly fb = inject(NonNullableFormBuilder);
  /** One control per dimension of the catalogue; null = not assessed yet. */
  protected readonly limitationsForm = new FormGroup<
    Record<string, FormControl<Level | null>>
  >(
    Object.fromEntries(
      rubricGroups('nl').flatMap((group) =>
        group.dimensions.map((dimension) => [
          dimension.key,
          new FormControl<Level | null>(null),
        ]),
      ),
    ),
  );
  protected readonly form = this.fb.group({
    firstName: ['', Validators.required],
    lastName: ['', Validators.required],
    email: ['', Validators.email],
    phone: [''],
    dateOfBirth: [''],
    postcode: [''],
    latitude: this.fb.control<number | null>(null, [
      Validators.min(-90),
      Validators.max(90),
    ]),
    longitude: this.fb.control<number | null>(null, [
      Validators.min(-180),
      Validators.max(180),
    ]),
    labourMarketRegion: this.fb.control<LabourMarketRegion | null>(null),
    educationLevel: this.fb.control<CandidateEducationLevel | null>(null),
    workExperience: [''],
    skills: [''],
    interests: [''],
    preferredSectors: this.fb.control<string[]>([]),
    legalGround: this.fb.control<LegalGround | null>(null),
    registerEndDate: [''],
    limitations: this.limitationsForm,
    maxHoursPerWeek: this.fb.control<number | null>(null, [
      Validators.min(0),
      Validators.max(40),
    ]),
    maxHoursPerDay: this.fb.control<number | null>(null, [
      Validators.min(0),
      Validators.max(12),
    ]),
    eveningsAllowed: [false],
    nightsAllowed: [false],
    weekendsAllowed: [false],
    travelRadiusKm: this.fb.control<number | null>(null, [
      Validators.min(0),
      Validators.max(200),
    ]),
    travelMode: this.fb.control<TravelMode | null>(null),
    accommodations: this.fb.control<Accommodation[]>([]),
    wageValuePercent: this.fb.control<number | null>(null, [
      Validators.min(0),
      Validators.max(100),
    ]),
    placementStartDate: [''],
    placementHoursPerWeek: this.fb.control<number | null>(null, [
      Validators.min(0),
      Validators.max(40),
    ]),
    status: this.fb.control<CandidateStatus>('available'),
    consentGiven: [false],
    consentScope: this.fb.control<ConsentScope | null>(null),
    notes: [''],
  });
  protected readonly saveFailure = signal<ApiFailure | null>(null);
  protected readonly eraseFailure = signal<ApiFailure | null>(null);
  protected readonly announcement = signal<Announcement | null>(null);

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
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const request = this.changes();
    if (Object.keys(request).length === 0) {
      this.announcement.set({ key: 'candidates.profile.edit.saved' });
      return;
    }
    const outcome = await this.store.save(request);
    if (!outcome.ok) {
      showServerErrors(this.form, outcome.failure.fieldErrors);
      this.saveFailure.set(outcome.failure);
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.announcement.set({ key: 'candidates.profile.edit.saved' });
  }

  protected async erase(): Promise<void> {
    const profile = this.store.profile();
    if (!profile || this.store.saving()) return;
    this.eraseFailure.set(null);
    const name = `${profile.firstName} ${profile.lastName}`;
    const confirmed = await new Promise<boolean | undefined>((resolve) =>
      this.dialog
        .open<
          EraseCandidateDialog,
          EraseCandidateDialogData,
          boolean
        >(EraseCandidateDialog, { data: { name }, autoFocus: 'first-tabbable' })
        .afterClosed()
        .subscribe(resolve),
    );
    if (!confirmed) return;
    const outcome = await this.store.erase();
    if (!outcome.ok) {
      this.eraseFailure.set(outcome.failure);
      return;
    }
    const state: ErasedCandidateState = { erasedName: name };
    await this.router.navigate(['/kandidaten'], { state });
  }

  /** The fields the user changed, in the API's shape. */
  private changes(): UpdateCandidateRequest {
    const controls = this.form.controls;
    const value = this.form.getRawValue();
    const request: UpdateCandidateRequest = {};
    const changed = (name: keyof typeof controls) => controls[name].dirty;
    if (changed('firstName')) request.firstName = value.firstName.trim();
    if (changed('lastName')) request.lastName = value.lastName.trim();
    if (changed('email')) request.email = optional(value.email);
    if (changed('phone')) request.phone = optional(value.phone);
    if (changed('dateOfBirth')) request.dateOfBirth = value.dateOfBirth || null;
    if (changed('postcode')) request.postcode = optional(value.postcode);
    // Coordinates typed by hand are sent; left alone after a new postcode, the geocoder fills them.
    if (changed('latitude') || changed('longitude')) {
      request.latitude = optionalNumber(value.latitude);
      request.longitude = optionalNumber(value.longitude);
    }
    if (changed('labourMarketRegion'))
      request.labourMarketRegion = value.labourMarketRegion;
    if (changed('educationLevel'))
      request.educationLevel = value.educationLevel;
    if (changed('workExperience'))
      request.workExperience = optional(value.workExperience);
    if (changed('skills')) request.skills = parseSkills(value.skills);
    if (changed('interests')) request.interests = parseSkills(value.interests);
    if (changed('preferredSectors'))
      request.preferredSectors = value.preferredSectors;
    if (changed('legalGround')) request.legalGround = value.legalGround;
    if (changed('registerEndDate'))
      request.registerEndDate = value.registerEndDate || null;
    if (changed('limitations')) {
      const levels: LimitationLevels = {};
      for (const [key, level] of Object.entries(value.limitations)) {
        if (level !== null && level !== undefined)
          levels[key] = Number(level) as Level;
      }
      request.limitations = levels;
    }
    for (const name of [
      'maxHoursPerWeek',
      'maxHoursPerDay',
      'travelRadiusKm',
      'wageValuePercent',
      'placementHoursPerWeek',
    ] as const) {
      if (changed(name)) request[name] = optionalNumber(value[name]);
    }
    for (const name of [
      'eveningsAllowed',
      'nightsAllowed',
      'weekendsAllowed',
    ] as const) {
      if (changed(name)) request[name] = value[name];
    }
    if (changed('travelMode')) request.travelMode = value.travelMode;
    if (changed('accommodations'))
      request.accommodations = value.accommodations;
    if (changed('placementStartDate'))
      request.placementStartDate = value.placementStartDate || null;
    if (changed('status')) request.status = value.status;
    if (changed('consentGiven')) request.consentGiven = value.consentGiven;
    if (changed('consentScope')) request.consentScope = value.consentScope;
    if (changed('notes')) request.notes = optional(value.notes);
    return request;
  }

  private fill(profile: CandidateProfileDto): void {
    const limitations: Record<string, Level | null> = {};
    for (const key of Object.keys(this.limitationsForm.controls)) {
      limitations[key] = profile.limitations[key] ?? null;
    }
    this.form.reset({
      firstName: profile.firstName,
      lastName: profile.lastName,
      email: profile.email ?? '',
      phone: profile.phone ?? '',
      dateOfBirth: profile.dateOfBirth ?? '',
      postcode: profile.postcode ?? '',
      latitude: profile.latitude,
      longitude: profile.longitude,
      labourMarketRegion: profile.labourMarketRegion,
      educationLevel: profile.educationLevel,
      workExperience: profile.workExperience ?? '',
      skills: profile.skills.join(', '),
      interests: profile.interests.join(', '),
      preferredSectors: profile.preferredSectors,
      legalGround: profile.legalGround,
      registerEndDate: profile.registerEndDate ?? '',
      limitations,
      maxHoursPerWeek: profile.maxHoursPerWeek,
      maxHoursPerDay: profile.maxHoursPerDay,
      eveningsAllowed: profile.eveningsAllowed,
      nightsAllowed: profile.nightsAllowed,
      weekendsAllowed: profile.weekendsAllowed,
      travelRadiusKm: profile.travelRadiusKm,
      travelMode: profile.travelMode,
      accommodations: profile.accommodations,
      wageValuePercent: profile.wageValuePercent,
      placementStartDate: profile.placementStartDate ?? '',
      placementHoursPerWeek: profile.placementHoursPerWeek,
      status: profile.status,
      consentGiven: profile.consent.given,
      consentScope: profile.consent.scope,
      notes: profile.notes ?? '',
    });
  }
}
