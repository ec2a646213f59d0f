import { computed, inject, Injectable } from '@angular/core';
import {
  CreateUserRequest,
  UpdateUserRequest,
  UserDto,
} from '@jcw/shared-contracts';
import { Outcome } from '@jcw/web-shared-util';
import { ListState, upsertById } from '../http/list-state';
import { UsersApi } from './identity.api';

const byDisplayName = (a: UserDto, b: UserDto) =>
  a.displayName.localeCompare(b.displayName, 'nl', { sensitivity: 'base' });

/** The organisation's users for the "Gebruikers" page; provided by the page (see UnitsStore). */
@Injectable()
export class UsersStore {
  private readonly api = inject(UsersApi);
  private readonly list = new ListState<UserDto>();

  readonly users = computed(() => [...this.list.items()].sort(byDisplayName));
  readonly loading = this.list.loading;
  readonly error = this.list.error;
  readonly saving = this.list.saving;

  load(): void {
    this.list.load(this.api.list());
  }

  /** 409 `EMAIL_TAKEN` when the address is in use; 400 details name the offending fields. */
  create(request: CreateUserRequest): Promise<Outcome<UserDto>> {
    return this.list.save(this.api.create(request), upsertById);
  }

  update(id: string, request: UpdateUserRequest): Promise<Outcome<UserDto>> {
    return this.list.save(this.api.update(id, request), upsertById);
  }
}
