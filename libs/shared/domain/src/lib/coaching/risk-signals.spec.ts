import type { ContactFacts, EvaluationFacts } from './risk-signals';
import { lastContactDate, riskSignals } from './risk-signals';

const evaluation = (
  milestoneMonths: EvaluationFacts['milestoneMonths'],
  scores: Partial<EvaluationFacts> = {},
): EvaluationFacts => ({
  milestoneMonths,
  wellbeing: 4,
  workloadFit: 4,
  teamFit: 4,
  managerSupport: 4,
  ...scores,
});

const call = (contactDate: string): ContactFacts => ({
  contactDate,
  type: 'call',
});

/** Today is Monday 1 September 2025; the placement started on 3 March 2025. */
const base = {
  evaluations: [] as EvaluationFacts[],
  contacts: [call('2025-08-25')],
  today: '2025-09-01',
  noContactWeeks: 6,
  since: '2025-03-03',
};

describe('risk signals of a placement', () => {
  it('raises nothing for a steady placement with recent contact', () => {
    expect(
      riskSignals({ ...base, evaluations: [evaluation(1), evaluation(3)] }),
    ).toEqual([]);
  });

  it('flags wellbeing that drops from 4 to 2 between the 1- and 3-month evaluations', () => {
    expect(
      riskSignals({
        ...base,
        evaluations: [evaluation(3, { wellbeing: 2 }), evaluation(1)],
      }),
    ).toEqual([
      {
        code: 'evaluation_drop',
        score: 'wellbeing',
        from: 4,
        to: 2,
        milestoneMonths: 3,
      },
    ]);
  });

  it('does not flag a drop of one point at a time (5, 4, 3)', () => {
    expect(
      riskSignals({
        ...base,
        evaluations: [
          evaluation(1, { teamFit: 5 }),
          evaluation(3, { teamFit: 4 }),
          evaluation(6, { teamFit: 3 }),
        ],
      }),
    ).toEqual([]);
  });

  it('compares consecutive recorded evaluations when one was skipped', () => {
    expect(
      riskSignals({
        ...base,
        evaluations: [
          evaluation(1, { managerSupport: 5 }),
          evaluation(6, { managerSupport: 3, workloadFit: 1 }),
        ],
      }),
    ).toEqual([
      {
        code: 'evaluation_drop',
        score: 'workloadFit',
        from: 4,
        to: 1,
        milestoneMonths: 6,
      },
      {
        code: 'evaluation_drop',
        score: 'managerSupport',
        from: 5,
        to: 3,
        milestoneMonths: 6,
      },
    ]);
  });

  it('flags an incident exactly 8 weeks (56 days) ago but not one 57 days ago', () => {
    const signals = riskSignals({
      ...base,
      contacts: [
        call('2025-08-25'),
        { contactDate: '2025-07-07', type: 'incident' },
        { contactDate: '2025-07-06', type: 'incident' },
      ],
    });
    expect(signals).toEqual([{ code: 'incident', contactDate: '2025-07-07' }]);
  });

  it('uses a shorter incident window when asked', () => {
    expect(
      riskSignals({
        ...base,
        incidentWindowWeeks: 2,
        contacts: [
          call('2025-08-25'),
          { contactDate: '2025-08-11', type: 'incident' },
        ],
      }),
    ).toEqual([]);
  });

  it('does not flag a last contact exactly 6 weeks (42 days) ago', () => {
    expect(riskSignals({ ...base, contacts: [call('2025-07-21')] })).toEqual(
      [],
    );
  });

  it('flags a last contact 43 days ago as 6 weeks without contact', () => {
    expect(riskSignals({ ...base, contacts: [call('2025-07-20')] })).toEqual([
      { code: 'no_recent_contact', lastContactDate: '2025-07-20', weeks: 6 },
    ]);
  });

  it('counts from the placement start when there was no contact at all', () => {
    expect(riskSignals({ ...base, contacts: [] })).toEqual([
      { code: 'no_recent_contact', lastContactDate: null, weeks: 26 },
    ]);
    expect(riskSignals({ ...base, contacts: [], since: '2025-08-01' })).toEqual(
      [],
    );
  });

  it('does not count a contact dated after today', () => {
    const contacts = [call('2025-07-01'), call('2025-09-08')];
    expect(lastContactDate(contacts, base.today)).toBe('2025-07-01');
    // 1 July to 1 September is 62 days: 8 whole weeks.
    expect(riskSignals({ ...base, contacts })).toEqual([
      { code: 'no_recent_contact', lastContactDate: '2025-07-01', weeks: 8 },
    ]);
  });

  it('lists drops, then incidents, then silence', () => {
    const codes = riskSignals({
      ...base,
      noContactWeeks: 1,
      evaluations: [evaluation(1), evaluation(3, { teamFit: 2 })],
      contacts: [{ contactDate: '2025-08-18', type: 'incident' }],
    }).map((signal) => signal.code);
    expect(codes).toEqual(['evaluation_drop', 'incident', 'no_recent_contact']);
  });
});
