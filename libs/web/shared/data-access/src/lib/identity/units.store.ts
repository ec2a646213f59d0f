import { computed, inject, Injectable, signal } from '@angular/core';
import { CreateUnitRequest, UnitDto } from '@jcw/shared-contracts';
import { ApiFailure, buildTree, Outcome } from '@jcw/web-shared-util';
import { Observable, Subscription } from 'rxjs';
import { outcomeOf, toApiFailure } from '../http/api-failure';
import { UnitsApi } from './identity.api';

export interface UnitsState {
  units: UnitDto[];
  loading: boolean;
  error: ApiFailure | null;
  /** A create, rename or delete is under way. */
  saving: boolean;
}

/** Dutch collation puts "Één" next to "Een" and ignores case, as people expect in a list. */
export const byUnitName = (a: UnitDto, b: UnitDto) =>
  a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' });

/**
 * The organisation's units for the "Eenheden" page. Provided by the page, not the root, so the
 * data goes away with the page and is never shown to the next person who signs in.
 */
@Injectable()
export class UnitsStore {
  private readonly api = inject(UnitsApi);
  private readonly state = signal<UnitsState>({
    units: [],
    loading: false,
    error: null,
    saving: false,
  });
  private inFlight?: Subscription;

  readonly units = computed(() => this.state().units);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);
  readonly saving = computed(() => this.state().saving);
  readonly tree = computed(() => buildTree(this.state().units, byUnitName));

  load(): void {
    this.inFlight?.unsubscribe();
    this.state.update((state) => ({ ...state, loading: true, error: null }));
    this.inFlight = this.api.list().subscribe({
      next: (units) =>
        this.state.update((state) => ({ ...state, units, loading: false })),
      error: (error: unknown) =>
        this.state.update((state) => ({
          ...state,
          units: [],
          loading: false,
          error: toApiFailure(error),
        })),
    });
  }

  create(request: CreateUnitRequest): Promise<Outcome<UnitDto>> {
    return this.save(this.api.create(request), (units, created) => [
      ...units,
      created,
    ]);
  }

  rename(id: string, name: string): Promise<Outcome<UnitDto>> {
    return this.save(this.api.update(id, { name }), (units, updated) =>
      units.map((unit) => (unit.id === updated.id ? updated : unit)),
    );
  }

  /** A unit with child units or users is refused with 409 `UNIT_NOT_EMPTY`. */
  remove(id: string): Promise<Outcome<void>> {
    return this.save(this.api.remove(id), (units) =>
      units.filter((unit) => unit.id !== id),
    );
  }

  private async save<T>(
    request: Observable<T>,
    apply: (units: UnitDto[], value: T) => UnitDto[],
  ): Promise<Outcome<T>> {
    this.state.update((state) => ({ ...state, saving: true }));
    const outcome = await outcomeOf(request);
    this.state.update((state) => ({
      ...state,
      saving: false,
      units: outcome.ok ? apply(state.units, outcome.value) : state.units,
    }));
    return outcome;
  }
}
