import { computed, inject, Injectable } from '@angular/core';
import { PackageListItemDto, PackageStatus } from '@jcw/shared-contracts';
import { ListState } from '../http/list-state';
import { CarvingApi } from './carving.api';

/** Carved packages for "Pakketten", newest change first; provided by the page. */
@Injectable()
export class PackagesStore {
  private readonly api = inject(CarvingApi);
  private readonly list = new ListState<PackageListItemDto>();

  readonly packages = computed(() =>
    [...this.list.items()].sort((a, b) =>
      b.updatedAt.localeCompare(a.updatedAt),
    ),
  );
  readonly loading = this.list.loading;
  readonly error = this.list.error;

  load(status: PackageStatus | null = null): void {
    this.list.load(this.api.listPackages(status));
  }
}
