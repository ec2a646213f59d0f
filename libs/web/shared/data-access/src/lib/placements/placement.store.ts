import { inject, Injectable, signal } from '@angular/core';
import {
  ChangePlacementHoursRequest,
  EndPlacementRequest,
  LedgerEntryDto,
  PlacementDto,
  UpdatePlacementRequest,
} from '@jcw/shared-contracts';
import { Outcome } from '@jcw/web-shared-util';
import { Observable } from 'rxjs';
import { ListState } from '../http/list-state';
import { ValueState } from '../carving/value-state';
import { PlacementsApi } from './placements.api';

/**
 * One placement with its quota ledger lines, for the detail page; provided by that page. Every
 * change answers with the placement as it now stands, and appends ledger lines, so the ledger is
 * read again after each one (the placement on screen is replaced straight away).
 */
@Injectable()
export class PlacementStore {
  private readonly api = inject(PlacementsApi);
  private readonly state = new ValueState<PlacementDto>();
  private readonly entries = new ListState<LedgerEntryDto>();
  private readonly id = signal<string | null>(null);

  readonly placement = this.state.value;
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.state.saving;
  readonly ledgerLoading = this.entries.loading;
  readonly ledgerError = this.entries.error;
  readonly ledger = this.entries.items;

  load(id: string): void {
    this.id.set(id);
    this.state.load(this.api.get(id));
    this.loadLedger(id);
  }

  changeHours(
    request: ChangePlacementHoursRequest,
    idempotencyKey: string,
  ): Promise<Outcome<PlacementDto>> {
    return this.write((id) =>
      this.api.changeHours(id, request, idempotencyKey),
    );
  }

  end(
    request: EndPlacementRequest,
    idempotencyKey: string,
  ): Promise<Outcome<PlacementDto>> {
    return this.write((id) => this.api.end(id, request, idempotencyKey));
  }

  update(
    request: UpdatePlacementRequest,
    idempotencyKey: string,
  ): Promise<Outcome<PlacementDto>> {
    return this.write((id) => this.api.update(id, request, idempotencyKey));
  }

  private async write(
    request: (id: string) => Observable<PlacementDto>,
  ): Promise<Outcome<PlacementDto>> {
    const id = this.id();
    if (!id) {
      throw new Error('PlacementStore used before a placement was loaded');
    }
    const outcome = await this.state.save(request(id), (_, saved) => saved);
    if (outcome.ok) {
      this.loadLedger(id);
    }
    return outcome;
  }

  private loadLedger(id: string): void {
    // In the API's order: the ledger is append-only, so it reads as a history.
    this.entries.load(this.api.ledger(id));
  }
}
