import { randomUUID } from 'node:crypto';
import type { AppConfig } from '@jcw/api-platform';
import type { RunningApi } from '@jcw/testing-integration';
import type { TargetGroup } from '@jcw/shared-contracts';
import { buildIdentityWorld, signIn, SignedIn } from './identity-world';

/** A random citizen number passing the eleven-test. */
export function aBsn(): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, index) =>
      index === 0
        ? 1 + Math.floor(Math.random() * 9)
        : Math.floor(Math.random() * 10),
    );
    const sum = digits.reduce(
      (total, digit, index) => total + digit * (9 - index),
      0,
    );
    const last = sum % 11;
    if (last <= 9) return [...digits, last].join('');
  }
}

/**
 * A fresh organisation of its own (so its quota figures hold only what the test put in): its
 * admin, one unit and an HR adviser, and a way to add candidates.
 */
export interface QuotaOrganisation {
  organisationId: string;
  organisationName: string;
  unitId: string;
  admin: SignedIn;
  adviser: SignedIn;
  candidate(options?: {
    registerEndDate?: string | null;
    maxHoursPerWeek?: number;
    targetGroup?: TargetGroup;
  }): Promise<string>;
}

export async function buildQuotaOrganisation(
  api: RunningApi,
  config: AppConfig,
): Promise<QuotaOrganisation> {
  const world = await buildIdentityWorld(api, config);
  const admin = world.otherAdmin;
  const call = (path: string, body: unknown, token: string) =>
    api.call('POST', path, { token, body });
  const unit = await call(
    '/api/units',
    {
      name: `Team Facilitair ${randomUUID().slice(0, 6)}`,
      kind: 'team',
      parentId: null,
    },
    admin.token,
  );
  if (unit.status !== 201)
    throw new Error(`unit: ${JSON.stringify(unit.body)}`);
  const email = `adviseur-${randomUUID().slice(0, 8)}@elders.example`;
  const user = await call(
    '/api/users',
    {
      email,
      displayName: 'Hanna Adviseur',
      password: 'Elders-advies-2026',
      roles: ['hr_adviser'],
    },
    admin.token,
  );
  if (user.status !== 201)
    throw new Error(`user: ${JSON.stringify(user.body)}`);
  const adviser = await signIn(api, email, 'Elders-advies-2026');
  return {
    organisationId: world.otherOrganisationId,
    organisationName: 'Gemeente Elders',
    unitId: unit.body.id,
    admin,
    adviser,
    async candidate(options = {}) {
      const created = await call(
        '/api/candidates',
        {
          bsn: aBsn(),
          firstName: 'Kandidaat',
          lastName: randomUUID().slice(0, 8),
          targetGroup: options.targetGroup ?? 'wajong_work_capacity',
          registerStartDate: '2015-01-01',
          registerEndDate: options.registerEndDate ?? null,
        },
        adviser.token,
      );
      if (created.status !== 201)
        throw new Error(`candidate: ${JSON.stringify(created.body)}`);
      const patched = await api.call(
        'PATCH',
        `/api/candidates/${created.body.id}`,
        {
          token: adviser.token,
          body: { maxHoursPerWeek: options.maxHoursPerWeek ?? 40 },
        },
      );
      if (patched.status !== 200)
        throw new Error(`candidate hours: ${JSON.stringify(patched.body)}`);
      return created.body.id;
    },
  };
}
