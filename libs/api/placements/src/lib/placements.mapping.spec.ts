import type { CandidateEntity } from '@jcw/api-candidates';
import { placementStatus, toPlacementDto } from './placements.mapping';
import type { PlacementEntity } from './placements.entities';

const placement = (overrides: Partial<PlacementEntity> = {}) =>
  ({
    id: 'p',
    candidateId: 'c',
    organisationId: 'o',
    unitId: 'u',
    packageId: null,
    method: 'individual',
    contractKind: 'employment',
    lenderName: null,
    teamName: null,
    teamLeaderName: null,
    jobcoachUserId: null,
    startDate: '2026-01-01',
    plannedEndDate: null,
    endDate: null,
    endReason: null,
    endNote: null,
    version: 1,
    createdAt: new Date('2026-01-01T10:00:00Z'),
    updatedAt: new Date('2026-01-01T10:00:00Z'),
    ...overrides,
  }) as PlacementEntity;

const candidate = (overrides: Partial<CandidateEntity> = {}) =>
  ({
    firstName: 'Sanne',
    lastName: 'de Vries',
    targetGroup: 'wajong_work_capacity',
    registerEndDate: null,
    erasedAt: null,
    ...overrides,
  }) as CandidateEntity;

describe('a placement as the API shows it', () => {
  it('is planned before its start, active until its last day and ended after it', () => {
    const p = placement({ startDate: '2026-03-01', endDate: '2026-06-30' });
    expect(placementStatus(p, '2026-02-28')).toBe('planned');
    expect(placementStatus(p, '2026-03-01')).toBe('active');
    expect(placementStatus(p, '2026-06-30')).toBe('active');
    expect(placementStatus(p, '2026-07-01')).toBe('ended');
  });

  it("shows today's hours and job units, none after the register ended, and no name once erased", () => {
    const hours = [
      { effectiveFrom: '2026-01-01', hoursPerWeek: 20 },
      { effectiveFrom: '2026-06-01', hoursPerWeek: 25.5 },
    ];
    const related = {
      hours,
      unitName: 'Team Post',
      packageTitle: null,
      today: '2026-07-15',
    };
    const shown = toPlacementDto(placement(), {
      ...related,
      candidate: candidate(),
    });
    expect(shown).toMatchObject({
      candidateName: 'Sanne de Vries',
      hoursPerWeek: 25.5,
      jobUnitsToday: 1,
      status: 'active',
    });
    const registerEnded = toPlacementDto(placement(), {
      ...related,
      candidate: candidate({
        registerEndDate: '2026-06-30',
        erasedAt: new Date(),
      }),
    });
    expect(registerEnded).toMatchObject({
      candidateName: null,
      hoursPerWeek: 25.5,
      jobUnitsToday: 0,
    });
  });
});
