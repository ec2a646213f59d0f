import { randomUUID } from 'node:crypto';
import type { AppConfig } from '@jcw/api-platform';
import type { RunningApi } from '@jcw/testing-integration';
import type { LimitationLevels, PackageDto } from '@jcw/shared-contracts';
import { signIn, SignedIn } from './identity-world';
import { QuotaOrganisation, aBsn, buildQuotaOrganisation } from './quota-world';

/** The workplace of every package in a matching world (Utrecht centre). */
export const WORKPLACE = { latitude: 52.0907, longitude: 5.1214 };

export interface MatchProfile {
  limitations?: LimitationLevels;
  maxHoursPerWeek?: number | null;
  maxHoursPerDay?: number | null;
  latitude?: number;
  longitude?: number;
  travelRadiusKm?: number;
  skills?: string[];
  educationLevel?: string;
  eveningsAllowed?: boolean;
}

export interface TaskSpec {
  name?: string;
  hoursPerWeek?: number;
  demands?: Record<string, number>;
  skills?: string[];
  scheduleNeeds?: { evenings: boolean; nights: boolean; weekends: boolean };
}

/**
 * A fresh organisation for matching: an adviser, a manager of the package unit, a manager of
 * another unit, candidates with full matchable profiles, and published packages located in
 * Utrecht - everything through the HTTP API, as users would make it.
 */
export interface MatchingWorld extends QuotaOrganisation {
  manager: SignedIn;
  otherManager: SignedIn;
  jobcoach: SignedIn;
  matchable(profile?: MatchProfile, name?: string): Promise<string>;
  publishedPackage(
    tasks: TaskSpec[],
    overrides?: Record<string, unknown>,
  ): Promise<PackageDto>;
}

export async function buildMatchingWorld(
  api: RunningApi,
  config: AppConfig,
): Promise<MatchingWorld> {
  const org = await buildQuotaOrganisation(api, config);
  const post = async (path: string, body: unknown, token: string) => {
    const answer = await api.call('POST', path, { token, body });
    if (answer.status >= 300)
      throw new Error(`${path}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const userWith = async (role: 'manager' | 'jobcoach', unitId: string) => {
    const email = `${role}-${randomUUID().slice(0, 8)}@elders.example`;
    await post(
      '/api/users',
      {
        email,
        displayName: `Elders ${role}`,
        password: 'Elders-gebruiker-2026',
        roles: [role],
        unitId,
      },
      org.admin.token,
    );
    return signIn(api, email, 'Elders-gebruiker-2026');
  };
  const otherUnit = await post(
    '/api/units',
    {
      name: `Team ICT ${randomUUID().slice(0, 6)}`,
      kind: 'team',
      parentId: null,
    },
    org.admin.token,
  );
  const fn = await post(
    '/api/functions',
    {
      unitId: org.unitId,
      title: `Medewerker facilitair ${randomUUID().slice(0, 6)}`,
      payScale: 'schaal 6',
      employerCostPerHour: 40,
      employeeCount: 4,
      contractHoursPerWeek: 36,
    },
    org.adviser.token,
  );
  return {
    ...org,
    manager: await userWith('manager', org.unitId),
    otherManager: await userWith('manager', otherUnit.id),
    jobcoach: await userWith('jobcoach', org.unitId),
    async matchable(profile = {}, name = randomUUID().slice(0, 8)) {
      const created = await post(
        '/api/candidates',
        {
          bsn: aBsn(),
          firstName: 'Kandidaat',
          lastName: name,
          targetGroup: 'wajong_work_capacity',
          registerStartDate: '2015-01-01',
        },
        org.adviser.token,
      );
      const patched = await api.call('PATCH', `/api/candidates/${created.id}`, {
        token: org.adviser.token,
        body: {
          consentGiven: true,
          status: 'available',
          latitude: WORKPLACE.latitude + 0.01,
          longitude: WORKPLACE.longitude,
          travelRadiusKm: 15,
          maxHoursPerWeek: 24,
          educationLevel: 'mbo1',
          skills: ['post sorteren'],
          ...profile,
        },
      });
      if (patched.status !== 200)
        throw new Error(`profile: ${JSON.stringify(patched.body)}`);
      return created.id;
    },
    async publishedPackage(tasks, overrides = {}) {
      const allocations = [];
      for (const task of tasks) {
        const created = await post(
          `/api/functions/${fn.id}/tasks`,
          {
            name: task.name ?? `Taak ${randomUUID().slice(0, 4)}`,
            hoursPerWeek: task.hoursPerWeek ?? 10,
            frequency: 'daily',
            complexity: 'none',
            demands: task.demands ?? {},
            skills: task.skills ?? ['post sorteren'],
            ...(task.scheduleNeeds
              ? { scheduleNeeds: task.scheduleNeeds }
              : {}),
          },
          org.adviser.token,
        );
        allocations.push({
          taskId: created.id,
          hoursPerWeek: task.hoursPerWeek ?? 10,
        });
      }
      const pkg = await post(
        '/api/packages',
        {
          unitId: org.unitId,
          title: `Pakket ${randomUUID().slice(0, 6)}`,
          carvedJobCostPerHour: 25,
          workplacePostcode: '3511AB',
          workplaceLatitude: WORKPLACE.latitude,
          workplaceLongitude: WORKPLACE.longitude,
          allocations,
          ...overrides,
        },
        org.adviser.token,
      );
      return post(`/api/packages/${pkg.id}/publish`, {}, org.adviser.token);
    },
  };
}
