import { computed, inject, Injectable } from '@angular/core';
import {
  CreateOrganisationRequest,
  OrganisationDto,
} from '@jcw/shared-contracts';
import { Outcome } from '@jcw/web-shared-util';
import { ListState, upsertById } from '../http/list-state';
import { OrganisationsApi } from './identity.api';

/** Payroll tax number (loonheffingennummer): 9 digits, the letter L, 2 digits. */
export const PAYROLL_TAX_NUMBER_PATTERN = /^\d{9}L\d{2}$/;

/** All organisations on the platform, for the superadmin's "Organisaties" page. */
@Injectable()
export class OrganisationsStore {
  private readonly api = inject(OrganisationsApi);
  private readonly list = new ListState<OrganisationDto>();

  readonly organisations = computed(() =>
    [...this.list.items()].sort((a, b) =>
      a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }),
    ),
  );
  readonly loading = this.list.loading;
  readonly error = this.list.error;
  readonly saving = this.list.saving;

  load(): void {
    this.list.load(this.api.list());
  }

  create(
    request: CreateOrganisationRequest,
  ): Promise<Outcome<OrganisationDto>> {
    return this.list.save(this.api.create(request), upsertById);
  }
}
