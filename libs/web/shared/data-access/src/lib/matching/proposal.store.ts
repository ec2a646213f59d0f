import { inject, Injectable } from '@angular/core';
import {
  AcceptProposalRequest,
  ProposalDto,
  RejectProposalRequest,
} from '@jcw/shared-contracts';
import { Outcome } from '@jcw/web-shared-util';
import { Observable } from 'rxjs';
import { ValueState } from '../carving/value-state';
import { MatchingApi } from './matching.api';

/**
 * One proposal for its detail page: the manager accepts (which creates the placement) or
 * rejects it with a reason, the adviser withdraws it while it is open. Every decision answers
 * with the proposal as it now stands, which replaces the one on screen; a refusal leaves it be.
 */
@Injectable()
export class ProposalStore {
  private readonly api = inject(MatchingApi);
  private readonly state = new ValueState<ProposalDto>();

  readonly proposal = this.state.value;
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.state.saving;

  load(id: string): void {
    this.state.load(this.api.getProposal(id));
  }

  /** One key per opening of the accept dialog: a retry after a lost answer places once. */
  accept(
    request: AcceptProposalRequest,
    idempotencyKey: string,
  ): Promise<Outcome<ProposalDto>> {
    return this.decide((id) =>
      this.api.acceptProposal(id, request, idempotencyKey),
    );
  }

  reject(request: RejectProposalRequest): Promise<Outcome<ProposalDto>> {
    return this.decide((id) => this.api.rejectProposal(id, request));
  }

  withdraw(): Promise<Outcome<ProposalDto>> {
    return this.decide((id) => this.api.withdrawProposal(id));
  }

  private decide(
    request: (id: string) => Observable<ProposalDto>,
  ): Promise<Outcome<ProposalDto>> {
    const proposal = this.state.value();
    if (!proposal) {
      throw new Error('ProposalStore used before a proposal was loaded');
    }
    return this.state.save(request(proposal.id), (_, saved) => saved);
  }
}
