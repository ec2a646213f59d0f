import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UserDto } from '@jcw/shared-contracts';
import type { DataSource } from 'typeorm';
import type { Actor, RequestContext } from '@jcw/api-platform';
import { PasswordHasher } from '../auth/password-hasher';
import { AuditService } from '../audit/audit.service';
import type { CreateUserDto, UpdateUserDto } from '../dto/identity.dto';
import { UserEntity } from '../entities/identity.entities';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import { UnitsService, requireOrganisation } from '../units/units.service';
import { isUniqueViolation } from '../unique-violation';

/** Users of the caller's organisation, managed by its admins. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly units: UnitsService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<UserDto[]> {
    const users = await this.dataSource.getRepository(UserEntity).find({
      where: { organisationId: requireOrganisation(actor) },
      order: { displayName: 'ASC' },
    });
    return users.map(toUserDto);
  }

  async create(
    actor: Actor,
    request: CreateUserDto,
    context: RequestContext,
  ): Promise<UserDto> {
    const organisationId = requireOrganisation(actor);
    const passwordHash = await this.hasher.hash(request.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (request.unitId)
          await this.units.findOwn(
            manager,
            organisationId,
            request.unitId,
            'unitId',
          );
        const user = await manager.save(
          UserEntity,
          manager.create(UserEntity, {
            organisationId,
            email: request.email,
            displayName: request.displayName,
            passwordHash,
            roles: request.roles,
            unitId: request.unitId ?? null,
          }),
        );
        await this.audit.record(
          {
            action: 'entity.created',
            organisationId,
            actorUserId: actor.userId,
            entityType: 'user',
            entityId: user.id,
            changedFields: ['email', 'displayName', 'roles', 'unitId'],
            requestId: context.requestId,
          },
          manager,
        );
        return toUserDto(user);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_users_email')) {
        throw new IdentityException(
          IdentityErrorCode.EmailTaken,
          'This e-mail address is already in use',
          [{ field: 'email', message: 'email is already in use' }],
        );
      }
      throw error;
    }
  }

  async update(
    actor: Actor,
    id: string,
    request: UpdateUserDto,
    context: RequestContext,
  ): Promise<UserDto> {
    const organisationId = requireOrganisation(actor);
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, {
        where: { id, organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw IdentityException.notFound('User');
      const changed: string[] = [];
      if (
        request.displayName !== undefined &&
        request.displayName !== user.displayName
      ) {
        user.displayName = request.displayName;
        changed.push('displayName');
      }
      if (request.unitId !== undefined && request.unitId !== user.unitId) {
        if (request.unitId !== null)
          await this.units.findOwn(
            manager,
            organisationId,
            request.unitId,
            'unitId',
          );
        user.unitId = request.unitId;
        changed.push('unitId');
      }
      if (request.active !== undefined && request.active !== user.active) {
        if (!request.active && user.id === actor.userId) {
          throw new IdentityException(
            IdentityErrorCode.InvalidRoles,
            'You cannot deactivate yourself',
            [
              {
                field: 'active',
                message: 'active cannot be false for your own account',
              },
            ],
          );
        }
        user.active = request.active;
        changed.push('active');
      }
      const rolesChanged =
        request.roles !== undefined &&
        [...request.roles].sort().join() !== [...user.roles].sort().join();
      if (rolesChanged && request.roles) {
        if (user.id === actor.userId && !request.roles.includes('admin')) {
          throw new IdentityException(
            IdentityErrorCode.InvalidRoles,
            'You cannot remove your own admin role',
            [
              {
                field: 'roles',
                message: 'roles must keep admin for your own account',
              },
            ],
          );
        }
        user.roles = request.roles;
        changed.push('roles');
      }
      if (changed.length === 0) return toUserDto(user);
      await manager.save(UserEntity, user);
      if (!user.active) {
        await manager.query(
          `UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
          [user.id],
        );
      }
      await this.audit.record(
        {
          action: rolesChanged ? 'user.roles_changed' : 'entity.updated',
          organisationId,
          actorUserId: actor.userId,
          entityType: 'user',
          entityId: user.id,
          changedFields: changed,
          requestId: context.requestId,
        },
        manager,
      );
      return toUserDto(user);
    });
  }
}

export function toUserDto(user: UserEntity): UserDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    unitId: user.unitId,
    active: user.active,
    lastSignInAt: user.lastSignInAt ? user.lastSignInAt.toISOString() : null,
  };
}
