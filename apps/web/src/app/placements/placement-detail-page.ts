import { Location } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { PlacementDto } from '@jcw/shared-contracts';
import { jobUnitsForWeeklyHours } from '@jcw/shared-domain';
import { IdempotencyKey, PlacementStore } from '@jcw/web-shared-data-access';
import { ErrorAlert, FieldError } from '@jcw/web-shared-ui';
import { ApiFailure, formatDate } from '@jcw/web-shared-util';
import { Announcement } from '../admin/announcement';
import { formatHours, formatJobUnits } from '../carving/carving-format';
import {
  focusFirstInvalid,
  showServerErrors,
  withUnshownErrors,
} from '../forms/form-errors';
import { LanguagePreference } from '../i18n/language-preference';
import { isCreatedPlacementState } from './created-placement';
import {
  EndPlacementDialog,
  EndPlacementDialogData,
} from './end-placement-dialog';
import { LedgerTable } from './ledger-table';
import { today } from './placement-form';

/**
 * One placement (hr_adviser): its facts, the history of its weekly hours with a form to change
 * them from a date, ending it in a dialog, and the lines it wrote in the quota ledger.
 */
@Component({
  selector: 'jcw-placement-detail-page',
  imports: [
    ErrorAlert,
    FieldError,
    LedgerTable,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [PlacementStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './placement-detail-page.html',
  styleUrls: ['../admin/admin-page.scss', '../carving/carving.scss'],
})
export class PlacementDetailPage {
  protected readonly store = inject(PlacementStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly transloco = inject(TranslocoService);
  private readonly dialog = inject(MatDialog);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly hoursKey = new IdempotencyKey();

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly hoursForm = this.fb.group({
    effectiveFrom: [today(), Validators.required],
    hoursPerWeek: this.fb.control<number | null>(null, [
      Validators.required,
      Validators.min(0.5),
      Validators.max(60),
    ]),
    note: ['', Validators.maxLength(500)],
  });
  protected readonly failure = signal<{
    failure: ApiFailure;
    titleKey: string;
  } | null>(null);
  protected readonly announcement = signal<Announcement | null>(null);

  protected readonly name = computed(() => {
    const placement = this.store.placement();
    return placement ? this.candidateName(placement) : '';
  });
  protected readonly ended = computed(
    () => this.store.placement()?.status === 'ended',
  );

  constructor() {
    if (isCreatedPlacementState(inject(Location).getState())) {
      this.announcement.set({ key: 'placements.create.done' });
    }
    inject(ActivatedRoute)
      .paramMap.pipe(takeUntilDestroyed())
      .subscribe((params) => this.store.load(params.get('id') ?? ''));
  }

  protected candidateName(placement: PlacementDto): string {
    return (
      placement.candidateName ??
      this.transloco.translate('placements.erasedCandidate')
    );
  }

  protected date(iso: string | null): string {
    return iso ? formatDate(iso, this.language()) : '';
  }

  protected hours(value: number): string {
    return formatHours(value, this.language());
  }

  protected jobUnits(value: number): string {
    return formatJobUnits(value, this.language());
  }

  protected jobUnitsOf(hours: number): string {
    return this.jobUnits(jobUnitsForWeeklyHours(hours));
  }

  protected async changeHours(element: HTMLElement): Promise<void> {
    if (this.store.saving()) return;
    this.failure.set(null);
    this.announcement.set(null);
    if (this.hoursForm.invalid) {
      this.hoursForm.markAllAsTouched();
      focusFirstInvalid(element, this.injector);
      return;
    }
    const value = this.hoursForm.getRawValue();
    const outcome = await this.store.changeHours(
      {
        effectiveFrom: value.effectiveFrom,
        hoursPerWeek: Number(value.hoursPerWeek),
        note: value.note.trim() || null,
      },
      this.hoursKey.value,
    );
    this.hoursKey.settle(outcome);
    if (!outcome.ok) {
      const unshown = showServerErrors(
        this.hoursForm,
        outcome.failure.fieldErrors,
      );
      this.failure.set({
        failure: withUnshownErrors(outcome.failure, unshown),
        titleKey: 'placements.hours.failed',
      });
      return;
    }
    this.hoursForm.reset({
      effectiveFrom: today(),
      hoursPerWeek: null,
      note: '',
    });
    this.announcement.set({
      key: 'placements.hours.saved',
      params: {
        hours: this.hours(Number(value.hoursPerWeek)),
        date: this.date(value.effectiveFrom),
      },
    });
  }

  protected openEnd(): void {
    const placement = this.store.placement();
    if (!placement) return;
    this.announcement.set(null);
    const data: EndPlacementDialogData = {
      candidateName: this.candidateName(placement),
      startDate: placement.startDate,
      language: this.language(),
      save: (request, key) => this.store.end(request, key),
    };
    this.dialog
      .open<EndPlacementDialog, EndPlacementDialogData, PlacementDto>(
        EndPlacementDialog,
        { data, width: '32rem', autoFocus: 'first-tabbable' },
      )
      .afterClosed()
      .subscribe((ended) => {
        if (ended) {
          this.announcement.set({
            key: 'placements.end.done',
            params: { date: this.date(ended.endDate) },
          });
          // The button that opened the dialog is gone with the ended placement's actions.
          this.host.nativeElement
            .querySelector<HTMLElement>('#placement-heading')
            ?.focus();
        }
      });
  }
}
