import { evaluationSchedule, pendingEvaluations } from './evaluation-schedule';

describe('evaluation schedule of a placement', () => {
  it('falls due 1, 3, 6 and 12 months after the start', () => {
    expect(evaluationSchedule('2025-03-03')).toEqual([
      { milestoneMonths: 1, dueDate: '2025-04-03' },
      { milestoneMonths: 3, dueDate: '2025-06-03' },
      { milestoneMonths: 6, dueDate: '2025-09-03' },
      { milestoneMonths: 12, dueDate: '2026-03-03' },
    ]);
  });

  it('uses the last day of a shorter month', () => {
    expect(evaluationSchedule('2025-01-31').map((due) => due.dueDate)).toEqual([
      '2025-02-28',
      '2025-04-30',
      '2025-07-31',
      '2026-01-31',
    ]);
    expect(evaluationSchedule('2024-01-31')[0].dueDate).toBe('2024-02-29');
  });

  it('lists only the milestones not recorded yet, oldest first', () => {
    expect(pendingEvaluations('2025-03-03', [1, 6])).toEqual([
      { milestoneMonths: 3, dueDate: '2025-06-03' },
      { milestoneMonths: 12, dueDate: '2026-03-03' },
    ]);
  });

  it('has nothing pending without a placement', () => {
    expect(pendingEvaluations(null, [])).toEqual([]);
  });
});
