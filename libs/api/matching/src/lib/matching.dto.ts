import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
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
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '@jcw/api-platform';
import {
  AcceptProposalRequest,
  CONTRACT_KINDS,
  CandidatePoolFilter,
  ContractKind,
  CreateProposalRequest,
  LABOUR_MARKET_REGIONS,
  PROPOSAL_STATUSES,
  ProposalListQuery,
  ProposalStatus,
  REJECTION_REASONS,
  RejectProposalRequest,
  RejectionReason,
  SpotlightRequest,
  TeamAssignmentRequest,
} from '@jcw/shared-contracts';

const trimmed = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const nullable = () => ValidateIf((_, value) => value !== null);
/** Query strings arrive as text; numbers are converted before validation. */
const queryNumber = () =>
  Transform(({ value }) =>
    value === undefined || value === '' ? undefined : Number(value),
  );

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @queryNumber()
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @IsOptional()
  @queryNumber()
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

export class CandidatePoolFilterDto implements CandidatePoolFilter {
  @ApiPropertyOptional({ enum: LABOUR_MARKET_REGIONS })
  @IsOptional()
  @IsIn(LABOUR_MARKET_REGIONS)
  labourMarketRegion?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4')
  jobcoachUserId?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  minCompleteness?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  excludeProposed?: boolean;
}

export class TeamAssignmentDtoRequest implements TeamAssignmentRequest {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 500 })
  @IsArray()
  @ArrayMinSize(1, { message: 'packageIds must hold at least one package' })
  @ArrayMaxSize(500)
  @ArrayUnique({ message: 'packageIds must not repeat a package' })
  @IsUUID('4', { each: true })
  packageIds!: string[];

  @ApiPropertyOptional({ type: CandidatePoolFilterDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CandidatePoolFilterDto)
  pool?: CandidatePoolFilterDto;
}

export class SpotlightDto implements SpotlightRequest {
  @ApiPropertyOptional({ minimum: 1, maximum: 10, default: 3 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  perPackage?: number;
}

export class CreateProposalDto implements CreateProposalRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4')
  packageId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('4')
  candidateId!: string;

  @ApiPropertyOptional({ nullable: true, maxLength: 1000 })
  @IsOptional()
  @nullable()
  @trimmed()
  @IsString()
  @MaxLength(1000)
  motivation?: string | null;
}

export class ProposalListQueryDto implements ProposalListQuery {
  @ApiPropertyOptional({ enum: PROPOSAL_STATUSES })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  status?: ProposalStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4')
  packageId?: string;
}

export class AcceptProposalDto implements AcceptProposalRequest {
  @ApiProperty({ example: '2027-01-04' })
  @IsCalendarDate()
  startDate!: string;

  @ApiProperty({ enum: CONTRACT_KINDS })
  @IsIn(CONTRACT_KINDS)
  contractKind!: ContractKind;

  @ApiPropertyOptional({ minimum: 0.5, maximum: 60 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.5)
  @Max(60)
  hoursPerWeek?: number;
}

export class RejectProposalDto implements RejectProposalRequest {
  @ApiProperty({ enum: REJECTION_REASONS })
  @IsIn(REJECTION_REASONS)
  reason!: RejectionReason;

  @ApiPropertyOptional({ nullable: true, maxLength: 1000 })
  @IsOptional()
  @nullable()
  @trimmed()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}
