import fc from 'fast-check';
import { Client } from 'pg';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@jcw/shared-contracts';
import {
  RunningApi,
  integrationConfig,
  integrationRun,
  startHttpApp,
} from '@jcw/testing-integration';
import { ApiModule } from './app/api.module';
import {
  IdentityWorld,
  buildIdentityWorld,
  signIn,
} from './testing/identity-world';

const account = (role: string) =>
  DEMO_ACCOUNTS.find((a) => a.role === role)?.email as string;
const uniqueEmail = (label: string) =>
  `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@voorbeeldzaken.nl`;

describe('identity over HTTP', () => {
  let api: RunningApi;
  let world: IdentityWorld;
  const db = new Client({ connectionString: integrationRun().databaseUrl });

  beforeAll(async () => {
    const config = integrationConfig();
    api = await startHttpApp(ApiModule.forRoot(config), config);
    world = await buildIdentityWorld(api, config);
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await api.app.close();
  });

  describe('sign-in', () => {
    it('returns a 15-minute access token, the user and an httpOnly, Secure, SameSite=Strict refresh cookie', async () => {
      const response = await api.call('POST', '/api/auth/login', {
        body: { email: account('jobcoach'), password: DEMO_PASSWORD },
      });
      expect(response.status).toBe(200);
      expect(response.body.expiresIn).toBe(900);
      expect(response.body.user).toMatchObject({
        email: account('jobcoach'),
        roles: ['jobcoach'],
      });
      const cookie = response.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^jcw_refresh=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/Secure/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(cookie).toMatch(/Path=\/api\/auth/);
    });

    it('accepts the e-mail address in any case', async () => {
      const response = await api.call('POST', '/api/auth/login', {
        body: {
          email: account('manager').toUpperCase(),
          password: DEMO_PASSWORD,
        },
      });
      expect(response.status).toBe(200);
    });

    it('answers a wrong password and an unknown e-mail with the same generic error', async () => {
      const wrongPassword = await api.call('POST', '/api/auth/login', {
        body: { email: account('coordinator'), password: 'not-the-password' },
      });
      const unknownEmail = await api.call('POST', '/api/auth/login', {
        body: {
          email: 'nobody@voorbeeldzaken.nl',
          password: 'not-the-password',
        },
      });
      expect(wrongPassword.status).toBe(401);
      expect(unknownEmail.status).toBe(401);
      expect(unknownEmail.body).toEqual(wrongPassword.body);
    });

    it('blocks an account after five failures, even with the right password, and says when to retry', async () => {
      const email = uniqueEmail('blocked');
      await api.call('POST', '/api/users', {
        token: world.as.admin.token,
        body: {
          email,
          displayName: 'Bert Blokkade',
          password: 'Lange-zin-voor-test-1',
          roles: ['jobcoach'],
        },
      });
      for (let attempt = 0; attempt < 5; attempt++) {
        expect(
          (
            await api.call('POST', '/api/auth/login', {
              body: { email, password: 'wrong-password-123' },
            })
          ).status,
        ).toBe(401);
      }
      const blocked = await api.call('POST', '/api/auth/login', {
        body: { email, password: 'Lange-zin-voor-test-1' },
      });
      expect(blocked.status).toBe(429);
      expect(blocked.body.code).toBe('TOO_MANY_REQUESTS');
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    });

    it('rotates the refresh cookie: the new one works, the used one does not, and sign-out ends the session', async () => {
      const login = await fetch(`${api.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: account('hr_adviser'),
          password: DEMO_PASSWORD,
        }),
      });
      const first = cookieOf(login);
      const refreshed = await fetch(`${api.url}/api/auth/refresh`, {
        method: 'POST',
        headers: { cookie: first },
      });
      expect(refreshed.status).toBe(200);
      const second = cookieOf(refreshed);
      expect(second).not.toBe(first);

      expect(
        (
          await fetch(`${api.url}/api/auth/refresh`, {
            method: 'POST',
            headers: { cookie: first },
          })
        ).status,
      ).toBe(401);
      expect(
        (
          await fetch(`${api.url}/api/auth/logout`, {
            method: 'POST',
            headers: { cookie: second },
          })
        ).status,
      ).toBe(204);
      expect(
        (
          await fetch(`${api.url}/api/auth/refresh`, {
            method: 'POST',
            headers: { cookie: second },
          })
        ).status,
      ).toBe(401);
    });

    it('refuses a new password shorter than 12 characters or on the common list, naming the field', async () => {
      for (const newPassword of ['kort', 'Wachtwoord2024!']) {
        const response = await api.call('POST', '/api/auth/password', {
          token: world.as.coordinator.token,
          body: { currentPassword: DEMO_PASSWORD, newPassword },
        });
        expect(response.status).toBe(400);
        expect(
          response.body.details.map((d: { field: string }) => d.field),
        ).toEqual(['newPassword']);
      }
    });
  });

  describe('least privilege', () => {
    it('stops a deactivated user at once, without waiting for the token to expire', async () => {
      const email = uniqueEmail('leaver');
      const created = await api.call('POST', '/api/users', {
        token: world.as.admin.token,
        body: {
          email,
          displayName: 'Lea Vertrek',
          password: 'Lange-zin-voor-test-2',
          roles: ['hr_adviser'],
        },
      });
      const leaver = await signIn(api, email, 'Lange-zin-voor-test-2');
      expect(
        (await api.call('GET', '/api/auth/me', { token: leaver.token })).status,
      ).toBe(200);

      await api.call('PATCH', `/api/users/${created.body.id}`, {
        token: world.as.admin.token,
        body: { active: false },
      });

      expect(
        (await api.call('GET', '/api/auth/me', { token: leaver.token })).status,
      ).toBe(401);
    });

    it('shows a manager only the units of their own subtree', async () => {
      const units = await api.call('GET', '/api/units', {
        token: world.as.manager.token,
      });
      expect(
        units.body.map((unit: { name: string }) => unit.name).sort(),
      ).toEqual(['Afdeling Facilitaire Zaken', 'Team Post en Archief']);
    });
  });

  describe('organisations are sealed from each other', () => {
    it("lists only the caller's own users and units", async () => {
      const users = await api.call('GET', '/api/users', {
        token: world.otherAdmin.token,
      });
      expect(
        users.body.map((user: { displayName: string }) => user.displayName),
      ).toEqual(['Olga Elders']);
      expect(
        (await api.call('GET', '/api/units', { token: world.otherAdmin.token }))
          .body,
      ).toEqual([]);
    });

    it('answers 404 for ids of another organisation in a path', async () => {
      const demoUnits = await api.call('GET', '/api/units', {
        token: world.as.admin.token,
      });
      const demoUnit = demoUnits.body[0];
      const demoUsers = await api.call('GET', '/api/users', {
        token: world.as.admin.token,
      });
      const rename = await api.call('PATCH', `/api/units/${demoUnit.id}`, {
        token: world.otherAdmin.token,
        body: { name: 'Overgenomen' },
      });
      const deactivate = await api.call(
        'PATCH',
        `/api/users/${demoUsers.body[0].id}`,
        { token: world.otherAdmin.token, body: { active: false } },
      );
      const remove = await api.call('DELETE', `/api/units/${demoUnit.id}`, {
        token: world.otherAdmin.token,
      });
      expect([rename.status, deactivate.status, remove.status]).toEqual([
        404, 404, 404,
      ]);
      const after = await api.call('GET', '/api/units', {
        token: world.as.admin.token,
      });
      expect(
        after.body.find((unit: { id: string }) => unit.id === demoUnit.id).name,
      ).toBe(demoUnit.name);
    });

    it('answers 404 for ids of another organisation in a body', async () => {
      const demoUnit = (
        await api.call('GET', '/api/units', { token: world.as.admin.token })
      ).body[0];
      const child = await api.call('POST', '/api/units', {
        token: world.otherAdmin.token,
        body: { name: 'Inbraak', kind: 'team', parentId: demoUnit.id },
      });
      const user = await api.call('POST', '/api/users', {
        token: world.otherAdmin.token,
        body: {
          email: uniqueEmail('intruder'),
          displayName: 'Ivo Inbraak',
          password: 'Lange-zin-voor-test-3',
          roles: ['manager'],
          unitId: demoUnit.id,
        },
      });
      expect([child.status, user.status]).toEqual([404, 404]);
    });

    it("never shows another organisation's audit entries", async () => {
      const page = await api.call('GET', '/api/audit?limit=200', {
        token: world.otherAdmin.token,
      });
      // The platform superadmin created the other organisation, so that entry is theirs to see.
      const demoActors = new Set(
        Object.values(world.as)
          .filter((signedIn) => signedIn.user.organisationId !== null)
          .map((signedIn) => signedIn.user.id),
      );
      expect(page.body.items.length).toBeGreaterThan(0);
      expect(
        page.body.items.some((entry: { actorUserId: string }) =>
          demoActors.has(entry.actorUserId),
        ),
      ).toBe(false);
    });
  });

  describe('audit log', () => {
    it('records sign-ins, failures and role changes with the changed field names but not their values', async () => {
      const email = uniqueEmail('promoted');
      const created = await api.call('POST', '/api/users', {
        token: world.as.admin.token,
        body: {
          email,
          displayName: 'Pim Promotie',
          password: 'Lange-zin-voor-test-4',
          roles: ['jobcoach'],
        },
      });
      await api.call('PATCH', `/api/users/${created.body.id}`, {
        token: world.as.admin.token,
        body: { roles: ['jobcoach', 'hr_adviser'] },
      });
      await api.call('POST', '/api/auth/login', {
        body: { email, password: 'wrong-password-123' },
      });
      await signIn(api, email, 'Lange-zin-voor-test-4');

      const page = await api.call(
        'GET',
        `/api/audit?entityId=${created.body.id}`,
        { token: world.as.admin.token },
      );
      const actions = page.body.items.map(
        (entry: { action: string }) => entry.action,
      );
      expect(actions).toEqual([
        'auth.sign_in',
        'auth.sign_in_failed',
        'user.roles_changed',
        'entity.created',
      ]);
      const roleChange = page.body.items.find(
        (entry: { action: string }) => entry.action === 'user.roles_changed',
      );
      expect(roleChange.changedFields).toEqual(['roles']);
      expect(JSON.stringify(page.body)).not.toContain(email);
      expect(JSON.stringify(page.body)).not.toContain('hr_adviser');
    });

    it('cannot be changed or deleted, not even directly in the database', async () => {
      await expect(
        db.query(`UPDATE audit_log SET action = 'entity.deleted'`),
      ).rejects.toThrow('append-only');
      await expect(db.query(`DELETE FROM audit_log`)).rejects.toThrow(
        'append-only',
      );
    });
  });

  describe('bad input', () => {
    it('rejects malformed e-mails, overlong strings, unknown fields and wrong types with 400 naming each field', async () => {
      const response = await api.call('POST', '/api/users', {
        token: world.as.admin.token,
        body: {
          email: 'not-an-email',
          displayName: 'x'.repeat(10_241),
          password: 12,
          roles: 'admin',
          isAdmin: true,
        },
      });
      expect(response.status).toBe(400);
      const fields = new Set(
        response.body.details.map((d: { field: string }) => d.field),
      );
      expect([...fields].sort()).toEqual([
        'displayName',
        'email',
        'isAdmin',
        'password',
        'roles',
      ]);
    });

    it('stores SQL and HTML in names as plain text and returns them unchanged', async () => {
      const name = `Robert'); DROP TABLE users;-- <img src=x onerror=alert(1)>`;
      const created = await api.call('POST', '/api/units', {
        token: world.as.admin.token,
        body: { name, kind: 'team' },
      });
      expect(created.status).toBe(201);
      expect(created.body.name).toBe(name);
      expect(
        (await api.call('GET', '/api/users', { token: world.as.admin.token }))
          .status,
      ).toBe(200);
    });

    it('never answers 5xx to random JSON on the create and update endpoints', async () => {
      const targets: Array<[string, string, string]> = [
        ['POST', '/api/auth/login', ''],
        ['POST', '/api/units', world.as.admin.token],
        [
          'PATCH',
          '/api/units/00000000-0000-4000-8000-000000000000',
          world.as.admin.token,
        ],
        ['POST', '/api/users', world.as.admin.token],
        [
          'PATCH',
          `/api/users/${world.as.hr_adviser.user.id}`,
          world.as.admin.token,
        ],
        ['POST', '/api/organisations', world.as.superadmin.token],
        ['POST', '/api/auth/password', world.as.jobcoach.token],
      ];
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...targets),
          fc.jsonValue({ maxDepth: 3 }),
          async ([method, path, token], body) => {
            const response = await api.call(method, path, {
              token: token || undefined,
              body: JSON.stringify(body),
            });
            return response.status < 500;
          },
        ),
        { numRuns: 150 },
      );
    });
  });
});

function cookieOf(response: Response): string {
  return (response.headers.get('set-cookie') ?? '').split(';')[0];
}
