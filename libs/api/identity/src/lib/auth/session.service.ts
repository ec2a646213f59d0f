import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LoginResponse, Role, SessionUser } from '@jcw/shared-contracts';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@jcw/api-platform';
import { AuditService } from '../audit/audit.service';
import {
  OrganisationEntity,
  RefreshTokenEntity,
  UserEntity,
} from '../entities/identity.entities';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import type { Actor, RequestContext } from '@jcw/api-platform';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';

export interface AccessTokenClaims {
  sub: string;
  typ: 'access';
}

export interface IssuedSession {
  response: LoginResponse;
  refreshToken: string;
  refreshExpiresAt: Date;
}

/** A second use of a rotated refresh token this soon after is a concurrent refresh, not theft. */
const CONCURRENT_REFRESH_GRACE_MS = 30_000;

const GENERIC_FAILURE = 'E-mail address or password is incorrect';

/**
 * Sign-in, refresh, sign-out and password change. Refresh tokens are random, stored only as a
 * SHA-256 hash, rotated on every use, and grouped in families: presenting an already rotated token
 * (a stolen copy) revokes the whole family.
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly limiter: LoginRateLimiter,
    private readonly audit: AuditService,
  ) {}

  async login(
    email: string,
    password: string,
    context: RequestContext,
  ): Promise<IssuedSession> {
    const normalised = email.trim().toLowerCase();
    const waitSeconds = await this.limiter.blockedForSeconds(
      normalised,
      context.ip,
    );
    if (waitSeconds > 0) {
      throw new IdentityException(
        IdentityErrorCode.TooManyAttempts,
        'Too many failed sign-in attempts; try again later',
        undefined,
        waitSeconds,
      );
    }
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOneBy({ email: normalised });
    const valid = await this.hasher.verify(
      user?.passwordHash ?? null,
      password,
    );
    if (!user || !valid || !user.active) {
      await this.limiter.recordFailure(normalised, context.ip);
      await this.audit.record({
        action: 'auth.sign_in_failed',
        organisationId: user?.organisationId ?? null,
        actorUserId: null,
        entityType: user ? 'user' : undefined,
        entityId: user?.id,
        requestId: context.requestId,
      });
      throw new IdentityException(
        IdentityErrorCode.InvalidCredentials,
        GENERIC_FAILURE,
      );
    }
    await this.limiter.recordSuccess(normalised);
    return this.dataSource.transaction(async (manager) => {
      await manager.update(
        UserEntity,
        { id: user.id },
        { lastSignInAt: new Date() },
      );
      await this.audit.record(
        {
          action: 'auth.sign_in',
          organisationId: user.organisationId,
          actorUserId: user.id,
          entityType: 'user',
          entityId: user.id,
          requestId: context.requestId,
        },
        manager,
      );
      return this.issue(user, randomUUID(), manager);
    });
  }

  async refresh(refreshToken: string | undefined): Promise<IssuedSession> {
    if (!refreshToken)
      throw new IdentityException(
        IdentityErrorCode.Unauthenticated,
        'No session',
      );
    return this.dataSource.transaction(async (manager) => {
      const stored = await manager
        .getRepository(RefreshTokenEntity)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.token_hash = :hash', { hash: hashToken(refreshToken) })
        .getOne();
      if (!stored || stored.expiresAt.getTime() <= Date.now()) {
        throw new IdentityException(
          IdentityErrorCode.Unauthenticated,
          'Your session has ended; sign in again',
        );
      }
      if (stored.revokedAt) {
        if (
          Date.now() - stored.revokedAt.getTime() >
          CONCURRENT_REFRESH_GRACE_MS
        ) {
          await manager.update(
            RefreshTokenEntity,
            { familyId: stored.familyId, revokedAt: null as unknown as Date },
            { revokedAt: new Date() },
          );
        }
        throw new IdentityException(
          IdentityErrorCode.Unauthenticated,
          'Your session has ended; sign in again',
        );
      }
      const user = await manager.findOneBy(UserEntity, { id: stored.userId });
      if (!user || !user.active)
        throw new IdentityException(
          IdentityErrorCode.Unauthenticated,
          'Your account is not active',
        );
      await manager.update(
        RefreshTokenEntity,
        { id: stored.id },
        { revokedAt: new Date() },
      );
      return this.issue(user, stored.familyId, manager);
    });
  }

  /** Revokes the session the refresh token belongs to (all its rotations). */
  async logout(
    refreshToken: string | undefined,
    context: RequestContext,
  ): Promise<void> {
    if (!refreshToken) return;
    const stored = await this.dataSource
      .getRepository(RefreshTokenEntity)
      .findOneBy({ tokenHash: hashToken(refreshToken) });
    if (!stored) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`,
        [stored.familyId],
      );
      const user = await manager.findOneBy(UserEntity, { id: stored.userId });
      await this.audit.record(
        {
          action: 'auth.sign_out',
          organisationId: user?.organisationId ?? null,
          actorUserId: stored.userId,
          entityType: 'user',
          entityId: stored.userId,
          requestId: context.requestId,
        },
        manager,
      );
    });
  }

  async changePassword(
    actor: Actor,
    currentPassword: string,
    newPassword: string,
    context: RequestContext,
  ): Promise<void> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOneByOrFail({ id: actor.userId });
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw new IdentityException(
        IdentityErrorCode.InvalidCredentials,
        'The current password is incorrect',
      );
    }
    const passwordHash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      // Other sessions were opened with the old password; end them.
      await manager.query(
        `UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
        [user.id],
      );
      await this.audit.record(
        {
          action: 'auth.password_changed',
          organisationId: user.organisationId,
          actorUserId: user.id,
          entityType: 'user',
          entityId: user.id,
          changedFields: ['password'],
          requestId: context.requestId,
        },
        manager,
      );
    });
  }

  async sessionUser(userId: string): Promise<SessionUser> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOneByOrFail({ id: userId });
    return this.toSessionUser(user, this.dataSource.manager);
  }

  private async issue(
    user: UserEntity,
    familyId: string,
    manager: DataSource['manager'],
  ): Promise<IssuedSession> {
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(
      Date.now() + this.config.auth.refreshTokenTtlHours * 3600_000,
    );
    await manager.insert(RefreshTokenEntity, {
      userId: user.id,
      familyId,
      tokenHash: hashToken(refreshToken),
      expiresAt: refreshExpiresAt,
    });
    const claims: AccessTokenClaims = { sub: user.id, typ: 'access' };
    const accessToken = await this.jwt.signAsync(claims, {
      expiresIn: this.config.auth.accessTokenTtlSeconds,
      algorithm: 'HS256',
    });
    return {
      response: {
        accessToken,
        expiresIn: this.config.auth.accessTokenTtlSeconds,
        user: await this.toSessionUser(user, manager),
      },
      refreshToken,
      refreshExpiresAt,
    };
  }

  private async toSessionUser(
    user: UserEntity,
    manager: DataSource['manager'],
  ): Promise<SessionUser> {
    const organisation = user.organisationId
      ? await manager.findOneBy(OrganisationEntity, { id: user.organisationId })
      : null;
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      roles: user.roles as Role[],
      organisationId: user.organisationId,
      organisationName: organisation?.name ?? null,
      unitId: user.unitId,
    };
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
