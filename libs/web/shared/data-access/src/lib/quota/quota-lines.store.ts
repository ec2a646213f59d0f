import { computed, inject, Injectable, signal } from '@angular/core';
import { QuotaLinesDto } from '@jcw/shared-contracts';
import { ValueState } from '../carving/value-state';
import { QuotaApi, QuotaLinesQuery } from './quota.api';

/**
 * The placements behind one figure of the quota dashboard ("Regels"), pseudonymised, with their
 * ledger lines and the sums that make up the figure. Provided by the page.
 */
@Injectable()
export class QuotaLinesStore {
  private readonly api = inject(QuotaApi);
  private readonly state = new ValueState<QuotaLinesDto>();
  private readonly lastQuery = signal<QuotaLinesQuery | null>(null);

  readonly result = this.state.value;
  readonly lines = computed(() => this.state.value()?.lines ?? []);
  readonly sums = computed(() => this.state.value()?.sums ?? null);
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly query = this.lastQuery.asReadonly();

  load(query: QuotaLinesQuery): void {
    this.lastQuery.set(query);
    this.state.load(this.api.lines(query));
  }
}
