import {
  computed,
  DestroyRef,
  inject,
  Injectable,
  signal,
} from '@angular/core';
import {
  CarvingFeedbackDto,
  NearMissesDto,
  PackageDto,
  PackageMatchPage,
  ProposalDto,
} from '@jcw/shared-contracts';
import { Outcome } from '@jcw/web-shared-util';
import { tap } from 'rxjs';
import { CarvingApi } from '../carving/carving.api';
import { ValueState } from '../carving/value-state';
import { outcomeOf } from '../http/api-failure';
import { MatchingApi } from './matching.api';

/** Rows per page of ranked matches. */
export const MATCH_PAGE_SIZE = 20;
/** How often a pending scoring run is asked about again. */
export const MATCH_POLL_INTERVAL_MS = 2000;

/**
 * The candidates page of one package (hr_adviser): the package itself, one page of its ranked
 * matches, the near misses and the carving feedback. While the API says the scoring run for the
 * current version is `pending`, the matches are asked for again every two seconds (keeping the
 * rows on screen); once the run is ready, near misses and feedback are read again because they
 * belong to that run. Polling stops when the page that provides the store goes away.
 */
@Injectable()
export class PackageMatchesStore {
  private readonly api = inject(MatchingApi);
  private readonly carving = inject(CarvingApi);
  private readonly packageState = new ValueState<PackageDto>();
  private readonly matchState = new ValueState<PackageMatchPage>();
  private readonly nearMissState = new ValueState<NearMissesDto>();
  private readonly feedbackState = new ValueState<CarvingFeedbackDto>();
  private readonly shown = signal<{ packageId: string; page: number } | null>(
    null,
  );
  private readonly proposingId = signal<string | null>(null);
  private pollTimer: ReturnType<typeof setTimeout> | null = null;
  private wasPending = false;

  readonly pkg = this.packageState.value;
  readonly packageLoading = this.packageState.loading;
  readonly packageError = this.packageState.error;

  readonly matchPage = this.matchState.value;
  readonly matches = computed(() => this.matchState.value()?.items ?? []);
  readonly total = computed(() => this.matchState.value()?.total ?? 0);
  readonly pageNumber = computed(
    () => this.matchState.value()?.page ?? this.shown()?.page ?? 1,
  );
  readonly pageSize = computed(
    () => this.matchState.value()?.pageSize ?? MATCH_PAGE_SIZE,
  );
  readonly matchesLoading = this.matchState.loading;
  readonly matchesError = this.matchState.error;
  readonly pending = computed(
    () => this.matchState.value()?.status === 'pending',
  );

  readonly nearMisses = this.nearMissState.value;
  readonly nearMissesLoading = this.nearMissState.loading;
  readonly nearMissesError = this.nearMissState.error;

  readonly feedback = this.feedbackState.value;
  readonly feedbackLoading = this.feedbackState.loading;
  readonly feedbackError = this.feedbackState.error;

  /** The candidate whose proposal is being sent, if any. */
  readonly proposing = this.proposingId.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopPolling());
  }

  /** The package with page `page` of its matches, its near misses and its carving feedback. */
  load(packageId: string, page = 1): void {
    const samePackage = this.shown()?.packageId === packageId;
    this.shown.set({ packageId, page });
    if (!samePackage) {
      this.wasPending = false;
      this.packageState.load(this.carving.getPackage(packageId));
    }
    this.loadMatches(samePackage);
    if (!samePackage) {
      this.loadRunDetails();
    }
  }

  /** Proposes a candidate of the list; the row shows the open proposal once the API has it. */
  async propose(
    candidateId: string,
    motivation: string | null,
    idempotencyKey: string,
  ): Promise<Outcome<ProposalDto>> {
    const shown = this.requireShown();
    this.proposingId.set(candidateId);
    const outcome = await outcomeOf(
      this.api.createProposal(
        { packageId: shown.packageId, candidateId, motivation },
        idempotencyKey,
      ),
    );
    this.proposingId.set(null);
    if (outcome.ok) {
      const proposal = { id: outcome.value.id, status: outcome.value.status };
      const page = this.matchState.value();
      if (page) {
        this.matchState.set({
          ...page,
          items: page.items.map((item) =>
            item.candidateId === candidateId ? { ...item, proposal } : item,
          ),
        });
        // Setting the page cancels a poll that was on its way; the next one is planned afresh.
        if (page.status === 'pending' && this.pollTimer === null) {
          this.schedulePoll();
        }
      }
    }
    return outcome;
  }

  stopPolling(): void {
    if (this.pollTimer !== null) {
      clearTimeout(this.pollTimer);
      this.pollTimer = null;
    }
  }

  private loadMatches(keepRows: boolean): void {
    const shown = this.requireShown();
    this.stopPolling();
    this.matchState.load(
      this.api
        .packageMatches(shown.packageId, {
          page: shown.page,
          pageSize: MATCH_PAGE_SIZE,
        })
        .pipe(tap((result) => this.afterMatches(result))),
      keepRows,
    );
  }

  private afterMatches(result: PackageMatchPage): void {
    if (result.status === 'pending') {
      this.wasPending = true;
      this.schedulePoll();
      return;
    }
    if (this.wasPending) {
      // The run that was pending has finished: its near misses and feedback are new too.
      this.wasPending = false;
      this.loadRunDetails();
    }
  }

  private schedulePoll(): void {
    this.stopPolling();
    this.pollTimer = setTimeout(() => {
      this.pollTimer = null;
      this.loadMatches(true);
    }, MATCH_POLL_INTERVAL_MS);
  }

  private loadRunDetails(): void {
    const { packageId } = this.requireShown();
    this.nearMissState.load(this.api.nearMisses(packageId), true);
    this.feedbackState.load(this.api.carvingFeedback(packageId), true);
  }

  private requireShown(): { packageId: string; page: number } {
    const shown = this.shown();
    if (!shown) {
      throw new Error('PackageMatchesStore used before a package was loaded');
    }
    return shown;
  }
}
