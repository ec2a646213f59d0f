import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsCalendarDate } from '@jcw/api-platform';
import {
  CONTRACT_KINDS,
  ChangePlacementHoursRequest,
  ContractKind,
  CreatePlacementRequest,
  END_REASONS,
  EndPlacementRequest,
  EndReason,
  PLACEMENT_METHODS,
  PLACEMENT_STATUSES,
  PlacementListQuery,
  PlacementMethod,
  PlacementStatus,
  UpdatePlacementRequest,
} from '@jcw/shared-contracts';

const trimmed = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
/** null clears an optional field; undefined leaves it alone. */
const nullable = () => ValidateIf((_, value) => value !== null);
const weeklyHours = () => [
  IsNumber({ maxDecimalPlaces: 2 }),
  Min(0.5),
  Max(60),
];
function apply(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((d) => d(target, key));
}
const optionalText = (max: number) =>
  apply(IsOptional(), nullable(), trimmed(), IsString(), MaxLength(max));

export class CreatePlacementDto implements CreatePlacementRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4')
  candidateId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('4')
  unitId!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @nullable()
  @IsUUID('4')
  packageId?: string | null;

  @ApiProperty({ enum: PLACEMENT_METHODS })
  @IsIn(PLACEMENT_METHODS)
  method!: PlacementMethod;

  @ApiProperty({ enum: CONTRACT_KINDS })
  @IsIn(CONTRACT_KINDS)
  contractKind!: ContractKind;

  @ApiPropertyOptional({ nullable: true, maxLength: 200 })
  @optionalText(200)
  lenderName?: string | null;

  @ApiPropertyOptional({ nullable: true, maxLength: 120 })
  @optionalText(120)
  teamName?: string | null;

  @ApiPropertyOptional({ nullable: true, maxLength: 120 })
  @optionalText(120)
  teamLeaderName?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @nullable()
  @IsUUID('4')
  jobcoachUserId?: string | null;

  @ApiProperty({ example: '2026-01-01' })
  @IsCalendarDate()
  startDate!: string;

  @ApiPropertyOptional({ example: '2026-12-31', nullable: true })
  @IsOptional()
  @nullable()
  @IsCalendarDate()
  plannedEndDate?: string | null;

  @ApiProperty({ example: 20, minimum: 0.5, maximum: 60 })
  @apply(...weeklyHours())
  hoursPerWeek!: number;
}

export class UpdatePlacementDto implements UpdatePlacementRequest {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4')
  unitId?: string;

  @ApiPropertyOptional({ enum: PLACEMENT_METHODS })
  @IsOptional()
  @IsIn(PLACEMENT_METHODS)
  method?: PlacementMethod;

  @ApiPropertyOptional({ enum: CONTRACT_KINDS })
  @IsOptional()
  @IsIn(CONTRACT_KINDS)
  contractKind?: ContractKind;

  @ApiPropertyOptional({ nullable: true })
  @optionalText(200)
  lenderName?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @optionalText(120)
  teamName?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @optionalText(120)
  teamLeaderName?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @nullable()
  @IsUUID('4')
  jobcoachUserId?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @nullable()
  @IsCalendarDate()
  plannedEndDate?: string | null;

  @ApiPropertyOptional({ description: 'A retroactive correction of the start' })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string;

  @ApiPropertyOptional({ nullable: true, maxLength: 500 })
  @optionalText(500)
  note?: string | null;
}

export class ChangePlacementHoursDto implements ChangePlacementHoursRequest {
  @ApiProperty({ example: '2026-07-01' })
  @IsCalendarDate()
  effectiveFrom!: string;

  @ApiProperty({ example: 24, minimum: 0.5, maximum: 60 })
  @apply(...weeklyHours())
  hoursPerWeek!: number;

  @ApiPropertyOptional({ nullable: true, maxLength: 500 })
  @optionalText(500)
  note?: string | null;
}

export class EndPlacementDto implements EndPlacementRequest {
  @ApiProperty({ example: '2026-09-30' })
  @IsCalendarDate()
  endDate!: string;

  @ApiProperty({ enum: END_REASONS })
  @IsIn(END_REASONS)
  reason!: EndReason;

  @ApiPropertyOptional({ nullable: true, maxLength: 500 })
  @optionalText(500)
  note?: string | null;
}

export class PlacementListQueryDto implements PlacementListQuery {
  @IsOptional()
  @IsIn(PLACEMENT_STATUSES)
  status?: PlacementStatus;

  @IsOptional()
  @IsIn(PLACEMENT_METHODS)
  method?: PlacementMethod;

  @IsOptional()
  @IsUUID('4')
  unitId?: string;

  @IsOptional()
  @IsUUID('4')
  candidateId?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}

export class OrganisationQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4')
  organisationId?: string;
}
