import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
  registerDecorator,
} from 'class-validator';
import {
  AUDIT_ACTIONS,
  AuditAction,
  AuditQuery,
  ChangePasswordRequest,
  CreateOrganisationRequest,
  CreateUnitRequest,
  CreateUserRequest,
  LoginRequest,
  ROLES,
  Role,
  SECTORS,
  Sector,
  UNIT_KINDS,
  UnitKind,
  UpdateUnitRequest,
  UpdateUserRequest,
} from '@jcw/shared-contracts';

import { passwordProblem } from '../auth/password-policy';

/** A new password: long enough and not on the common-passwords list (checked with the other fields). */
function IsAcceptablePassword(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isAcceptablePassword',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && passwordProblem(value) === null,
        defaultMessage: (args) =>
          `${args?.property} ${typeof args?.value === 'string' ? passwordProblem(args.value) : 'must be a string'}`,
      },
    });
}

/** Names are trimmed; a name of only spaces is empty. */
const trimmed = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const lowerCased = () =>
  Transform(({ value }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  );
const NAME_MAX = 200;
const ASSIGNABLE_ROLES = ROLES.filter((role) => role !== 'superadmin');
const rolesMessage = `each value in roles must be one of ${ASSIGNABLE_ROLES.join(', ')}`;

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'beheerder@voorbeeldzaken.nl' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  password!: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  currentPassword!: string;

  @ApiProperty({ minLength: 12 })
  @IsAcceptablePassword()
  newPassword!: string;
}

export class OrganisationAdminDto {
  @lowerCased()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;

  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX)
  displayName!: string;

  @IsAcceptablePassword()
  password!: string;
}

export class CreateOrganisationDto implements CreateOrganisationRequest {
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX)
  name!: string;

  @ApiProperty({ enum: SECTORS })
  @IsIn(SECTORS)
  sector!: Sector;

  @ApiProperty({
    example: '123456789L01',
    description: 'Loonheffingennummer: 9 digits, L, 2 digits',
  })
  @Transform(({ value }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  )
  @IsString()
  @Matches(/^\d{9}L\d{2}$/, {
    message:
      'payrollTaxNumber must be 9 digits, the letter L and 2 digits (e.g. 123456789L01)',
  })
  payrollTaxNumber!: string;

  @ApiPropertyOptional({
    type: OrganisationAdminDto,
    description: "The organisation's first admin",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganisationAdminDto)
  admin?: OrganisationAdminDto;
}

export class CreateUnitDto implements CreateUnitRequest {
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX)
  name!: string;

  @ApiProperty({ enum: UNIT_KINDS })
  @IsIn(UNIT_KINDS)
  kind!: UnitKind;

  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  parentId?: string | null;
}

export class UpdateUnitDto implements UpdateUnitRequest {
  @IsOptional()
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX)
  name?: string;

  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  parentId?: string | null;
}

export class CreateUserDto implements CreateUserRequest {
  @lowerCased()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;

  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX)
  displayName!: string;

  @ApiProperty({ minLength: 12 })
  @IsAcceptablePassword()
  password!: string;

  @ApiProperty({ enum: ASSIGNABLE_ROLES, isArray: true })
  @IsArray()
  @IsIn(ASSIGNABLE_ROLES, { each: true, message: rolesMessage })
  @ArrayUnique()
  @ArrayMaxSize(ASSIGNABLE_ROLES.length)
  roles!: Role[];

  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  unitId?: string | null;
}

export class UpdateUserDto implements UpdateUserRequest {
  @IsOptional()
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX)
  displayName?: string;

  @IsOptional()
  @IsArray()
  @IsIn(ASSIGNABLE_ROLES, { each: true, message: rolesMessage })
  @ArrayUnique()
  @ArrayMaxSize(ASSIGNABLE_ROLES.length)
  roles?: Role[];

  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  unitId?: string | null;

  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class AuditQueryDto implements AuditQuery {
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  @IsOptional()
  @IsUUID()
  actorUserId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityType?: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  @IsOptional()
  @IsISO8601()
  from?: string;

  @IsOptional()
  @IsISO8601()
  to?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @IsOptional()
  @Matches(/^\d{1,18}$/, {
    message: 'cursor must be the nextCursor of a previous page',
  })
  cursor?: string;
}
