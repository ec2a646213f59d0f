import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { JwtService } from '@nestjs/jwt';
import type { Repository } from 'typeorm';
import { Public, Roles } from '@jcw/api-platform';
import type { UserEntity } from '../entities/identity.entities';
import { AccessGuard } from './access.guard';

class Routes {
  undeclared(): void {
    return undefined;
  }

  @Public()
  open(): void {
    return undefined;
  }

  @Roles('admin')
  adminsOnly(): void {
    return undefined;
  }
}

function contextFor(
  handler: keyof Routes,
  headers: Record<string, string> = {},
): ExecutionContext {
  return {
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => ({ headers }) }),
  } as unknown as ExecutionContext;
}

describe('access guard', () => {
  const guard = new AccessGuard(
    new Reflector(),
    {} as JwtService,
    {} as Repository<UserEntity>,
  );

  beforeAll(() =>
    jest.spyOn(console, 'error').mockImplementation(() => undefined),
  );

  it('denies a route that declares no access rule', async () => {
    await expect(
      guard.canActivate(contextFor('undeclared')),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets anyone through a public route', async () => {
    await expect(guard.canActivate(contextFor('open'))).resolves.toBe(true);
  });

  it('asks for sign-in on a role route without a bearer token', async () => {
    await expect(
      guard.canActivate(contextFor('adminsOnly')),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
