import { inject, Injectable } from '@angular/core';
import {
  FunctionDto,
  FunctionWriteRequest,
  TaskDto,
  TaskWriteRequest,
} from '@jcw/shared-contracts';
import { Outcome } from '@jcw/web-shared-util';
import { CarvingApi } from './carving.api';
import { ValueState } from './value-state';

function withTask(fn: FunctionDto | null, task: TaskDto): FunctionDto | null {
  if (!fn) return fn;
  const tasks = fn.tasks.some((each) => each.id === task.id)
    ? fn.tasks.map((each) => (each.id === task.id ? task : each))
    : [...fn.tasks, task];
  return { ...fn, tasks };
}

/** One function and its tasks for the function editor; provided by the page. */
@Injectable()
export class FunctionEditorStore {
  private readonly api = inject(CarvingApi);
  private readonly state = new ValueState<FunctionDto>();

  readonly fn = this.state.value;
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.state.saving;

  load(id: string): void {
    this.state.load(this.api.getFunction(id));
  }

  update(
    request: Partial<FunctionWriteRequest>,
  ): Promise<Outcome<FunctionDto>> {
    return this.state.save(
      this.api.updateFunction(this.requireId(), request),
      (_current, saved) => saved,
    );
  }

  addTask(request: TaskWriteRequest): Promise<Outcome<TaskDto>> {
    return this.state.save(
      this.api.createTask(this.requireId(), request),
      withTask,
    );
  }

  /** 409 `TASK_OVER_ALLOCATED` when fewer hours remain than packages already use. */
  updateTask(
    taskId: string,
    request: Partial<TaskWriteRequest>,
  ): Promise<Outcome<TaskDto>> {
    return this.state.save(
      this.api.updateTask(this.requireId(), taskId, request),
      withTask,
    );
  }

  removeTask(taskId: string): Promise<Outcome<void>> {
    return this.state.save(
      this.api.deleteTask(this.requireId(), taskId),
      (fn) =>
        fn && { ...fn, tasks: fn.tasks.filter((task) => task.id !== taskId) },
    );
  }

  private requireId(): string {
    const fn = this.state.value();
    if (!fn) {
      throw new Error('FunctionEditorStore used before a function was loaded');
    }
    return fn.id;
  }
}
