import { DOCUMENT, Location } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  Accommodation,
  ACCOMMODATIONS,
  PackageDto,
  TemplateDto,
} from '@jcw/shared-contracts';
import { PackageError, PackageWarning } from '@jcw/shared-domain';
import {
  AuthStore,
  CompositionLine,
  PackageComposerStore,
  PdfLanguage,
  UnitsStore,
} from '@jcw/web-shared-data-access';
import {
  ConfirmDialog,
  ConfirmDialogData,
  ErrorAlert,
  FieldError,
} from '@jcw/web-shared-ui';
import { ApiFailure, formatDateTime } from '@jcw/web-shared-util';
import { firstValueFrom, startWith } from 'rxjs';
import { Announcement } from '../admin/announcement';
import { focusFirstInvalid, showServerErrors } from '../forms/form-errors';
import { LanguagePreference } from '../i18n/language-preference';
import { ACCESS } from '../navigation';
import { BusinessCasePanel } from './business-case-panel';
import { CarvableBadge } from './carvable-badge';
import {
  formatHours,
  formatJobUnits,
  saveBlob,
  toNumber,
} from './carving-format';
import { DemandProfileChart } from './demand-profile-chart';
import {
  PublishTemplateDialog,
  PublishTemplateDialogData,
} from './publish-template-dialog';

/** Navigation state from "save" on a new package, announced once the saved package opens. */
interface SavedPackageState {
  savedPackage: true;
}

function isSavedPackageState(state: unknown): state is SavedPackageState {
  return (
    typeof state === 'object' &&
    state !== null &&
    (state as Partial<SavedPackageState>).savedPackage === true
  );
}

/** `3511AB` or `3511 ab`: the API normalises the spacing and the case. */
const DUTCH_POSTCODE = /^\s*[1-9]\d{3}\s?[A-Za-z]{2}\s*$/;

/** A number input's value, or null when empty. */
function optionalNumber(value: number | string | null): number | null {
  if (value === null || value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/**
 * The workplace's coordinates go together: one without the other is refused here, as the API
 * would refuse it, on the field that is still empty.
 */
export function withCoordinate(other: string): ValidatorFn {
  return (control: AbstractControl<number | null>): ValidationErrors | null => {
    const sibling = control.parent?.get(other)?.value as
      | number
      | string
      | null
      | undefined;
    const empty = (value: unknown) =>
      value === null || value === undefined || value === '';
    return empty(control.value) && !empty(sibling)
      ? { coordinatesPair: true }
      : null;
  };
}

/** Errors that stop a save; the rest (hour bounds) the API judges when publishing. */
const BLOCKING: ReadonlySet<PackageError['code']> = new Set([
  'no_tasks',
  'invalid_allocation_hours',
  'task_over_allocated',
]);

/**
 * The package composer ("Nieuw pakket" and each package): tasks available from the functions on
 * the left, the package's lines with their hours on the right, and live totals, demand profile,
 * warnings and errors computed by the shared domain while composing. Then save, publish, close,
 * versions, business case, PDF and "publish as template". Managers see it read-only.
 */
@Component({
  selector: 'jcw-package-composer-page',
  imports: [
    BusinessCasePanel,
    CarvableBadge,
    DemandProfileChart,
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
  providers: [PackageComposerStore, UnitsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './package-composer-page.html',
  styleUrls: [
    '../admin/admin-page.scss',
    './carving.scss',
    './package-composer-page.scss',
  ],
})
export class PackageComposerPage {
  protected readonly store = inject(PackageComposerStore);
  protected readonly units = inject(UnitsStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly mayWrite = this.auth.hasRole(...ACCESS.carvingWrite);
  /** Managers, and anyone once a package is filled or closed, only read. */
  protected readonly readOnly = computed(
    () => !this.mayWrite || !this.store.editable(),
  );

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    unitId: this.fb.control<string | null>(null, Validators.required),
    description: ['', Validators.maxLength(4000)],
    carvedJobPayScale: ['', Validators.maxLength(40)],
    carvedJobCostPerHour: this.fb.control<number | null>(null, [
      Validators.required,
      Validators.min(0),
    ]),
    workplacePostcode: ['', Validators.pattern(DUTCH_POSTCODE)],
    // The API takes coordinates within the Netherlands only (WGS84).
    workplaceLatitude: this.fb.control<number | null>(null, [
      Validators.min(50.7),
      Validators.max(53.6),
      withCoordinate('workplaceLongitude'),
    ]),
    workplaceLongitude: this.fb.control<number | null>(null, [
      Validators.min(3.3),
      Validators.max(7.3),
      withCoordinate('workplaceLatitude'),
    ]),
    /** One box per provision, labelled as on the candidate's profile. */
    accommodationsOffered: new FormGroup(
      Object.fromEntries(
        ACCOMMODATIONS.map((each) => [each, this.fb.control(false)]),
      ) as Record<Accommodation, FormControl<boolean>>,
    ),
  });
  protected readonly accommodations = ACCOMMODATIONS;
  protected readonly functionChoice = this.fb.control<string | null>(null);
  private readonly chosenFunctionId = toSignal(
    this.functionChoice.valueChanges.pipe(startWith(null)),
    { initialValue: null },
  );
  private readonly hoursControls = new Map<
    string,
    FormControl<number | null>
  >();

  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly failureTitle = signal(
    'carving.composer.actions.saveFailed',
  );
  protected readonly announcement = signal<Announcement | null>(null);
  protected readonly versionsShown = signal(false);

  protected readonly summary = this.store.summary;
  protected readonly blockingErrors = computed(() =>
    this.summary().errors.filter((error) => BLOCKING.has(error.code)),
  );

  /** The chosen function's tasks with what is left of each. */
  protected readonly chosenTasks = computed(() => {
    const id = this.chosenFunctionId();
    const fn = id ? this.store.functionDetails()[id] : undefined;
    if (!fn) return null;
    const available = this.store.availableTasks();
    const inPackage = new Set(this.store.allocations().map((a) => a.taskId));
    return {
      title: fn.title,
      tasks: fn.tasks.map((task) => ({
        task,
        remaining: available.get(task.id)?.remainingHoursPerWeek ?? 0,
        inPackage: inPackage.has(task.id),
      })),
    };
  });

  protected readonly errorMessages = computed(() =>
    this.summary().errors.map((error) => this.describeError(error)),
  );
  protected readonly warningMessages = computed(() =>
    this.summary().warnings.map((warning) => this.describeWarning(warning)),
  );

  constructor() {
    if (isSavedPackageState(inject(Location).getState())) {
      this.announcement.set({ key: 'carving.composer.actions.saved' });
    }
    inject(ActivatedRoute)
      .paramMap.pipe(takeUntilDestroyed())
      .subscribe((params) => {
        const id = params.get('id');
        if (id) {
          this.store.load(id);
        } else {
          this.store.startNew();
        }
      });
    if (this.mayWrite) {
      this.store.loadFunctions();
      this.units.load();
    }
    this.functionChoice.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((id) => id && this.store.loadFunction(id));
    // Each coordinate's "fill in the other one too" depends on the other field.
    this.form.controls.workplaceLatitude.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() =>
        this.form.controls.workplaceLongitude.updateValueAndValidity({
          emitEvent: false,
        }),
      );
    this.form.controls.workplaceLongitude.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() =>
        this.form.controls.workplaceLatitude.updateValueAndValidity({
          emitEvent: false,
        }),
      );
    effect(() => {
      const pkg = this.store.pkg();
      if (pkg) {
        untracked(() => this.fill(pkg));
      }
    });
    effect(() => {
      if (this.readOnly()) {
        this.form.disable({ emitEvent: false });
      } else {
        this.form.enable({ emitEvent: false });
      }
    });
  }

  protected hours(value: number): string {
    return formatHours(value, this.language());
  }

  protected jobUnits(value: number): string {
    return formatJobUnits(value, this.language());
  }

  protected dateTime(iso: string): string {
    return formatDateTime(iso, this.language());
  }

  /** One typed control per line, created when the line first shows and fed into the store. */
  protected hoursControl(line: CompositionLine): FormControl<number | null> {
    let control = this.hoursControls.get(line.taskId);
    if (!control) {
      control = this.fb.control<number | null>(
        Number.isFinite(line.hoursPerWeek) ? line.hoursPerWeek : null,
        [Validators.required, Validators.min(0.01)],
      );
      control.valueChanges
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe((value) =>
          this.store.setHours(line.taskId, toNumber(value)),
        );
      this.hoursControls.set(line.taskId, control);
    }
    return control;
  }

  protected isLineInvalid(line: CompositionLine): boolean {
    return this.summary().errors.some(
      (error) =>
        (error.code === 'invalid_allocation_hours' ||
          error.code === 'task_over_allocated') &&
        error.taskId === line.taskId,
    );
  }

  protected addTask(taskId: string, name: string, unitId: string): void {
    if (!this.store.addTask(taskId)) return;
    if (!this.form.controls.unitId.value) {
      this.form.controls.unitId.setValue(unitId);
    }
    this.announcement.set({
      key: 'carving.composer.available.added',
      params: { name },
    });
  }

  protected removeLine(line: CompositionLine): void {
    this.store.removeTask(line.taskId);
    this.hoursControls.delete(line.taskId);
    this.announcement.set({
      key: 'carving.composer.allocations.removed',
      params: { name: line.taskName },
    });
  }

  protected async save(): Promise<void> {
    if (this.store.saving() || this.readOnly()) return;
    this.failure.set(null);
    this.announcement.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    if (this.blockingErrors().length > 0) {
      this.announcement.set({ key: 'carving.composer.actions.fixErrors' });
      this.focus('#package-errors');
      return;
    }
    const value = this.form.getRawValue();
    const description = value.description.trim();
    const payScale = value.carvedJobPayScale.trim();
    const postcode = value.workplacePostcode.trim();
    const isNew = this.store.pkg() === null;
    const outcome = await this.store.save({
      unitId: value.unitId as string,
      title: value.title.trim(),
      description: description === '' ? null : description,
      carvedJobPayScale: payScale === '' ? null : payScale,
      carvedJobCostPerHour: Number(value.carvedJobCostPerHour),
      workplacePostcode: postcode === '' ? null : postcode,
      workplaceLatitude: optionalNumber(value.workplaceLatitude),
      workplaceLongitude: optionalNumber(value.workplaceLongitude),
      accommodationsOffered: ACCOMMODATIONS.filter(
        (each) => value.accommodationsOffered[each],
      ),
    });
    if (!outcome.ok) {
      this.showFailure(outcome.failure, 'carving.composer.actions.saveFailed');
      return;
    }
    if (isNew) {
      const state: SavedPackageState = { savedPackage: true };
      await this.router.navigate(['/pakketten', outcome.value.id], { state });
      return;
    }
    this.form.markAsPristine();
    this.announcement.set({ key: 'carving.composer.actions.saved' });
  }

  protected async publish(): Promise<void> {
    if (this.store.saving() || this.readOnly()) return;
    this.failure.set(null);
    if (this.store.allocationsChanged() || this.form.dirty) {
      this.announcement.set({
        key: 'carving.composer.actions.unsavedBeforePublish',
      });
      return;
    }
    const outcome = await this.store.publish();
    if (!outcome.ok) {
      this.showFailure(
        outcome.failure,
        'carving.composer.actions.publishFailed',
      );
      return;
    }
    this.announcement.set({
      key: 'carving.composer.actions.published',
      params: { version: outcome.value.version },
    });
    if (this.versionsShown()) this.store.loadVersions();
  }

  protected async close(): Promise<void> {
    if (this.store.saving() || this.readOnly()) return;
    const t = (key: string) => this.transloco.translate(key);
    const confirmed = await firstValueFrom(
      this.dialog
        .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
          data: {
            title: t('carving.composer.actions.confirmCloseTitle'),
            message: t('carving.composer.actions.confirmCloseMessage'),
            confirm: t('carving.composer.actions.close'),
            cancel: t('common.cancel'),
          },
        })
        .afterClosed(),
    );
    if (!confirmed) return;
    this.failure.set(null);
    const outcome = await this.store.close();
    if (!outcome.ok) {
      this.showFailure(outcome.failure, 'carving.composer.actions.closeFailed');
      return;
    }
    this.announcement.set({ key: 'carving.composer.actions.closed' });
  }

  protected async downloadPdf(lang: PdfLanguage): Promise<void> {
    const pkg = this.store.pkg();
    if (!pkg || this.store.saving()) return;
    this.failure.set(null);
    const outcome = await this.store.downloadPdf(lang);
    if (!outcome.ok) {
      this.showFailure(outcome.failure, 'carving.composer.actions.pdfFailed');
      return;
    }
    const name = pkg.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    saveBlob(
      outcome.value,
      `${name || 'pakket'}-v${pkg.version}-${lang}.pdf`,
      this.document,
    );
  }

  protected async publishAsTemplate(): Promise<void> {
    const pkg = this.store.pkg();
    if (!pkg) return;
    const template = await firstValueFrom(
      this.dialog
        .open<PublishTemplateDialog, PublishTemplateDialogData, TemplateDto>(
          PublishTemplateDialog,
          {
            data: {
              title: pkg.title,
              description: pkg.description ?? '',
              language: this.language(),
              publish: (request) => this.store.publishAsTemplate(request),
            },
            width: '36rem',
          },
        )
        .afterClosed(),
    );
    if (template) {
      this.announcement.set({
        key: 'carving.composer.template.done',
        params: { title: template.title },
      });
    }
  }

  protected showVersions(): void {
    this.versionsShown.set(true);
    this.store.loadVersions();
  }

  private showFailure(failure: ApiFailure, titleKey: string): void {
    showServerErrors(this.form, failure.fieldErrors);
    this.failureTitle.set(titleKey);
    this.failure.set(failure);
  }

  private focus(selector: string): void {
    afterNextRender(
      () =>
        this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(),
      { injector: this.injector },
    );
  }

  private taskName(taskId: string): string {
    return (
      this.store.lines().find((line) => line.taskId === taskId)?.taskName ??
      taskId
    );
  }

  private describeError(error: PackageError): Announcement {
    const key = `carving.composer.errors.${error.code}`;
    switch (error.code) {
      case 'no_tasks':
        return { key };
      case 'invalid_allocation_hours':
        return { key, params: { task: this.taskName(error.taskId) } };
      case 'task_over_allocated':
        return {
          key,
          params: {
            task: this.taskName(error.taskId),
            taskHours: this.hours(error.taskHoursPerWeek),
            allocated: this.hours(error.allocatedHoursPerWeek),
          },
        };
      case 'hours_below_minimum':
        return {
          key,
          params: {
            hours: this.hours(error.hoursPerWeek),
            min: this.hours(error.minHoursPerWeek),
          },
        };
      case 'hours_above_maximum':
        return {
          key,
          params: {
            hours: this.hours(error.hoursPerWeek),
            max: this.hours(error.maxHoursPerWeek),
          },
        };
    }
  }

  private describeWarning(warning: PackageWarning): Announcement {
    const key = `carving.composer.warnings.${warning.code}`;
    return warning.code === 'no_funded_jobcoaching'
      ? {
          key,
          params: {
            hours: this.hours(warning.hoursPerWeek),
            min: this.hours(warning.minHoursPerWeek),
          },
        }
      : { key };
  }

  private fill(pkg: PackageDto): void {
    this.form.reset(
      {
        title: pkg.title,
        unitId: pkg.unitId,
        description: pkg.description ?? '',
        carvedJobPayScale: pkg.carvedJobPayScale ?? '',
        carvedJobCostPerHour: pkg.carvedJobCostPerHour,
        workplacePostcode: pkg.workplacePostcode ?? '',
        workplaceLatitude: pkg.workplaceLatitude,
        workplaceLongitude: pkg.workplaceLongitude,
        accommodationsOffered: Object.fromEntries(
          ACCOMMODATIONS.map((each) => [
            each,
            (pkg.accommodationsOffered ?? []).includes(each),
          ]),
        ) as Record<Accommodation, boolean>,
      },
      { emitEvent: false },
    );
    for (const allocation of pkg.allocations) {
      this.hoursControls
        .get(allocation.taskId)
        ?.setValue(allocation.hoursPerWeek, { emitEvent: false });
    }
  }
}
