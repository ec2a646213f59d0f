import {
  CanActivate,
  ExecutionContext,
  Injectable,
  Logger,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { UserEntity } from '../entities/identity.entities';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import { ACCESS_KEY, AccessRule, Actor } from '@jcw/api-platform';
import type { AccessTokenClaims } from './session.service';

/**
 * Deny by default: a route passes only if it declares who may call it. Signed-in callers are
 * re-loaded from the database on every request, so a deactivated user or a removed role stops
 * working at once rather than when the 15-minute token expires.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @InjectRepository(UserEntity)
    private readonly users: Repository<UserEntity>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(
      ACCESS_KEY,
      [context.getHandler(), context.getClass()],
    );
    if (!rule) {
      this.logger.error(
        { route: `${context.getClass().name}.${context.getHandler().name}` },
        'route without an access declaration denied',
      );
      throw new IdentityException(
        IdentityErrorCode.Forbidden,
        'Access to this route is not declared',
      );
    }
    if (rule.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<{
      headers: Record<string, string | undefined>;
      actor?: Actor;
    }>();
    const actor = await this.authenticate(request.headers['authorization']);
    if (
      rule.kind === 'roles' &&
      !rule.roles.some((role) => actor.roles.includes(role))
    ) {
      throw new IdentityException(
        IdentityErrorCode.Forbidden,
        'Your role does not allow this',
      );
    }
    request.actor = actor;
    return true;
  }

  private async authenticate(header: string | undefined): Promise<Actor> {
    const token = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header ?? '')?.[1];
    if (!token)
      throw new IdentityException(
        IdentityErrorCode.Unauthenticated,
        'Sign in first',
      );
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, {
        algorithms: ['HS256'],
      });
    } catch {
      throw new IdentityException(
        IdentityErrorCode.Unauthenticated,
        'Your session has expired; sign in again',
      );
    }
    if (claims.typ !== 'access')
      throw new IdentityException(
        IdentityErrorCode.Unauthenticated,
        'Sign in first',
      );
    const user = await this.users.findOneBy({ id: claims.sub });
    if (!user || !user.active)
      throw new IdentityException(
        IdentityErrorCode.Unauthenticated,
        'Your account is not active',
      );
    return {
      userId: user.id,
      organisationId: user.organisationId,
      roles: user.roles,
      unitId: user.unitId,
      displayName: user.displayName,
      email: user.email,
    };
  }
}
