import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationDto } from '@jcw/shared-contracts';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '@jcw/api-platform';
import { PasswordHasher } from '../auth/password-hasher';
import { AuditService } from '../audit/audit.service';
import type { CreateOrganisationDto } from '../dto/identity.dto';
import { OrganisationEntity, UserEntity } from '../entities/identity.entities';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import { isUniqueViolation } from '../unique-violation';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<OrganisationDto[]> {
    const organisations = await this.dataSource
      .getRepository(OrganisationEntity)
      .find({ order: { name: 'ASC' } });
    return organisations.map(toOrganisationDto);
  }

  /** Creates an organisation and, when given, its first admin - both or neither. */
  async create(
    request: CreateOrganisationDto,
    context: RequestContext,
  ): Promise<OrganisationDto> {
    const adminHash = request.admin
      ? await this.hasher.hash(request.admin.password)
      : null;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const organisation = await manager.save(
          OrganisationEntity,
          manager.create(OrganisationEntity, {
            name: request.name,
            sector: request.sector,
            payrollTaxNumber: request.payrollTaxNumber,
          }),
        );
        await this.audit.record(
          {
            action: 'entity.created',
            organisationId: organisation.id,
            actorUserId: context.actor?.userId ?? null,
            entityType: 'organisation',
            entityId: organisation.id,
            changedFields: ['name', 'sector', 'payrollTaxNumber'],
            requestId: context.requestId,
          },
          manager,
        );
        if (request.admin && adminHash) {
          const admin = await manager.save(
            UserEntity,
            manager.create(UserEntity, {
              organisationId: organisation.id,
              email: request.admin.email,
              displayName: request.admin.displayName,
              passwordHash: adminHash,
              roles: ['admin'],
            }),
          );
          await this.audit.record(
            {
              action: 'entity.created',
              organisationId: organisation.id,
              actorUserId: context.actor?.userId ?? null,
              entityType: 'user',
              entityId: admin.id,
              changedFields: ['email', 'displayName', 'roles'],
              requestId: context.requestId,
            },
            manager,
          );
        }
        return toOrganisationDto(organisation);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_organisations_payroll_tax_number')) {
        throw new IdentityException(
          IdentityErrorCode.PayrollTaxNumberTaken,
          'An organisation with this payroll tax number exists',
          [
            {
              field: 'payrollTaxNumber',
              message: 'payrollTaxNumber is already registered',
            },
          ],
        );
      }
      if (isUniqueViolation(error, 'uq_users_email')) {
        throw new IdentityException(
          IdentityErrorCode.EmailTaken,
          'This e-mail address is already in use',
          [{ field: 'admin.email', message: 'admin.email is already in use' }],
        );
      }
      throw error;
    }
  }
}

export function toOrganisationDto(
  organisation: OrganisationEntity,
): OrganisationDto {
  return {
    id: organisation.id,
    name: organisation.name,
    sector: organisation.sector,
    payrollTaxNumber: organisation.payrollTaxNumber,
    active: organisation.active,
  };
}
