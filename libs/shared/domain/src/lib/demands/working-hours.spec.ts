import {
  NO_SCHEDULE_NEEDS,
  WorkingHoursLimits,
  combineScheduleNeeds,
  workingHoursConflicts,
} from './working-hours';

const anyTime: WorkingHoursLimits = {
  maxHoursPerDay: null,
  maxHoursPerWeek: null,
  evenings: true,
  nights: true,
  weekends: true,
};

describe('working hours', () => {
  it('needs evenings and weekends when one task needs evenings and another weekends', () => {
    expect(
      combineScheduleNeeds([
        { ...NO_SCHEDULE_NEEDS, evenings: true },
        { ...NO_SCHEDULE_NEEDS, weekends: true },
      ]),
    ).toEqual({ evenings: true, nights: false, weekends: true });
  });

  it('needs nothing outside office hours when there are no tasks', () => {
    expect(combineScheduleNeeds([])).toEqual(NO_SCHEDULE_NEEDS);
  });

  it('fits a 20-hour daytime package for someone who can work 20 hours a week', () => {
    expect(
      workingHoursConflicts(
        { hoursPerWeek: 20, scheduleNeeds: NO_SCHEDULE_NEEDS },
        { ...anyTime, maxHoursPerWeek: 20 },
      ),
    ).toEqual([]);
  });

  it('does not fit more weekly hours than the candidate can work', () => {
    expect(
      workingHoursConflicts(
        { hoursPerWeek: 24, scheduleNeeds: NO_SCHEDULE_NEEDS },
        { ...anyTime, maxHoursPerWeek: 20 },
      ),
    ).toEqual([
      {
        code: 'too_many_hours_per_week',
        hoursPerWeek: 24,
        maxHoursPerWeek: 20,
      },
    ]);
  });

  it('does not fit night work for someone who cannot work nights', () => {
    expect(
      workingHoursConflicts(
        {
          hoursPerWeek: 12,
          scheduleNeeds: { ...NO_SCHEDULE_NEEDS, nights: true },
        },
        { ...anyTime, nights: false },
      ),
    ).toEqual([{ code: 'nights' }]);
  });
});
