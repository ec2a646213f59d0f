import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
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
  MONITOR_FORMATS,
  MonitorFormat,
  PLACEMENT_METHODS,
  PayrollImportRequest,
  PlacementMethod,
  PutOrganisationQuotaYearRequest,
  PutQuotaYearParametersRequest,
  TARGET_GROUPS,
  TargetGroup,
} from '@jcw/shared-contracts';

const trimmed = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Years the product keeps quota figures for: the job agreement started in 2015. */
export const MIN_QUOTA_YEAR = 2015;
export const MAX_QUOTA_YEAR = 2100;

export class PutQuotaYearParametersDto
  implements PutQuotaYearParametersRequest
{
  @ApiProperty({ example: 0.0193, description: 'fraction, 0.0193 = 1.93 %' })
  @IsNumber({ maxDecimalPlaces: 6 })
  @Min(0)
  @Max(0.2)
  quotaFraction!: number;

  @ApiProperty({ example: 5000 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1_000_000)
  levyPerUnfilledJob!: number;

  @ApiProperty({ example: 52 })
  @IsInt()
  @Min(1)
  @Max(53)
  weeksPerYear!: number;

  @ApiProperty({ example: 40575 })
  @IsInt()
  @Min(0)
  thresholdPaidHours!: number;

  @ApiProperty()
  @IsBoolean()
  procurementCounts!: boolean;

  @ApiProperty({ example: 'Staatscourant 2018, nr. 12345' })
  @trimmed()
  @IsString()
  @IsNotEmpty({
    message: 'sourceNote is required: say where the figures come from',
  })
  @MaxLength(1000)
  sourceNote!: string;

  @ApiProperty()
  @IsBoolean()
  toConfirm!: boolean;
}

const nullable = () => ValidateIf((_, value) => value !== null);

export class OrganisationYearDto implements PutOrganisationQuotaYearRequest {
  @ApiProperty({ nullable: true, example: 1_000_000 })
  @nullable()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1e11)
  totalPaidHours!: number | null;

  @ApiProperty({ nullable: true, example: 14.555 })
  @nullable()
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0)
  @Max(1e6)
  explicitTargetJobs!: number | null;

  @ApiPropertyOptional({ nullable: true, maxLength: 500 })
  @IsOptional()
  @nullable()
  @trimmed()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

export class PayrollImportDto implements PayrollImportRequest {
  @ApiProperty({
    description: 'CSV text with a header row and a verloonde_uren column',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000_000)
  csv!: string;
}

export class YearQueryDto {
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(MIN_QUOTA_YEAR)
  @Max(MAX_QUOTA_YEAR)
  year!: number;
}

export class DashboardQueryDto extends YearQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4')
  organisationId?: string;

  @ApiPropertyOptional({
    description: 'take the stand at this day instead of today',
  })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

export class QuotaLinesQueryDto extends DashboardQueryDto {
  @ApiPropertyOptional({ enum: PLACEMENT_METHODS })
  @IsOptional()
  @IsIn(PLACEMENT_METHODS)
  method?: PlacementMethod;

  @ApiPropertyOptional({ enum: TARGET_GROUPS })
  @IsOptional()
  @IsIn(TARGET_GROUPS)
  targetGroup?: TargetGroup;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4')
  unitId?: string;
}

export class MonitorQueryDto extends DashboardQueryDto {
  @ApiProperty({ enum: MONITOR_FORMATS })
  @IsIn(MONITOR_FORMATS)
  format!: MonitorFormat;

  @ApiPropertyOptional({ enum: ['nl', 'en'] })
  @IsOptional()
  @IsIn(['nl', 'en'])
  lang?: 'nl' | 'en';
}
