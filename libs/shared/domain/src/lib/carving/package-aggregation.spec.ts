import { aPackage, aTask } from '../../testing';
import { roundJobUnits } from '../job-units';
import {
  packageComplexity,
  packageDemandProfile,
  packageErrors,
  packageScheduleNeeds,
  packageSkills,
  packageWarnings,
  summarisePackage,
} from './package-aggregation';

describe('composing a carved package', () => {
  it('adds 6 + 8 + 6.5 hours to 20.5 hours a week, which counts as 0.804 jobs', () => {
    // 20.5 / 25.5 = 0.80392... -> 0.804 when rounded for display.
    const pkg = aPackage()
      .withTask(aTask().withHours(6).build())
      .withTask(aTask().withHours(8).build())
      .withTask(aTask().withHours(6.5).build())
      .build();
    const summary = summarisePackage(pkg);
    expect(summary.hoursPerWeek).toBe(20.5);
    expect(roundJobUnits(summary.jobUnits)).toBe(0.804);
    expect(summary.errors).toEqual([]);
    expect(summary.warnings).toEqual([]);
  });

  it('counts only the hours taken from a task, not all of its hours', () => {
    const pkg = aPackage()
      .withTask(aTask().withHours(10).build(), 4)
      .withTask(aTask().withHours(8).build())
      .build();
    expect(summarisePackage(pkg).hoursPerWeek).toBe(12);
  });

  it('takes the highest demand per dimension over its tasks', () => {
    const pkg = aPackage()
      .withTask(
        aTask().withDemand('work_pace', 1).withDemand('noise', 0).build(),
      )
      .withTask(
        aTask().withDemand('work_pace', 0).withDemand('walking', 1).build(),
      )
      .build();
    expect(packageDemandProfile(pkg)).toEqual({
      work_pace: 1,
      noise: 0,
      walking: 1,
    });
  });

  it('lists the skills of all tasks once each, in alphabetical order', () => {
    const pkg = aPackage()
      .withTask(aTask().withSkills('scanning', 'filing').build())
      .withTask(aTask().withSkills('filing', 'coffee_machine').build())
      .build();
    expect(packageSkills(pkg)).toEqual([
      'coffee_machine',
      'filing',
      'scanning',
    ]);
  });

  it('is as complex as its most complex task', () => {
    const pkg = aPackage()
      .withTask(aTask().withComplexity('mbo1').build())
      .withTask(aTask().withComplexity('mbo2').build())
      .withTask(aTask().withComplexity('none').build())
      .build();
    expect(packageComplexity(pkg)).toBe('mbo2');
  });

  it('needs evenings and weekends when its tasks do', () => {
    const pkg = aPackage()
      .withTask(aTask().needing('evenings').build())
      .withTask(aTask().needing('weekends').build())
      .build();
    expect(packageScheduleNeeds(pkg)).toEqual({
      evenings: true,
      nights: false,
      weekends: true,
    });
  });
});

describe('errors while composing a package', () => {
  it('cannot be saved without a task', () => {
    expect(packageErrors(aPackage().build())).toEqual([{ code: 'no_tasks' }]);
  });

  it('cannot take more hours from a task than the task has', () => {
    const task = aTask().withId('post').withHours(6).build();
    const pkg = aPackage().withTask(task, 7).build();
    expect(packageErrors(pkg)).toContainEqual({
      code: 'task_over_allocated',
      taskId: 'post',
      taskHoursPerWeek: 6,
      allocatedHoursPerWeek: 7,
      allocatedElsewhereHoursPerWeek: 0,
    });
  });

  it('counts hours already given to other packages when checking a task', () => {
    // 8 h task, 5 h already in another package: 4 h more here makes 9 > 8.
    const task = aTask().withId('archive').withHours(8).build();
    const pkg = aPackage()
      .withTask(task, 4)
      .withTask(aTask().withHours(8).build())
      .build();
    expect(
      packageErrors(pkg, { hoursAllocatedElsewhere: { archive: 5 } }),
    ).toEqual([
      {
        code: 'task_over_allocated',
        taskId: 'archive',
        taskHoursPerWeek: 8,
        allocatedHoursPerWeek: 9,
        allocatedElsewhereHoursPerWeek: 5,
      },
    ]);
  });

  it('accepts the rest of a task that is partly given to another package', () => {
    // 8 h task, 5 h elsewhere: exactly the remaining 3 h fits.
    const task = aTask().withId('archive').withHours(8).build();
    const pkg = aPackage()
      .withTask(task, 3)
      .withTask(aTask().withHours(4).build())
      .build();
    expect(
      packageErrors(pkg, { hoursAllocatedElsewhere: { archive: 5 } }),
    ).toEqual([]);
  });

  it('adds up a task taken in two parts within the same package', () => {
    const task = aTask().withId('mail').withHours(5).build();
    const pkg = aPackage().withTask(task, 3).withTask(task, 3).build();
    expect(packageErrors(pkg).map((error) => error.code)).toEqual([
      'task_over_allocated',
    ]);
  });

  it('does not flag decimal hours that add up to exactly the task', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point.
    const task = aTask().withHours(0.3).build();
    const pkg = aPackage()
      .withTask(task, 0.1)
      .withTask(task, 0.2)
      .withTask(aTask().withHours(4).build())
      .build();
    expect(packageErrors(pkg)).toEqual([]);
  });

  it('reports zero or empty hours on a task line instead of counting them', () => {
    const task = aTask().withId('filing').withHours(6).build();
    const pkg = aPackage()
      .withTask(task, 0)
      .withTask(aTask().withHours(6).build())
      .withTask(aTask().withId('copying').build(), Number.NaN)
      .build();
    const summary = summarisePackage(pkg);
    expect(summary.hoursPerWeek).toBe(6);
    expect(summary.errors).toEqual([
      { code: 'invalid_allocation_hours', taskId: 'filing', hoursPerWeek: 0 },
      {
        code: 'invalid_allocation_hours',
        taskId: 'copying',
        hoursPerWeek: Number.NaN,
      },
    ]);
  });

  it('is too small below the default minimum of 4 hours a week', () => {
    const pkg = aPackage().withTask(aTask().withHours(3.5).build()).build();
    expect(packageErrors(pkg)).toEqual([
      { code: 'hours_below_minimum', hoursPerWeek: 3.5, minHoursPerWeek: 4 },
    ]);
  });

  it('accepts exactly 4 and exactly 40 hours a week by default', () => {
    const small = aPackage().withTask(aTask().withHours(4).build()).build();
    const full = aPackage().withTask(aTask().withHours(40).build()).build();
    expect(packageErrors(small)).toEqual([]);
    expect(packageErrors(full)).toEqual([]);
  });

  it('is too large above the default maximum of 40 hours a week', () => {
    const pkg = aPackage()
      .withTask(aTask().withHours(24).build())
      .withTask(aTask().withHours(18).build())
      .build();
    expect(packageErrors(pkg)).toEqual([
      { code: 'hours_above_maximum', hoursPerWeek: 42, maxHoursPerWeek: 40 },
    ]);
  });

  it("uses the organisation's own bounds when it has them", () => {
    const pkg = aPackage().withTask(aTask().withHours(34).build()).build();
    expect(
      packageErrors(pkg, {
        bounds: { minHoursPerWeek: 8, maxHoursPerWeek: 32 },
      }),
    ).toEqual([
      { code: 'hours_above_maximum', hoursPerWeek: 34, maxHoursPerWeek: 32 },
    ]);
  });
});

describe('warnings while composing a package', () => {
  it('warns that under 12 hours a week there is no funded jobcoaching', () => {
    const pkg = aPackage().withTask(aTask().withHours(11.5).build()).build();
    expect(packageWarnings(pkg)).toEqual([
      {
        code: 'no_funded_jobcoaching',
        hoursPerWeek: 11.5,
        minHoursPerWeek: 12,
      },
    ]);
  });

  it('does not warn about jobcoaching from exactly 12 hours a week', () => {
    const pkg = aPackage().withTask(aTask().withHours(12).build()).build();
    expect(packageWarnings(pkg)).toEqual([]);
  });

  it('warns that a package of only solitary tasks isolates the person', () => {
    const pkg = aPackage()
      .withTask(aTask().withHours(8).solitary().build())
      .withTask(aTask().withHours(8).solitary().build())
      .build();
    expect(packageWarnings(pkg)).toEqual([{ code: 'isolating_job' }]);
  });

  it('does not call a package isolating when one task is done with others', () => {
    const pkg = aPackage()
      .withTask(aTask().withHours(8).solitary().build())
      .withTask(aTask().withHours(8).build())
      .build();
    expect(packageWarnings(pkg)).toEqual([]);
  });

  it('gives no warnings for an empty package, which already has an error', () => {
    expect(packageWarnings(aPackage().build())).toEqual([]);
  });
});
