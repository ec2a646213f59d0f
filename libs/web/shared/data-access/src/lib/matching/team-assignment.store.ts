import { computed, inject, Injectable, signal } from '@angular/core';
import {
  ProposalDto,
  TeamAssignmentDto,
  TeamAssignmentRequest,
  TeamAssignmentRowDto,
} from '@jcw/shared-contracts';
import { ApiFailure } from '@jcw/web-shared-util';
import { ValueState } from '../carving/value-state';
import { outcomeOf } from '../http/api-failure';
import { IdempotencyKey } from '../http/idempotency-key';
import { MatchingApi } from './matching.api';

/** What happened to one row's proposal after "Alles voorstellen". */
export type RowProposalResult =
  | { state: 'saving' }
  | { state: 'proposed'; proposal: ProposalDto }
  | { state: 'failed'; failure: ApiFailure };

export interface ProposeAllSummary {
  proposed: number;
  failed: number;
}

/** A row with someone assigned to it. */
export type AssignedRow = TeamAssignmentRowDto & {
  assigned: NonNullable<TeamAssignmentRowDto['assigned']>;
};

const pairOf = (row: AssignedRow) =>
  `${row.packageId}:${row.assigned.candidateId}`;

/**
 * "Teamindeling" (hr_adviser): the best one-to-one assignment of candidates to the chosen
 * published packages, and proposing every assigned pair at once - one request per row, each
 * with its own idempotency key, so a second "Alles voorstellen" after a lost answer proposes
 * nobody twice and only retries the rows that did not go through.
 */
@Injectable()
export class TeamAssignmentStore {
  private readonly api = inject(MatchingApi);
  private readonly state = new ValueState<TeamAssignmentDto>();
  private readonly results = signal<
    Readonly<Record<string, RowProposalResult>>
  >({});
  private readonly keys = new Map<string, IdempotencyKey>();
  private readonly proposingAll = signal(false);

  readonly assignment = this.state.value;
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly proposing = this.proposingAll.asReadonly();

  /** Per package id: the outcome of proposing its assigned candidate. */
  readonly rowResults = this.results.asReadonly();

  readonly assignedRows = computed<AssignedRow[]>(() =>
    (this.state.value()?.rows ?? []).filter(
      (row): row is AssignedRow => row.assigned !== null,
    ),
  );

  /** Assigned rows not proposed yet (or whose proposal failed). */
  readonly proposable = computed(() =>
    this.assignedRows().filter(
      (row) => this.results()[row.packageId]?.state !== 'proposed',
    ),
  );

  compute(request: TeamAssignmentRequest): void {
    this.results.set({});
    this.keys.clear();
    this.state.load(this.api.assignTeam(request));
  }

  /** Proposes every assigned pair not proposed yet, one after the other. */
  async proposeAll(): Promise<ProposeAllSummary> {
    const summary: ProposeAllSummary = { proposed: 0, failed: 0 };
    if (this.proposingAll()) return summary;
    this.proposingAll.set(true);
    for (const row of this.proposable()) {
      this.setResult(row.packageId, { state: 'saving' });
      const key = this.keyFor(row);
      const outcome = await outcomeOf(
        this.api.createProposal(
          {
            packageId: row.packageId,
            candidateId: row.assigned.candidateId,
          },
          key.value,
        ),
      );
      key.settle(outcome);
      if (outcome.ok) {
        summary.proposed += 1;
        this.setResult(row.packageId, {
          state: 'proposed',
          proposal: outcome.value,
        });
      } else {
        summary.failed += 1;
        this.setResult(row.packageId, {
          state: 'failed',
          failure: outcome.failure,
        });
      }
    }
    this.proposingAll.set(false);
    return summary;
  }

  private keyFor(row: AssignedRow): IdempotencyKey {
    const pair = pairOf(row);
    let key = this.keys.get(pair);
    if (!key) {
      key = new IdempotencyKey();
      this.keys.set(pair, key);
    }
    return key;
  }

  private setResult(packageId: string, result: RowProposalResult): void {
    this.results.update((current) => ({ ...current, [packageId]: result }));
  }
}
