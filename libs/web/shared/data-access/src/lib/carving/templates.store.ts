import { computed, inject, Injectable } from '@angular/core';
import {
  InstantiateTemplateRequest,
  PackageDto,
  TemplateDto,
} from '@jcw/shared-contracts';
import { Outcome } from '@jcw/web-shared-util';
import { ListState } from '../http/list-state';
import { CarvingApi, TemplateFilter } from './carving.api';

/** The template gallery ("Sjablonen"); provided by the page. */
@Injectable()
export class TemplatesStore {
  private readonly api = inject(CarvingApi);
  private readonly list = new ListState<TemplateDto>();

  readonly templates = computed(() => this.list.items());
  readonly loading = this.list.loading;
  readonly error = this.list.error;
  readonly saving = this.list.saving;

  load(filter: TemplateFilter = {}): void {
    this.list.load(this.api.listTemplates(filter));
  }

  /** Copies the template's tasks into the function picked and drafts a package from them. */
  instantiate(
    id: string,
    request: InstantiateTemplateRequest,
  ): Promise<Outcome<PackageDto>> {
    return this.list.save(
      this.api.instantiateTemplate(id, request),
      (items) => items,
    );
  }
}
