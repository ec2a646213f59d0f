import { computed, inject, Injectable, signal } from '@angular/core';
import {
  CreateUserRequest,
  UpdateUserRequest,
  UserDto,
} from '@jcw/shared-contracts';
import { ApiFailure, Outcome } from '@jcw/web-shared-util';
import { Observable, Subscription } from 'rxjs';
import { outcomeOf, toApiFailure } from '../http/api-failure';
import { UsersApi } from './identity.api';

export interface UsersState {
  users: UserDto[];
  loading: boolean;
  error: ApiFailure | null;
  saving: boolean;
}

const byDisplayName = (a: UserDto, b: UserDto) =>
  a.displayName.localeCompare(b.displayName, 'nl', { sensitivity: 'base' });

/** The organisation's users for the "Gebruikers" page; provided by the page (see UnitsStore). */
@Injectable()
export class UsersStore {
  private readonly api = inject(UsersApi);
  private readonly state = signal<UsersState>({
    users: [],
    loading: false,
    error: null,
    saving: false,
  });
  private inFlight?: Subscription;

  readonly users = computed(() => [...this.state().users].sort(byDisplayName));
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);
  readonly saving = computed(() => this.state().saving);

  load(): void {
    this.inFlight?.unsubscribe();
    this.state.update((state) => ({ ...state, loading: true, error: null }));
    this.inFlight = this.api.list().subscribe({
      next: (users) =>
        this.state.update((state) => ({ ...state, users, loading: false })),
      error: (error: unknown) =>
        this.state.update((state) => ({
          ...state,
          users: [],
          loading: false,
          error: toApiFailure(error),
        })),
    });
  }

  /** 409 `EMAIL_TAKEN` when the address is in use; 400 details name the offending fields. */
  create(request: CreateUserRequest): Promise<Outcome<UserDto>> {
    return this.save(this.api.create(request));
  }

  update(id: string, request: UpdateUserRequest): Promise<Outcome<UserDto>> {
    return this.save(this.api.update(id, request));
  }

  private async save(request: Observable<UserDto>): Promise<Outcome<UserDto>> {
    this.state.update((state) => ({ ...state, saving: true }));
    const outcome = await outcomeOf(request);
    this.state.update((state) => ({
      ...state,
      saving: false,
      users: outcome.ok ? upsert(state.users, outcome.value) : state.users,
    }));
    return outcome;
  }
}

function upsert(users: UserDto[], user: UserDto): UserDto[] {
  return users.some((each) => each.id === user.id)
    ? users.map((each) => (each.id === user.id ? user : each))
    : [...users, user];
}
