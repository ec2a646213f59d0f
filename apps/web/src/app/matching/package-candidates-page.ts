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
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  HardConstraintDto,
  PackageMatchDto,
  ProposalDto,
  TaskFeedbackDto,
} from '@jcw/shared-contracts';
import { PackageMatchesStore } from '@jcw/web-shared-data-access';
import { ErrorAlert } from '@jcw/web-shared-ui';
import { formatDateTime } from '@jcw/web-shared-util';
import { combineLatest } from 'rxjs';
import { Announcement } from '../admin/announcement';
import { Pager } from '../candidates/pager';
import { LanguagePreference } from '../i18n/language-preference';
import { DimensionChecks } from './dimension-checks';
import {
  describeConstraint,
  describeLowering,
  formatKm,
  formatScore,
  pageFromParams,
} from './matching-format';
import { ProposeDialog, ProposeDialogData } from './propose-dialog';
import { ScoreParts } from './score-parts';

/** How the adviser sees a person in the list: the name with the pseudonym managers will see. */
export function candidateLabel(match: {
  candidateName: string | null;
  pseudonym: string;
}): string {
  return match.candidateName
    ? `${match.candidateName} (${match.pseudonym})`
    : match.pseudonym;
}

/**
 * "Kandidaten" of one package (hr_adviser): where the scoring run stands, the ranked matches with
 * their explanation and a "Voorstellen" per row, the near misses with the one hard limit in the
 * way, and what would make the package fit more people. While a run is pending the store asks
 * again every two seconds; leaving the page stops it.
 */
@Component({
  selector: 'jcw-package-candidates-page',
  imports: [
    DimensionChecks,
    ErrorAlert,
    MatButtonModule,
    MatProgressSpinnerModule,
    Pager,
    RouterLink,
    ScoreParts,
    TranslocoPipe,
  ],
  providers: [PackageMatchesStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './package-candidates-page.html',
  styleUrls: [
    '../admin/admin-page.scss',
    '../carving/carving.scss',
    './matching.scss',
  ],
})
export class PackageCandidatesPage {
  protected readonly store = inject(PackageMatchesStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly packageId = signal('');
  protected readonly announcement = signal<Announcement | null>(null);

  /** Where the scoring run stands, for the live region above the list. */
  protected readonly runStatus = computed<Announcement | null>(() => {
    const run = this.store.matchPage();
    if (!run) return null;
    switch (run.status) {
      case 'not_published':
        return { key: 'matching.run.notPublished' };
      case 'pending':
        return run.computedForVersion === null
          ? {
              key: 'matching.run.pendingFirst',
              params: { version: run.packageVersion },
            }
          : {
              key: 'matching.run.pendingOlder',
              params: {
                version: run.packageVersion,
                shown: run.computedForVersion,
              },
            };
      case 'ready':
        return {
          key: 'matching.run.ready',
          params: {
            version: run.computedForVersion ?? run.packageVersion,
            date: run.computedAt ? this.dateTime(run.computedAt) : '',
            feasible: run.feasibleCount ?? run.total,
            pool: run.poolSize ?? run.total,
          },
        };
    }
  });

  /** Rank of the first row on this page. */
  protected readonly firstRank = computed(
    () => (this.store.pageNumber() - 1) * this.store.pageSize() + 1,
  );

  constructor() {
    combineLatest([this.route.paramMap, this.route.queryParamMap])
      .pipe(takeUntilDestroyed())
      .subscribe(([params, query]) => {
        const id = params.get('id') ?? '';
        this.packageId.set(id);
        this.store.load(id, pageFromParams(query));
      });
  }

  protected candidate(match: PackageMatchDto): string {
    return candidateLabel(match);
  }

  protected score(value: number): string {
    return formatScore(value, this.language());
  }

  protected km(value: number): string {
    return formatKm(value, this.language());
  }

  protected dateTime(iso: string): string {
    return formatDateTime(iso, this.language());
  }

  protected constraint(constraint: HardConstraintDto): Announcement {
    return describeConstraint(constraint, this.language());
  }

  protected lowerings(task: TaskFeedbackDto): Announcement[] {
    return task.gainedByLowering.map((each) =>
      describeLowering(each, this.language()),
    );
  }

  protected goToPage(page: number): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: page > 1 ? { page } : {},
    });
  }

  protected propose(match: PackageMatchDto): void {
    const pkg = this.store.pkg();
    this.announcement.set(null);
    const data: ProposeDialogData = {
      candidate: this.candidate(match),
      packageTitle: pkg?.title ?? '',
      unitName: pkg?.unitName ?? '',
      language: this.language(),
      propose: (motivation, key) =>
        this.store.propose(match.candidateId, motivation, key),
    };
    this.dialog
      .open<ProposeDialog, ProposeDialogData, ProposalDto>(ProposeDialog, {
        data,
        width: '36rem',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((proposal) => {
        if (!proposal) return;
        this.announcement.set({
          key: 'matching.propose.done',
          params: { candidate: this.candidate(match) },
        });
        // The button that opened the dialog made way for the proposal's status: focus goes there.
        afterNextRender(
          () =>
            this.host.nativeElement
              .querySelector<HTMLElement>(`#proposal-${match.candidateId}`)
              ?.focus(),
          { injector: this.injector },
        );
      });
  }
}
