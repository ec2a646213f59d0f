/** Small builders for test data of carving: a valid, low-demand default changed one fact at a time. */
import { DemandDimensionKey } from '../lib/demands/catalogue';
import { DemandLevel } from '../lib/demands/levels';
import { NO_SCHEDULE_NEEDS, ScheduleNeeds } from '../lib/demands/working-hours';
import { SourceFunction } from '../lib/carving/business-case';
import {
  CarvedPackage,
  TaskAllocation,
} from '../lib/carving/package-aggregation';
import {
  CarvingTask,
  EducationLevel,
  TaskFrequency,
  TimeWindow,
} from '../lib/carving/task';

let nextTaskNumber = 1;

class TaskBuilder {
  private task: CarvingTask;

  constructor() {
    const number = nextTaskNumber++;
    this.task = {
      id: `task-${number}`,
      name: `Task ${number}`,
      sourceFunctionId: 'secretary',
      hoursPerWeek: 4,
      frequency: 'weekly',
      fixedTimeWindow: null,
      complexity: 'none',
      demands: {},
      skills: [],
      leftUndone: false,
      solitary: false,
      scheduleNeeds: NO_SCHEDULE_NEEDS,
    };
  }

  private withChanges(changes: Partial<CarvingTask>): this {
    this.task = { ...this.task, ...changes };
    return this;
  }

  withId(id: string): this {
    return this.withChanges({ id });
  }
  named(name: string): this {
    return this.withChanges({ name });
  }
  from(sourceFunctionId: string): this {
    return this.withChanges({ sourceFunctionId });
  }
  withHours(hoursPerWeek: number): this {
    return this.withChanges({ hoursPerWeek });
  }
  withFrequency(frequency: TaskFrequency): this {
    return this.withChanges({ frequency });
  }
  withFixedTimeWindow(fixedTimeWindow: TimeWindow): this {
    return this.withChanges({ fixedTimeWindow });
  }
  withComplexity(complexity: EducationLevel): this {
    return this.withChanges({ complexity });
  }
  withDemand(key: DemandDimensionKey, level: DemandLevel): this {
    return this.withChanges({
      demands: { ...this.task.demands, [key]: level },
    });
  }
  withSkills(...skills: string[]): this {
    return this.withChanges({ skills });
  }
  leftUndone(): this {
    return this.withChanges({ leftUndone: true });
  }
  solitary(): this {
    return this.withChanges({ solitary: true });
  }
  needing(...moments: (keyof ScheduleNeeds)[]): this {
    const scheduleNeeds = { ...this.task.scheduleNeeds };
    for (const moment of moments) scheduleNeeds[moment] = true;
    return this.withChanges({ scheduleNeeds });
  }
  build(): CarvingTask {
    return this.task;
  }
}

/** A flexible weekly task of 4 hours from the secretary, with no demands and no skills. */
export function aTask(): TaskBuilder {
  return new TaskBuilder();
}

class PackageBuilder {
  private readonly allocations: TaskAllocation[] = [];

  /** Takes all of the task's hours unless told otherwise. */
  withTask(task: CarvingTask, hoursPerWeek = task.hoursPerWeek): this {
    this.allocations.push({ task, hoursPerWeek });
    return this;
  }
  build(): CarvedPackage {
    return { allocations: [...this.allocations] };
  }
}

/** An empty package; add tasks with withTask. */
export function aPackage(): PackageBuilder {
  return new PackageBuilder();
}

class SourceFunctionBuilder {
  private sourceFunction: SourceFunction = {
    id: 'secretary',
    name: 'Secretary',
    contractHoursPerWeek: 36,
    employerCostPerHour: 40,
  };

  withId(id: string): this {
    this.sourceFunction = { ...this.sourceFunction, id, name: id };
    return this;
  }
  withContractHours(contractHoursPerWeek: number): this {
    this.sourceFunction = { ...this.sourceFunction, contractHoursPerWeek };
    return this;
  }
  costingPerHour(employerCostPerHour: number): this {
    this.sourceFunction = { ...this.sourceFunction, employerCostPerHour };
    return this;
  }
  build(): SourceFunction {
    return this.sourceFunction;
  }
}

/** The secretary: 36 contract hours a week at EUR 40 an hour. */
export function aSourceFunction(): SourceFunctionBuilder {
  return new SourceFunctionBuilder();
}
