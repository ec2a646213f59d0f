import { inject, Injectable } from '@angular/core';
import { BusinessCaseDto, BusinessCaseQuery } from '@jcw/shared-contracts';
import { CarvingApi } from './carving.api';
import { ValueState } from './value-state';

/** A package's business case, recomputed by the API for the adviser's assumptions. */
@Injectable()
export class BusinessCaseStore {
  private readonly api = inject(CarvingApi);
  private readonly state = new ValueState<BusinessCaseDto>();

  readonly businessCase = this.state.value;
  readonly loading = this.state.loading;
  readonly error = this.state.error;

  /** Keeps the previous figures on screen while new ones are computed. */
  load(packageId: string, query: BusinessCaseQuery = {}): void {
    this.state.load(this.api.businessCase(packageId, query), true);
  }
}
