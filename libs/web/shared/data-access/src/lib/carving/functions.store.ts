import { computed, inject, Injectable } from '@angular/core';
import {
  FunctionDto,
  FunctionSummaryDto,
  FunctionWriteRequest,
} from '@jcw/shared-contracts';
import { Outcome } from '@jcw/web-shared-util';
import { ListState, upsertById } from '../http/list-state';
import { CarvingApi } from './carving.api';

const byTitle = (a: FunctionSummaryDto, b: FunctionSummaryDto) =>
  a.title.localeCompare(b.title, 'nl', { sensitivity: 'base' });

/** The regular functions a user may see, for "Functies" and the composer's task picker. */
@Injectable()
export class FunctionsStore {
  private readonly api = inject(CarvingApi);
  private readonly list = new ListState<FunctionSummaryDto>();

  readonly functions = computed(() => [...this.list.items()].sort(byTitle));
  readonly loading = this.list.loading;
  readonly error = this.list.error;
  readonly saving = this.list.saving;

  load(): void {
    this.list.load(this.api.listFunctions());
  }

  /** 400 `VALIDATION_FAILED` details name the fields. */
  create(request: FunctionWriteRequest): Promise<Outcome<FunctionDto>> {
    return this.list.save(this.api.createFunction(request), (items, created) =>
      upsertById(items, toFunctionSummary(created)),
    );
  }

  remove(id: string): Promise<Outcome<void>> {
    return this.list.save(this.api.deleteFunction(id), (items) =>
      items.filter((each) => each.id !== id),
    );
  }
}

/** The list row for a function, as the API would list it. */
export function toFunctionSummary(fn: FunctionDto): FunctionSummaryDto {
  return {
    id: fn.id,
    unitId: fn.unitId,
    unitName: fn.unitName,
    title: fn.title,
    payScale: fn.payScale,
    employeeCount: fn.employeeCount,
    taskCount: fn.tasks.length,
    carvableTaskCount: fn.tasks.filter((task) => task.carvable).length,
    taskHoursPerWeek: fn.tasks.reduce(
      (sum, task) => sum + task.hoursPerWeek,
      0,
    ),
    remainingHoursPerWeek: fn.tasks.reduce(
      (sum, task) => sum + task.remainingHoursPerWeek,
      0,
    ),
  };
}
