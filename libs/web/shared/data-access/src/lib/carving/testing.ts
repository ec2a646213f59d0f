import {
  FunctionDto,
  FunctionSummaryDto,
  PackageDto,
  TaskDto,
  TemplateDto,
  UnitScanDto,
} from '@jcw/shared-contracts';

let sequence = 0;
const nextId = (group: string) => {
  sequence += 1;
  return `00000000-0000-4000-${group}-${String(sequence).padStart(12, '0')}`;
};

export const A_UNIT_ID = '00000000-0000-4000-8000-00000000aaaa';

/** A carvable task of 8 hours a week nobody has allocated yet; override what the test is about. */
export function aTask(overrides: Partial<TaskDto> = {}): TaskDto {
  const hoursPerWeek = overrides.hoursPerWeek ?? 8;
  return {
    id: nextId('8100'),
    functionId: nextId('8200'),
    name: 'Post sorteren',
    description: null,
    hoursPerWeek,
    frequency: 'daily',
    fixedTimeWindow: null,
    complexity: 'none',
    demands: {},
    skills: [],
    leftUndone: false,
    solitary: false,
    scheduleNeeds: { evenings: false, nights: false, weekends: false },
    allocatedHoursPerWeek: 0,
    remainingHoursPerWeek: hoursPerWeek,
    carvable: true,
    notCarvableReasons: [],
    ...overrides,
  };
}

/** A function with the given tasks (their functionId is set to the function's id). */
export function aFunction(
  overrides: Partial<FunctionDto> = {},
  tasks: TaskDto[] = [],
): FunctionDto {
  const id = overrides.id ?? nextId('8200');
  return {
    id,
    unitId: A_UNIT_ID,
    unitName: 'Facilitair',
    title: 'Medewerker facilitair',
    payScale: 'schaal 5',
    employerCostPerHour: 40,
    employeeCount: 3,
    contractHoursPerWeek: 36,
    updatedAt: '2026-11-23T08:00:00.000Z',
    ...overrides,
    tasks: tasks.map((task) => ({ ...task, functionId: id })),
  };
}

export function aFunctionSummary(
  overrides: Partial<FunctionSummaryDto> = {},
): FunctionSummaryDto {
  return {
    id: nextId('8300'),
    unitId: A_UNIT_ID,
    unitName: 'Facilitair',
    title: 'Medewerker facilitair',
    payScale: null,
    employeeCount: 2,
    taskCount: 0,
    carvableTaskCount: 0,
    taskHoursPerWeek: 0,
    remainingHoursPerWeek: 0,
    ...overrides,
  };
}

/** A draft package holding `hours` of each task given. */
export function aPackage(
  overrides: Partial<PackageDto> = {},
  lines: Array<{ task: TaskDto; hoursPerWeek: number }> = [],
): PackageDto {
  const hoursPerWeek = lines.reduce((sum, line) => sum + line.hoursPerWeek, 0);
  return {
    id: nextId('8400'),
    unitId: A_UNIT_ID,
    unitName: 'Facilitair',
    title: 'Facilitaire ondersteuning',
    description: null,
    status: 'draft',
    version: 1,
    carvedJobPayScale: null,
    carvedJobCostPerHour: 25,
    workplacePostcode: null,
    workplaceLatitude: null,
    workplaceLongitude: null,
    accommodationsOffered: [],
    allocations: lines.map(({ task, hoursPerWeek: hours }) => ({
      taskId: task.id,
      taskName: task.name,
      functionId: task.functionId,
      functionTitle: 'Medewerker facilitair',
      unitId: A_UNIT_ID,
      unitName: 'Facilitair',
      hoursPerWeek: hours,
      leftUndone: task.leftUndone,
      solitary: task.solitary,
    })),
    summary: {
      hoursPerWeek,
      jobUnits: hoursPerWeek / 25.5,
      demandProfile: {},
      skills: [],
      complexity: 'none',
      scheduleNeeds: { evenings: false, nights: false, weekends: false },
      warnings: [],
    },
    publishedAt: null,
    updatedAt: '2026-11-23T08:00:00.000Z',
    ...overrides,
  };
}

export function aTemplate(overrides: Partial<TemplateDto> = {}): TemplateDto {
  return {
    id: nextId('8500'),
    title: 'Facilitair medewerker',
    sector: 'gemeenten',
    description: 'Post, koffie en vergaderzalen.',
    source: null,
    tasks: [],
    hoursPerWeek: 20,
    jobUnits: 20 / 25.5,
    createdAt: '2026-11-23T08:00:00.000Z',
    ...overrides,
  };
}

/** A scan of the default unit with one task left undone of 6 hours a week. */
export function aUnitScan(overrides: Partial<UnitScanDto> = {}): UnitScanDto {
  return {
    id: nextId('8600'),
    unitId: A_UNIT_ID,
    unitName: 'Facilitair',
    coreTasks: ['Post', 'Vergaderzalen'],
    tasksLeftUndone: [{ name: 'Archief opruimen', hoursPerWeek: 6 }],
    tasksBelowEducationLevel: [],
    overtimeHoursPerWeek: 4,
    temporaryStaffHoursPerWeek: 0,
    experiencedWorkload: 4,
    notes: null,
    candidateTasks: [
      {
        name: 'Archief opruimen',
        hoursPerWeek: 6,
        note: null,
        origin: 'left_undone',
      },
    ],
    pressureHoursPerWeek: 10,
    createdAt: '2026-11-23T08:00:00.000Z',
    ...overrides,
  };
}
