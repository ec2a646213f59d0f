import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ProposalDto } from '@jcw/shared-contracts';
import { AuthStore, ProposalStore } from '@jcw/web-shared-data-access';
import {
  ConfirmDialog,
  ConfirmDialogData,
  ErrorAlert,
} from '@jcw/web-shared-ui';
import { ApiFailure, formatDate, formatDateTime } from '@jcw/web-shared-util';
import { firstValueFrom } from 'rxjs';
import { Announcement } from '../admin/announcement';
import { dimensionLabel, formatHours } from '../carving/carving-format';
import { LanguagePreference } from '../i18n/language-preference';
import { ACCESS } from '../navigation';
import {
  AcceptProposalDialog,
  AcceptProposalDialogData,
} from './accept-proposal-dialog';
import { DimensionChecks } from './dimension-checks';
import { formatKm, formatScore } from './matching-format';
import {
  RejectProposalDialog,
  RejectProposalDialogData,
} from './reject-proposal-dialog';
import { ScoreParts } from './score-parts';

/**
 * One proposal. A manager sees the person as HR proposed them - pseudonym, the fit, what they can
 * and cannot do - never a name or contact data, and accepts (creating the placement) or rejects
 * it. An adviser sees the same with the name, and may withdraw an open proposal.
 */
@Component({
  selector: 'jcw-proposal-detail-page',
  imports: [
    DimensionChecks,
    ErrorAlert,
    MatButtonModule,
    RouterLink,
    ScoreParts,
    TranslocoPipe,
  ],
  providers: [ProposalStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './proposal-detail-page.html',
  styleUrls: [
    '../admin/admin-page.scss',
    '../carving/carving.scss',
    './matching.scss',
  ],
})
export class ProposalDetailPage {
  protected readonly store = inject(ProposalStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly mayDecide = this.auth.hasRole(...ACCESS.proposalDecide);
  protected readonly mayWithdraw = this.auth.hasRole(...ACCESS.matching);
  /** Only advisers may open placements. */
  protected readonly mayOpenPlacement = this.auth.hasRole(...ACCESS.placements);

  protected readonly failure = signal<{
    failure: ApiFailure;
    titleKey: string;
  } | null>(null);
  protected readonly announcement = signal<Announcement | null>(null);

  protected readonly open = computed(
    () => this.store.proposal()?.status === 'proposed',
  );

  /** The limitations the person has (level 1 or 2), in words, catalogue order aside. */
  protected readonly limitations = computed(() => {
    const proposal = this.store.proposal();
    if (!proposal) return [];
    return Object.entries(proposal.candidate.limitations)
      .filter(([, level]) => level !== undefined && level > 0)
      .map(([key, level]) => ({
        key,
        label: dimensionLabel(key, this.language()),
        level: level as number,
      }));
  });

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(takeUntilDestroyed())
      .subscribe((params) => this.store.load(params.get('id') ?? ''));
  }

  protected date(iso: string | null): string {
    return iso ? formatDate(iso, this.language()) : '';
  }

  protected dateTime(iso: string | null): string {
    return iso ? formatDateTime(iso, this.language()) : '';
  }

  protected score(value: number): string {
    return formatScore(value, this.language());
  }

  protected hours(value: number): string {
    return formatHours(value, this.language());
  }

  protected km(value: number): string {
    return formatKm(value, this.language());
  }

  protected openAccept(): void {
    const proposal = this.store.proposal();
    if (!proposal || !this.open()) return;
    this.clearMessages();
    const data: AcceptProposalDialogData = {
      pseudonym: proposal.candidate.pseudonym,
      packageTitle: proposal.packageTitle,
      packageHoursPerWeek: proposal.packageHoursPerWeek,
      language: this.language(),
      accept: (request, key) => this.store.accept(request, key),
    };
    this.dialog
      .open<AcceptProposalDialog, AcceptProposalDialogData, ProposalDto>(
        AcceptProposalDialog,
        { data, width: '32rem', autoFocus: 'first-tabbable' },
      )
      .afterClosed()
      .subscribe((accepted) => {
        if (!accepted) return;
        this.announcement.set({ key: 'matching.accept.done' });
        this.focusHeading();
      });
  }

  protected openReject(): void {
    const proposal = this.store.proposal();
    if (!proposal || !this.open()) return;
    this.clearMessages();
    const data: RejectProposalDialogData = {
      pseudonym: proposal.candidate.pseudonym,
      packageTitle: proposal.packageTitle,
      language: this.language(),
      reject: (request) => this.store.reject(request),
    };
    this.dialog
      .open<RejectProposalDialog, RejectProposalDialogData, ProposalDto>(
        RejectProposalDialog,
        { data, width: '32rem', autoFocus: 'first-tabbable' },
      )
      .afterClosed()
      .subscribe((rejected) => {
        if (!rejected) return;
        this.announcement.set({ key: 'matching.reject.done' });
        this.focusHeading();
      });
  }

  protected async withdraw(): Promise<void> {
    if (!this.open() || this.store.saving()) return;
    this.clearMessages();
    const t = (key: string) => this.transloco.translate(key);
    const confirmed = await firstValueFrom(
      this.dialog
        .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
          data: {
            title: t('matching.withdraw.confirmTitle'),
            message: t('matching.withdraw.confirmMessage'),
            confirm: t('matching.withdraw.button'),
            cancel: t('common.cancel'),
          },
        })
        .afterClosed(),
    );
    if (!confirmed) return;
    const outcome = await this.store.withdraw();
    if (!outcome.ok) {
      this.failure.set({
        failure: outcome.failure,
        titleKey: 'matching.withdraw.failed',
      });
      return;
    }
    this.announcement.set({ key: 'matching.withdraw.done' });
    this.focusHeading();
  }

  private clearMessages(): void {
    this.failure.set(null);
    this.announcement.set(null);
  }

  /** The buttons that opened the dialog go with the open proposal; focus goes to the heading. */
  private focusHeading(): void {
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>('#proposal-heading')
          ?.focus(),
      { injector: this.injector },
    );
  }
}
