import type { Role } from '@jcw/shared-contracts';
import { ROLES } from '@jcw/shared-contracts';
import {
  RunningApi,
  integrationConfig,
  startHttpApp,
} from '@jcw/testing-integration';
import { ApiModule } from './app/api.module';
import { IdentityWorld, buildIdentityWorld } from './testing/identity-world';

const PUBLIC = 'public' as const;
const SIGNED_IN = 'signed-in' as const;
/** Authorised by the httpOnly refresh cookie alone, never by a bearer token or a role. */
const SESSION_COOKIE = 'session-cookie' as const;
type Allowed =
  | typeof PUBLIC
  | typeof SIGNED_IN
  | typeof SESSION_COOKIE
  | readonly Role[];

/**
 * Who may call what: the whole API's authorisation in one table. Every registered route must be
 * listed here - a new route without a row fails this test - and every identity gets exactly the
 * allowed outcome: 401 for anonymous callers and 403 for signed-in roles outside the row, anything
 * but 401/403 for the roles inside it (a refresh without its cookie is 401 whoever asks).
 */
const ACCESS_MATRIX: Record<string, Allowed> = {
  'GET /api/health': PUBLIC,
  'GET /api/health/ready': PUBLIC,
  'GET /api/health/live': PUBLIC,
  'GET /api/docs': PUBLIC,
  'GET /api/docs/': PUBLIC,
  'GET /api/docs/index.html': PUBLIC,
  'GET /api/docs/LICENSE': PUBLIC,
  'GET /api/docs/swagger-ui-init.js': PUBLIC,
  'GET /api/docs/docs/swagger-ui-init.js': PUBLIC,
  'GET /api/docs-json': PUBLIC,
  'GET /api/docs-yaml': PUBLIC,
  'POST /api/auth/login': PUBLIC,
  'POST /api/auth/refresh': SESSION_COOKIE,
  'POST /api/auth/logout': PUBLIC,
  'GET /api/auth/me': SIGNED_IN,
  'POST /api/auth/password': SIGNED_IN,
  'GET /api/organisations': ['superadmin', 'coordinator'],
  'POST /api/organisations': ['superadmin'],
  'GET /api/units': ['admin', 'hr_adviser', 'manager', 'jobcoach'],
  'POST /api/units': ['admin'],
  'PATCH /api/units/:id': ['admin'],
  'DELETE /api/units/:id': ['admin'],
  'GET /api/users': ['admin'],
  'POST /api/users': ['admin'],
  'PATCH /api/users/:id': ['admin'],
  'GET /api/audit': ['admin'],
  'GET /api/candidates': ['hr_adviser', 'jobcoach'],
  'POST /api/candidates': ['hr_adviser'],
  'GET /api/candidates/:id': ['hr_adviser', 'jobcoach'],
  'PATCH /api/candidates/:id': ['hr_adviser', 'jobcoach'],
  'POST /api/candidates/imports': ['hr_adviser'],
  'GET /api/candidates/imports': ['hr_adviser'],
  'GET /api/candidates/imports/:id': ['hr_adviser'],
  'GET /api/candidates/imports/:id/errors': ['hr_adviser'],
  'GET /api/candidates/imports/:id/report.csv': ['hr_adviser'],
  'DELETE /api/candidates/:id': ['hr_adviser'],
  'GET /api/dimensions': SIGNED_IN,
  'GET /api/functions': ['hr_adviser', 'manager'],
  'POST /api/functions': ['hr_adviser'],
  'GET /api/functions/:id': ['hr_adviser', 'manager'],
  'PATCH /api/functions/:id': ['hr_adviser'],
  'DELETE /api/functions/:id': ['hr_adviser'],
  'POST /api/functions/:id/tasks': ['hr_adviser'],
  'PATCH /api/functions/:id/tasks/:taskId': ['hr_adviser'],
  'DELETE /api/functions/:id/tasks/:taskId': ['hr_adviser'],
  'GET /api/packages': ['hr_adviser', 'manager'],
  'POST /api/packages': ['hr_adviser'],
  'GET /api/packages/:id': ['hr_adviser', 'manager'],
  'PATCH /api/packages/:id': ['hr_adviser'],
  'POST /api/packages/:id/publish': ['hr_adviser'],
  'POST /api/packages/:id/fill': ['hr_adviser'],
  'POST /api/packages/:id/close': ['hr_adviser'],
  'GET /api/packages/:id/versions': ['hr_adviser', 'manager'],
  'GET /api/packages/:id/business-case': ['hr_adviser', 'manager'],
  'GET /api/packages/:id/pdf': ['hr_adviser', 'manager'],
  'POST /api/packages/:id/template': ['hr_adviser'],
  'GET /api/templates': ['hr_adviser', 'manager'],
  'GET /api/templates/:id': ['hr_adviser', 'manager'],
  'POST /api/templates/:id/instantiate': ['hr_adviser'],
  'GET /api/unit-scans': ['hr_adviser', 'manager'],
  'POST /api/unit-scans': ['hr_adviser'],
  'GET /api/unit-scans/:id': ['hr_adviser', 'manager'],
  'GET /api/candidates/:id/coaching': ['hr_adviser', 'jobcoach'],
  'POST /api/candidates/:id/coaching/contacts': ['hr_adviser', 'jobcoach'],
  'POST /api/candidates/:id/coaching/goals': ['hr_adviser', 'jobcoach'],
  'PATCH /api/candidates/:id/coaching/goals/:goalId': [
    'hr_adviser',
    'jobcoach',
  ],
  'PUT /api/candidates/:id/coaching/hours/:weekStart': [
    'hr_adviser',
    'jobcoach',
  ],
  'POST /api/candidates/:id/coaching/evaluations': ['hr_adviser', 'jobcoach'],
  'GET /api/candidates/:id/coaching/logbook.pdf': ['hr_adviser', 'jobcoach'],
  'GET /api/coaching/dashboard': ['hr_adviser', 'jobcoach'],
  'GET /api/placements': ['hr_adviser'],
  'POST /api/placements': ['hr_adviser'],
  'GET /api/placements/sustainability': ['hr_adviser', 'admin', 'coordinator'],
  'GET /api/placements/:id': ['hr_adviser'],
  'PATCH /api/placements/:id': ['hr_adviser'],
  'GET /api/placements/:id/ledger': ['hr_adviser'],
  'POST /api/placements/:id/hours': ['hr_adviser'],
  'POST /api/placements/:id/end': ['hr_adviser'],
  'GET /api/packages/:id/matches': ['hr_adviser'],
  'GET /api/packages/:id/near-misses': ['hr_adviser'],
  'GET /api/packages/:id/carving-feedback': ['hr_adviser'],
  'GET /api/candidates/:id/matches': ['hr_adviser', 'jobcoach'],
  'POST /api/matching/team-assignments': ['hr_adviser'],
  'POST /api/matching/spotlight': ['hr_adviser'],
  'POST /api/proposals': ['hr_adviser'],
  'GET /api/proposals': ['hr_adviser', 'manager'],
  'GET /api/proposals/rejection-report': ['hr_adviser'],
  'GET /api/proposals/:id': ['hr_adviser', 'manager'],
  'POST /api/proposals/:id/accept': ['manager'],
  'POST /api/proposals/:id/reject': ['manager'],
  'POST /api/proposals/:id/withdraw': ['hr_adviser'],
  'GET /api/notifications': [
    'admin',
    'hr_adviser',
    'jobcoach',
    'manager',
    'coordinator',
  ],
  'POST /api/notifications/:id/read': [
    'admin',
    'hr_adviser',
    'jobcoach',
    'manager',
    'coordinator',
  ],
  'GET /api/quota/parameters': [
    'admin',
    'superadmin',
    'hr_adviser',
    'coordinator',
  ],
  'PUT /api/quota/parameters/:year': ['admin', 'superadmin'],
  'GET /api/quota/organisations/:organisationId/years/:year': [
    'admin',
    'hr_adviser',
    'coordinator',
  ],
  'PUT /api/quota/organisations/:organisationId/years/:year': ['admin'],
  'POST /api/quota/organisations/:organisationId/years/:year/payroll': [
    'admin',
  ],
  'GET /api/quota/dashboard': ['admin', 'hr_adviser', 'coordinator'],
  'GET /api/quota/overview': ['coordinator'],
  'GET /api/quota/lines': ['admin', 'hr_adviser', 'coordinator'],
  'GET /api/quota/monitor': ['admin', 'hr_adviser', 'coordinator'],
  'POST /api/quota/rebuild': ['admin', 'superadmin'],
};

interface RouterLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every route the running express app would answer, as "METHOD /path". */
function registeredRoutes(api: RunningApi): string[] {
  const express = api.app.getHttpAdapter().getInstance() as {
    router?: { stack: RouterLayer[] };
    _router?: { stack: RouterLayer[] };
  };
  const stack = (express.router ?? express._router)?.stack ?? [];
  const routes = stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods)
          .filter((m) => m !== '_all')
          .map((method) => `${method.toUpperCase()} ${layer.route?.path}`)
      : [],
  );
  // Nest answers unknown paths under the prefix with catch-all 404 routes; they serve no data.
  const notFoundHandlers = /^\S+ \/api(\/\{\*path\})?$/;
  return [
    ...new Set(
      routes.filter(
        (route) =>
          !route.startsWith('HEAD ') &&
          route.includes(' /api') &&
          !notFoundHandlers.test(route),
      ),
    ),
  ].sort();
}

describe('authorisation of every route (role x route matrix)', () => {
  let api: RunningApi;
  let world: IdentityWorld;

  beforeAll(async () => {
    const config = integrationConfig();
    api = await startHttpApp(ApiModule.forRoot(config), config);
    world = await buildIdentityWorld(api, config);
  });

  afterAll(() => api.app.close());

  it('has a declared row for every registered route, and no row for a route that does not exist', () => {
    const routes = registeredRoutes(api);
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((route) => !(route in ACCESS_MATRIX))).toEqual([]);
    expect(
      Object.keys(ACCESS_MATRIX).filter((route) => !routes.includes(route)),
    ).toEqual([]);
  });

  const identities: Array<Role | 'anonymous'> = ['anonymous', ...ROLES];

  describe.each(Object.entries(ACCESS_MATRIX))('%s', (route, allowed) => {
    it.each(identities)(
      'gives %s exactly the allowed outcome',
      async (identity) => {
        const [method, template] = route.split(' ');
        const path = template.replace(
          /:[A-Za-z]+/g,
          '00000000-0000-4000-8000-000000000000',
        );
        const token =
          identity === 'anonymous' ? undefined : world.as[identity].token;
        const { status } = await api.call(method, path, {
          token,
          body: method === 'GET' || method === 'DELETE' ? undefined : {},
        });

        if (allowed === SESSION_COOKIE) {
          expect(status).toBe(401);
          return;
        }
        const isAllowed =
          allowed === PUBLIC ||
          (allowed === SIGNED_IN && identity !== 'anonymous') ||
          (Array.isArray(allowed) &&
            identity !== 'anonymous' &&
            allowed.includes(identity));
        if (isAllowed) {
          expect([401, 403]).not.toContain(status);
          expect(status).toBeLessThan(500);
        } else {
          expect(status).toBe(identity === 'anonymous' ? 401 : 403);
        }
      },
    );
  });
});
