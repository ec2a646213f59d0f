import { computed, inject, Injectable, signal } from '@angular/core';
import {
  CreatePlacementRequest,
  PlacementDto,
  PlacementListQuery,
  PlacementPage,
} from '@jcw/shared-contracts';
import { Outcome } from '@jcw/web-shared-util';
import { outcomeOf } from '../http/api-failure';
import { ValueState } from '../carving/value-state';
import { PlacementsApi } from './placements.api';

/** The API's default page size, used until a page has arrived. */
export const PLACEMENT_PAGE_SIZE = 25;

/**
 * The organisation's placements, one numbered page at a time, for "Plaatsingen" and the form that
 * records a new one; provided by the page. The API filters, sorts and pages.
 */
@Injectable()
export class PlacementsStore {
  private readonly api = inject(PlacementsApi);
  private readonly page = new ValueState<PlacementPage>();
  private readonly creating = signal(false);
  private readonly lastQuery = signal<PlacementListQuery>({});

  readonly placements = computed<PlacementDto[]>(
    () => this.page.value()?.items ?? [],
  );
  readonly total = computed(() => this.page.value()?.total ?? 0);
  /** 1-based, as the API counts. */
  readonly pageNumber = computed(() => this.page.value()?.page ?? 1);
  readonly pageSize = computed(
    () => this.page.value()?.pageSize ?? PLACEMENT_PAGE_SIZE,
  );
  readonly query = this.lastQuery.asReadonly();
  readonly loaded = computed(() => this.page.value() !== null);
  readonly loading = this.page.loading;
  readonly error = this.page.error;
  readonly saving = this.creating.asReadonly();

  /** The rows on screen stay until the next page replaces them. */
  load(query: PlacementListQuery = {}): void {
    this.lastQuery.set(query);
    this.page.load(this.api.list(query), true);
  }

  /**
   * Records a placement. `idempotencyKey` belongs to the form's submission: the same key for a
   * retry makes the API answer with the placement it already recorded.
   */
  async create(
    request: CreatePlacementRequest,
    idempotencyKey: string,
  ): Promise<Outcome<PlacementDto>> {
    this.creating.set(true);
    const outcome = await outcomeOf(this.api.create(request, idempotencyKey));
    this.creating.set(false);
    return outcome;
  }
}
