import { randomInt, randomUUID } from 'node:crypto';
import { applySeeds, AppConfig } from '@jcw/api-platform';
import { identityDemoSeed } from '@jcw/api-identity';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  LoginResponse,
  Role,
} from '@jcw/shared-contracts';
import type { RunningApi } from '@jcw/testing-integration';

export interface SignedIn {
  token: string;
  user: LoginResponse['user'];
}

/**
 * Two organisations for authorisation tests: the demo organisation with one user per role, and a
 * second one (created by the superadmin) with its own admin - the "other tenant" whose ids must
 * never be reachable from the first.
 */
export interface IdentityWorld {
  as: Record<Role, SignedIn>;
  otherAdmin: SignedIn;
  otherOrganisationId: string;
}

export async function signIn(
  api: RunningApi,
  email: string,
  password = DEMO_PASSWORD,
): Promise<SignedIn> {
  const response = await api.call('POST', '/api/auth/login', {
    body: { email, password },
  });
  if (response.status !== 200)
    throw new Error(
      `sign-in failed for a test account: ${response.status} ${JSON.stringify(response.body)}`,
    );
  return { token: response.body.accessToken, user: response.body.user };
}

export async function buildIdentityWorld(
  api: RunningApi,
  config: AppConfig,
): Promise<IdentityWorld> {
  await applySeeds(config, [identityDemoSeed]);
  const as = {} as Record<Role, SignedIn>;
  for (const account of DEMO_ACCOUNTS) {
    as[account.role] = await signIn(api, account.email);
  }
  const otherAdminEmail = `admin-${randomUUID().slice(0, 8)}@elders.example`;
  const created = await api.call('POST', '/api/organisations', {
    token: as.superadmin.token,
    body: {
      name: 'Gemeente Elders',
      sector: 'gemeenten',
      payrollTaxNumber: `${String(randomInt(100_000_000, 999_999_999))}L01`,
      admin: {
        email: otherAdminEmail,
        displayName: 'Olga Elders',
        password: 'Elders-beheer-2026',
      },
    },
  });
  if (created.status !== 201)
    throw new Error(
      `could not create the second organisation: ${created.status} ${JSON.stringify(created.body)}`,
    );
  return {
    as,
    otherAdmin: await signIn(api, otherAdminEmail, 'Elders-beheer-2026'),
    otherOrganisationId: created.body.id,
  };
}
