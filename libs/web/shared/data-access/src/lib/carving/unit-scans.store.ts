import { computed, inject, Injectable, signal } from '@angular/core';
import { UnitScanDto, UnitScanWriteRequest } from '@jcw/shared-contracts';
import { Outcome } from '@jcw/web-shared-util';
import { ListState } from '../http/list-state';
import { CarvingApi } from './carving.api';

/**
 * The unit scan ("Eenheidsscan") of the government's step-by-step guide: the earlier scans of
 * the unit chosen, and new scans, which appear on top of the list once saved. Provided by the page.
 */
@Injectable()
export class UnitScansStore {
  private readonly api = inject(CarvingApi);
  private readonly list = new ListState<UnitScanDto>();
  private readonly unit = signal<string | null>(null);

  /** Newest first, as the API sends them. */
  readonly scans = computed(() => this.list.items());
  readonly unitId = this.unit.asReadonly();
  readonly loading = this.list.loading;
  readonly error = this.list.error;
  readonly saving = this.list.saving;

  /** Loads the scans of `unitId`; a later call wins over an earlier one still on its way. */
  load(unitId: string): void {
    this.unit.set(unitId);
    this.list.load(this.api.listUnitScans(unitId));
  }

  /** Saves a scan; it joins the list when it is about the unit on screen. */
  create(request: UnitScanWriteRequest): Promise<Outcome<UnitScanDto>> {
    return this.list.save(this.api.createUnitScan(request), (items, saved) =>
      saved.unitId === this.unit() ? [saved, ...items] : items,
    );
  }
}
