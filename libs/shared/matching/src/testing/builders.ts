/**
 * Builders for matching inputs: a default that fits the default of the other side (same place,
 * no demands, no limitations, hours within limits), changed one fact at a time.
 */
import {
  DemandDimensionKey,
  DemandLevel,
  DemandProfile,
  EducationLevel,
  NO_SCHEDULE_NEEDS,
  ScheduleNeeds,
  combineScheduleNeeds,
} from '@jcw/shared-domain';
import { MatchCandidate, MatchPackage, MatchPackageTask } from '../lib/model';

/** Utrecht Centraal: where default candidates live and default packages are worked. */
export const UTRECHT = { latitude: 52.0894, longitude: 5.1101 } as const;
export const TODAY = '2026-12-01';

type Moment = keyof ScheduleNeeds;

let nextCandidateNumber = 1;
let nextPackageNumber = 1;
let nextTaskNumber = 1;

class CandidateBuilder {
  private candidate: MatchCandidate;

  constructor() {
    const number = String(nextCandidateNumber++).padStart(4, '0');
    this.candidate = {
      id: `candidate-${number}`,
      status: 'available',
      consentGiven: true,
      registerEndDate: null,
      limitations: {},
      maxHoursPerWeek: 32,
      maxHoursPerDay: 8,
      eveningsAllowed: false,
      nightsAllowed: false,
      weekendsAllowed: false,
      latitude: UTRECHT.latitude,
      longitude: UTRECHT.longitude,
      travelRadiusKm: 20,
      skills: [],
      interests: [],
      preferredSectors: [],
      educationLevel: 'mbo2',
      accommodations: [],
    };
  }

  private withChanges(changes: Partial<MatchCandidate>): this {
    this.candidate = { ...this.candidate, ...changes };
    return this;
  }

  withId(id: string): this {
    return this.withChanges({ id });
  }
  withStatus(status: string): this {
    return this.withChanges({ status });
  }
  withoutConsent(): this {
    return this.withChanges({ consentGiven: false });
  }
  leavingTheRegisterOn(registerEndDate: string): this {
    return this.withChanges({ registerEndDate });
  }
  withLimitation(key: DemandDimensionKey, level: DemandLevel): this {
    return this.withChanges({
      limitations: { ...this.candidate.limitations, [key]: level },
    });
  }
  withMaxHoursPerWeek(maxHoursPerWeek: number | null): this {
    return this.withChanges({ maxHoursPerWeek });
  }
  withMaxHoursPerDay(maxHoursPerDay: number | null): this {
    return this.withChanges({ maxHoursPerDay });
  }
  allowing(...moments: Moment[]): this {
    return this.withChanges({
      eveningsAllowed: moments.includes('evenings'),
      nightsAllowed: moments.includes('nights'),
      weekendsAllowed: moments.includes('weekends'),
    });
  }
  livingAt(latitude: number | null, longitude: number | null): this {
    return this.withChanges({ latitude, longitude });
  }
  withTravelRadius(travelRadiusKm: number | null): this {
    return this.withChanges({ travelRadiusKm });
  }
  withSkills(...skills: string[]): this {
    return this.withChanges({ skills });
  }
  withInterests(...interests: string[]): this {
    return this.withChanges({ interests });
  }
  preferringSectors(...preferredSectors: string[]): this {
    return this.withChanges({ preferredSectors });
  }
  withEducation(educationLevel: EducationLevel | null): this {
    return this.withChanges({ educationLevel });
  }
  needingAccommodations(...accommodations: string[]): this {
    return this.withChanges({ accommodations });
  }
  build(): MatchCandidate {
    return this.candidate;
  }
}

export function aCandidate(): CandidateBuilder {
  return new CandidateBuilder();
}

class TaskBuilder {
  private task: MatchPackageTask;

  constructor() {
    const number = nextTaskNumber++;
    this.task = {
      id: `task-${number}`,
      name: `Task ${number}`,
      hoursPerWeek: 4,
      demands: {},
      scheduleNeeds: NO_SCHEDULE_NEEDS,
    };
  }

  private withChanges(changes: Partial<MatchPackageTask>): this {
    this.task = { ...this.task, ...changes };
    return this;
  }

  withId(id: string): this {
    return this.withChanges({ id });
  }
  named(name: string): this {
    return this.withChanges({ name });
  }
  withHours(hoursPerWeek: number): this {
    return this.withChanges({ hoursPerWeek });
  }
  withDemand(key: DemandDimensionKey, level: DemandLevel): this {
    return this.withChanges({
      demands: { ...this.task.demands, [key]: level },
    });
  }
  needing(...moments: Moment[]): this {
    return this.withChanges({
      scheduleNeeds: {
        evenings: moments.includes('evenings'),
        nights: moments.includes('nights'),
        weekends: moments.includes('weekends'),
      },
    });
  }
  build(): MatchPackageTask {
    return this.task;
  }
}

export function aTask(): TaskBuilder {
  return new TaskBuilder();
}

/** A package's summary as the carving module derives it: max demands, summed hours, any need. */
export function summariseTasks(tasks: readonly MatchPackageTask[]): {
  hoursPerWeek: number;
  demandProfile: DemandProfile;
  scheduleNeeds: ScheduleNeeds;
} {
  const demandProfile: Partial<Record<DemandDimensionKey, DemandLevel>> = {};
  for (const task of tasks) {
    for (const [key, level] of Object.entries(task.demands) as [
      DemandDimensionKey,
      DemandLevel,
    ][]) {
      if (level > (demandProfile[key] ?? 0)) demandProfile[key] = level;
    }
  }
  return {
    hoursPerWeek: tasks.reduce((sum, task) => sum + task.hoursPerWeek, 0),
    demandProfile,
    scheduleNeeds: combineScheduleNeeds(
      tasks.map((task) => task.scheduleNeeds),
    ),
  };
}

class PackageBuilder {
  private pkg: MatchPackage;

  constructor() {
    const number = String(nextPackageNumber++).padStart(4, '0');
    this.pkg = {
      id: `package-${number}`,
      hoursPerWeek: 16,
      demandProfile: {},
      scheduleNeeds: NO_SCHEDULE_NEEDS,
      latitude: UTRECHT.latitude,
      longitude: UTRECHT.longitude,
      skills: [],
      complexity: 'none',
      sector: null,
      keywords: [],
      accommodationsOffered: [],
      tasks: [],
    };
  }

  private withChanges(changes: Partial<MatchPackage>): this {
    this.pkg = { ...this.pkg, ...changes };
    return this;
  }

  withId(id: string): this {
    return this.withChanges({ id });
  }
  withHours(hoursPerWeek: number): this {
    return this.withChanges({ hoursPerWeek });
  }
  withDemand(key: DemandDimensionKey, level: DemandLevel): this {
    return this.withChanges({
      demandProfile: { ...this.pkg.demandProfile, [key]: level },
    });
  }
  needing(...moments: Moment[]): this {
    return this.withChanges({
      scheduleNeeds: {
        evenings: moments.includes('evenings'),
        nights: moments.includes('nights'),
        weekends: moments.includes('weekends'),
      },
    });
  }
  workedAt(latitude: number | null, longitude: number | null): this {
    return this.withChanges({ latitude, longitude });
  }
  withSkills(...skills: string[]): this {
    return this.withChanges({ skills });
  }
  withComplexity(complexity: EducationLevel): this {
    return this.withChanges({ complexity });
  }
  inSector(sector: string | null): this {
    return this.withChanges({ sector });
  }
  withKeywords(...keywords: string[]): this {
    return this.withChanges({ keywords });
  }
  offeringAccommodations(...accommodationsOffered: string[]): this {
    return this.withChanges({ accommodationsOffered });
  }
  /** Sets the tasks and derives hours, demand profile and schedule needs from them. */
  withTasks(...tasks: MatchPackageTask[]): this {
    return this.withChanges({ tasks, ...summariseTasks(tasks) });
  }
  build(): MatchPackage {
    return this.pkg;
  }
}

export function aPackage(): PackageBuilder {
  return new PackageBuilder();
}
