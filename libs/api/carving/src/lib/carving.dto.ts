import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  ACCOMMODATIONS,
  Accommodation,
  AllocationRequest,
  BusinessCaseQuery,
  DemandLevels,
  FunctionWriteRequest,
  InstantiateTemplateRequest,
  PackageWriteRequest,
  PublishTemplateRequest,
  SECTORS,
  ScanTaskEntry,
  Sector,
  TaskWriteRequest,
  UnitScanWriteRequest,
} from '@jcw/shared-contracts';
import {
  EDUCATION_LEVELS,
  EducationLevel,
  TASK_FREQUENCIES,
  TaskFrequency,
} from '@jcw/shared-domain';
import { IsDemandLevelMap } from '@jcw/api-platform';

const trimmed = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
/** null clears an optional field; undefined leaves it alone. */
const nullable = () => ValidateIf((_, value) => value !== null);
const hours = (max: number) => [
  IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }),
  Min(0.25),
  Max(max),
];
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function apply(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((d) => d(target, key));
}

export class CreateFunctionDto implements FunctionWriteRequest {
  @IsUUID('4')
  unitId!: string;

  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @IsOptional()
  @nullable()
  @trimmed()
  @IsString()
  @MaxLength(40)
  payScale?: string | null;

  @ApiProperty({ description: 'Full employer cost per hour in euros' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(999_999)
  employerCostPerHour!: number;

  @IsInt()
  @Min(1)
  @Max(100_000)
  employeeCount!: number;

  @apply(...hours(60))
  contractHoursPerWeek!: number;
}

export class UpdateFunctionDto extends PartialType(CreateFunctionDto) {}

export class TimeWindowDto {
  @Matches(CLOCK_TIME, { message: 'from must be a time HH:mm' })
  from!: string;

  @Matches(CLOCK_TIME, { message: 'until must be a time HH:mm' })
  until!: string;
}

export class ScheduleNeedsDto {
  @IsBoolean()
  evenings!: boolean;

  @IsBoolean()
  nights!: boolean;

  @IsBoolean()
  weekends!: boolean;
}

export class CreateTaskDto implements TaskWriteRequest {
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @IsOptional()
  @nullable()
  @IsString()
  @MaxLength(4000)
  description?: string | null;

  @ApiProperty({ description: 'Hours per week for the function as a whole' })
  @apply(...hours(10_000))
  hoursPerWeek!: number;

  @ApiProperty({ enum: TASK_FREQUENCIES })
  @IsIn(TASK_FREQUENCIES)
  frequency!: TaskFrequency;

  @IsOptional()
  @nullable()
  @ValidateNested()
  @Type(() => TimeWindowDto)
  fixedTimeWindow?: TimeWindowDto | null;

  @ApiProperty({ enum: EDUCATION_LEVELS })
  @IsIn(EDUCATION_LEVELS)
  complexity!: EducationLevel;

  @ApiPropertyOptional({
    description: 'Demand level 0-2 per dimension key of GET /api/dimensions',
  })
  @IsOptional()
  @IsDemandLevelMap()
  demands?: DemandLevels;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  skills?: string[];

  @IsOptional()
  @IsBoolean()
  leftUndone?: boolean;

  @IsOptional()
  @IsBoolean()
  solitary?: boolean;

  @IsOptional()
  @ValidateNested()
  @Type(() => ScheduleNeedsDto)
  scheduleNeeds?: ScheduleNeedsDto;
}

export class UpdateTaskDto extends PartialType(CreateTaskDto) {}

export class AllocationDto implements AllocationRequest {
  @IsUUID('4')
  taskId!: string;

  @apply(...hours(60))
  hoursPerWeek!: number;
}

export class CreatePackageDto implements PackageWriteRequest {
  @ApiProperty({ description: 'Unit where the carved job is done' })
  @IsUUID('4')
  unitId!: string;

  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @IsOptional()
  @nullable()
  @IsString()
  @MaxLength(4000)
  description?: string | null;

  @IsOptional()
  @nullable()
  @trimmed()
  @IsString()
  @MaxLength(40)
  carvedJobPayScale?: string | null;

  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(999_999)
  carvedJobCostPerHour!: number;

  @ApiPropertyOptional({ description: 'Postcode of the workplace' })
  @IsOptional()
  @nullable()
  @Transform(({ value }) =>
    typeof value === 'string'
      ? value.trim().toUpperCase().replace(/\s+/, '')
      : value,
  )
  @Matches(/^[1-9]\d{3}[A-Z]{2}$/, {
    message: 'workplacePostcode must be a Dutch postcode such as 3511AB',
  })
  workplacePostcode?: string | null;

  @ApiPropertyOptional({ description: 'Latitude of the workplace (WGS84)' })
  @IsOptional()
  @nullable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(50.7)
  @Max(53.6)
  workplaceLatitude?: number | null;

  @ApiPropertyOptional({ description: 'Longitude of the workplace (WGS84)' })
  @IsOptional()
  @nullable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(3.3)
  @Max(7.3)
  workplaceLongitude?: number | null;

  @ApiPropertyOptional({ enum: ACCOMMODATIONS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ACCOMMODATIONS.length)
  @IsIn(ACCOMMODATIONS, { each: true })
  accommodationsOffered?: Accommodation[];

  @ApiProperty({ type: [AllocationDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'allocations must hold at least one task' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AllocationDto)
  allocations!: AllocationDto[];
}

export class UpdatePackageDto extends PartialType(CreatePackageDto) {}

/** Query strings arrive as text; numbers are converted before validation. */
const queryNumber = () =>
  Transform(({ value }) =>
    value === undefined || value === '' ? undefined : Number(value),
  );

export class BusinessCaseQueryDto implements BusinessCaseQuery {
  @IsOptional()
  @queryNumber()
  @IsInt({ message: 'year must be a whole year such as 2026' })
  @Min(2015)
  @Max(2100)
  year?: number;

  @IsOptional()
  @queryNumber()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  wageCostSubsidyPercent?: number;

  @IsOptional()
  @queryNumber()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(10_000_000)
  wageCostAdvantagePerYear?: number;

  @IsOptional()
  @queryNumber()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1_000_000)
  shortfallJobs?: number;
}

export class PdfQueryDto {
  @IsOptional()
  @IsIn(['nl', 'en'])
  lang?: 'nl' | 'en';
}

export class PublishTemplateDto implements PublishTemplateRequest {
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @IsOptional()
  @nullable()
  @IsIn(SECTORS)
  sector?: Sector | null;

  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  description!: string;
}

export class TemplateQueryDto {
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector;

  @IsOptional()
  @trimmed()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class InstantiateTemplateDto implements InstantiateTemplateRequest {
  @IsUUID('4')
  functionId!: string;

  @IsOptional()
  @IsUUID('4')
  unitId?: string;

  @IsOptional()
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(999_999)
  carvedJobCostPerHour?: number;
}

export class PackageListQueryDto {
  @IsOptional()
  @IsIn(['draft', 'published', 'filled', 'closed'])
  status?: 'draft' | 'published' | 'filled' | 'closed';
}

export class ScanTaskEntryDto implements ScanTaskEntry {
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @apply(...hours(1000))
  hoursPerWeek!: number;

  @IsOptional()
  @nullable()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

export class CreateUnitScanDto implements UnitScanWriteRequest {
  @IsUUID('4')
  unitId!: string;

  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  coreTasks!: string[];

  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ScanTaskEntryDto)
  tasksLeftUndone!: ScanTaskEntryDto[];

  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ScanTaskEntryDto)
  tasksBelowEducationLevel!: ScanTaskEntryDto[];

  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(10_000)
  overtimeHoursPerWeek!: number;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(10_000)
  temporaryStaffHoursPerWeek!: number;

  @IsInt()
  @Min(1)
  @Max(5)
  experiencedWorkload!: 1 | 2 | 3 | 4 | 5;

  @IsOptional()
  @nullable()
  @IsString()
  @MaxLength(4000)
  notes?: string | null;
}

export class UnitScanQueryDto {
  @IsOptional()
  @IsUUID('4')
  unitId?: string;
}
