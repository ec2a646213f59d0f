import type { EntityManager } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_ORGANISATION } from '@jcw/shared-contracts';
import type { Seed } from '@jcw/api-platform';
import {
  OrganisationEntity,
  UserEntity,
  identityEntities,
} from '@jcw/api-identity';
import { CandidateEntity } from '@jcw/api-candidates';
import {
  CoachingContactEntity,
  CoachingEvaluationEntity,
  CoachingGoalEntity,
  CoachingHoursEntity,
} from './coaching.entities';

/** An ISO date `days` before `from`. */
function daysBefore(from: Date, days: number): string {
  return new Date(from.getTime() - days * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/** The Monday of the week `weeks` before the week of `from`. */
function mondayWeeksBefore(from: Date, weeks: number): string {
  const date = new Date(
    Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()),
  );
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - sinceMonday - weeks * 7);
  return date.toISOString().slice(0, 10);
}

/**
 * The demo jobcoach's record, dated relative to the day the demo is seeded: Sanne has worked four
 * months and her wellbeing dropped at the 3-month evaluation (so the dashboard flags her and
 * suggests a switch-place review); Mohamed started five weeks ago and is on track.
 */
export const coachingDemoSeed: Seed = {
  name: 'coaching-demo-2026-11',
  entities: [
    ...identityEntities,
    CandidateEntity,
    CoachingContactEntity,
    CoachingGoalEntity,
    CoachingHoursEntity,
    CoachingEvaluationEntity,
  ],
  async run(manager: EntityManager) {
    const today = new Date();
    const organisation = await manager.findOneByOrFail(OrganisationEntity, {
      payrollTaxNumber: DEMO_ORGANISATION.payrollTaxNumber,
    });
    const coach = await manager.findOneByOrFail(UserEntity, {
      email: DEMO_ACCOUNTS.find((account) => account.role === 'jobcoach')
        ?.email,
    });
    const candidate = (firstName: string, lastName: string) =>
      manager.findOneByOrFail(CandidateEntity, {
        organisationId: organisation.id,
        jobcoachUserId: coach.id,
        firstName,
        lastName,
      });
    const sanne = await candidate('Sanne', 'de Vries');
    const mohamed = await candidate('Mohamed', 'El Amrani');

    await manager.update(
      CandidateEntity,
      { id: sanne.id },
      {
        status: 'placed',
        placementStartDate: daysBefore(today, 122),
        // Her maximum; the placements seed records the same placement for the quota.
        placementHoursPerWeek: 20,
      },
    );
    await manager.update(
      CandidateEntity,
      { id: mohamed.id },
      {
        status: 'placed',
        placementStartDate: daysBefore(today, 35),
        placementHoursPerWeek: 20,
      },
    );

    const contact = (
      candidateId: string,
      days: number,
      type: CoachingContactEntity['type'],
      notes: string,
    ) =>
      manager.save(
        CoachingContactEntity,
        manager.create(CoachingContactEntity, {
          candidateId,
          coachUserId: coach.id,
          contactDate: daysBefore(today, days),
          type,
          notes,
        }),
      );
    await contact(
      sanne.id,
      130,
      'intake',
      'Kennismaking en afspraken over de inwerkperiode.',
    );
    await contact(
      sanne.id,
      100,
      'workplace_visit',
      'Werkplek ingericht, vaste collega als aanspreekpunt.',
    );
    await contact(
      sanne.id,
      31,
      'evaluation',
      'Evaluatie na drie maanden met leidinggevende.',
    );
    await contact(mohamed.id, 40, 'intake', 'Intake: wil graag buiten werken.');
    await contact(mohamed.id, 12, 'call', 'Gaat goed; postronde loopt.');

    await manager.save(CoachingGoalEntity, [
      manager.create(CoachingGoalEntity, {
        candidateId: sanne.id,
        title: 'Zelfstandig de ochtendpost verwerken',
        status: 'achieved',
        progressPercent: 100,
        targetDate: daysBefore(today, 60),
      }),
      manager.create(CoachingGoalEntity, {
        candidateId: sanne.id,
        title: 'Pauzes nemen op vaste tijden',
        status: 'in_progress',
        progressPercent: 40,
        targetDate: daysBefore(today, -30),
      }),
      manager.create(CoachingGoalEntity, {
        candidateId: mohamed.id,
        title: 'Postronde zonder begeleiding lopen',
        status: 'in_progress',
        progressPercent: 60,
        targetDate: daysBefore(today, -21),
      }),
    ]);

    await manager.save(
      CoachingHoursEntity,
      [1, 2, 3, 4].flatMap((weeks) => [
        manager.create(CoachingHoursEntity, {
          candidateId: sanne.id,
          weekStart: mondayWeeksBefore(today, weeks),
          hours: weeks === 4 ? 3 : 2,
          coachUserId: coach.id,
        }),
        manager.create(CoachingHoursEntity, {
          candidateId: mohamed.id,
          weekStart: mondayWeeksBefore(today, weeks),
          hours: 3,
          coachUserId: coach.id,
        }),
      ]),
    );

    await manager.save(CoachingEvaluationEntity, [
      manager.create(CoachingEvaluationEntity, {
        candidateId: sanne.id,
        milestoneMonths: 1,
        evaluationDate: daysBefore(today, 92),
        wellbeing: 4,
        workloadFit: 4,
        teamFit: 4,
        managerSupport: 5,
        notes: null,
      }),
      manager.create(CoachingEvaluationEntity, {
        candidateId: sanne.id,
        milestoneMonths: 3,
        evaluationDate: daysBefore(today, 31),
        wellbeing: 2,
        workloadFit: 3,
        teamFit: 4,
        managerSupport: 4,
        notes: null,
      }),
      manager.create(CoachingEvaluationEntity, {
        candidateId: mohamed.id,
        milestoneMonths: 1,
        evaluationDate: daysBefore(today, 4),
        wellbeing: 4,
        workloadFit: 4,
        teamFit: 5,
        managerSupport: 4,
        notes: null,
      }),
    ]);
  },
};
