import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  registerDecorator,
} from 'class-validator';
import {
  ACCOMMODATIONS,
  Accommodation,
  CONSENT_SCOPES,
  ConsentScope,
  LABOUR_MARKET_REGIONS,
  LEGAL_GROUNDS,
  LabourMarketRegion,
  LegalGround,
  SECTORS,
  Sector,
  CandidateListQuery,
  CANDIDATE_EDUCATION_LEVELS,
  CANDIDATE_STATUSES,
  CandidateEducationLevel,
  CandidateStatus,
  CreateCandidateRequest,
  LimitationLevels,
  TARGET_GROUPS,
  TRAVEL_MODES,
  TargetGroup,
  TravelMode,
  UpdateCandidateRequest,
} from '@jcw/shared-contracts';
import { isValidBsn } from '@jcw/shared-domain';
import { IsDemandLevelMap } from '@jcw/api-platform';

const trimmed = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
/** null clears an optional field; undefined leaves it alone. */
const nullable = () => ValidateIf((_, value) => value !== null);
const DUTCH_POSTCODE = /^[1-9]\d{3}\s?[A-Z]{2}$/;

function IsBsn(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isBsn',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && isValidBsn(value),
        defaultMessage: () => 'bsn must be 9 digits that pass the eleven-test',
      },
    });
}

class PersonFields {
  @IsOptional()
  @nullable()
  @trimmed()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email?: string | null;

  @IsOptional()
  @nullable()
  @trimmed()
  @Matches(/^[+0-9 ()-]{6,32}$/, {
    message: 'phone must be a phone number (digits, spaces, +, -, parentheses)',
  })
  phone?: string | null;

  @IsOptional()
  @nullable()
  @IsISO8601({ strict: true })
  dateOfBirth?: string | null;

  @IsOptional()
  @nullable()
  @Transform(({ value }) =>
    typeof value === 'string'
      ? value.trim().toUpperCase().replace(/\s+/, '')
      : value,
  )
  @Matches(DUTCH_POSTCODE, {
    message: 'postcode must be a Dutch postcode such as 3511AB',
  })
  postcode?: string | null;

  @IsOptional()
  @nullable()
  @IsIn(CANDIDATE_EDUCATION_LEVELS)
  educationLevel?: CandidateEducationLevel | null;

  @IsOptional()
  @nullable()
  @IsUUID()
  jobcoachUserId?: string | null;

  @IsOptional()
  @nullable()
  @IsISO8601({ strict: true })
  registerEndDate?: string | null;

  @IsOptional()
  @nullable()
  @IsIn(LEGAL_GROUNDS)
  legalGround?: LegalGround | null;

  @IsOptional()
  @nullable()
  @IsIn(LABOUR_MARKET_REGIONS)
  labourMarketRegion?: LabourMarketRegion | null;

  @IsOptional()
  @nullable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(50.7)
  @Max(53.6)
  latitude?: number | null;

  @IsOptional()
  @nullable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(3.3)
  @Max(7.3)
  longitude?: number | null;
}

export class CreateCandidateDto
  extends PersonFields
  implements CreateCandidateRequest
{
  @ApiProperty({
    example: '123456782',
    description:
      'Citizen number; stored only as a keyed hash and its last 3 digits',
  })
  @IsBsn()
  bsn!: string;

  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  firstName!: string;

  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  lastName!: string;

  @ApiProperty({ enum: TARGET_GROUPS })
  @IsIn(TARGET_GROUPS)
  targetGroup!: TargetGroup;

  @IsISO8601({ strict: true })
  registerStartDate!: string;
}

export class UpdateCandidateDto
  extends PersonFields
  implements UpdateCandidateRequest
{
  @IsOptional()
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  firstName?: string;

  @IsOptional()
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  lastName?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  skills?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  interests?: string[];

  @IsOptional()
  @nullable()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;

  @IsOptional()
  @IsIn(CANDIDATE_STATUSES)
  status?: CandidateStatus;

  @IsOptional()
  @IsBoolean()
  consentGiven?: boolean;

  @IsOptional()
  @nullable()
  @IsIn(CONSENT_SCOPES)
  consentScope?: ConsentScope | null;

  @IsOptional()
  @nullable()
  @IsString()
  @MaxLength(5000)
  workExperience?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsIn(SECTORS, { each: true })
  preferredSectors?: Sector[];

  @IsOptional()
  @nullable()
  @IsISO8601({ strict: true })
  placementStartDate?: string | null;

  @IsOptional()
  @nullable()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(1)
  @Max(60)
  placementHoursPerWeek?: number | null;

  @IsOptional()
  @IsObject()
  @IsDemandLevelMap()
  limitations?: LimitationLevels;

  @IsOptional()
  @nullable()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(1)
  @Max(60)
  maxHoursPerWeek?: number | null;

  @IsOptional()
  @nullable()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(1)
  @Max(12)
  maxHoursPerDay?: number | null;

  @IsOptional()
  @IsBoolean()
  eveningsAllowed?: boolean;

  @IsOptional()
  @IsBoolean()
  nightsAllowed?: boolean;

  @IsOptional()
  @IsBoolean()
  weekendsAllowed?: boolean;

  @IsOptional()
  @nullable()
  @IsInt()
  @Min(0)
  @Max(300)
  travelRadiusKm?: number | null;

  @IsOptional()
  @nullable()
  @IsIn(TRAVEL_MODES)
  travelMode?: TravelMode | null;

  @IsOptional()
  @IsArray()
  @IsIn(ACCOMMODATIONS, { each: true })
  accommodations?: Accommodation[];

  @IsOptional()
  @nullable()
  @IsInt()
  @Min(0)
  @Max(100)
  wageValuePercent?: number | null;
}

/** Query strings arrive as text; numbers are converted before validation. */
const queryNumber = () =>
  Transform(({ value }) =>
    value === undefined || value === '' ? undefined : Number(value),
  );

export class CandidateListQueryDto implements CandidateListQuery {
  @IsOptional()
  @IsIn(CANDIDATE_STATUSES)
  status?: CandidateStatus;

  @IsOptional()
  @IsIn(TARGET_GROUPS)
  targetGroup?: TargetGroup;

  @IsOptional()
  @IsIn(LABOUR_MARKET_REGIONS)
  region?: LabourMarketRegion;

  @IsOptional()
  @queryNumber()
  @IsInt()
  @Min(0)
  @Max(100)
  minCompleteness?: number;

  @IsOptional()
  @queryNumber()
  @IsInt()
  @Min(0)
  @Max(100)
  maxCompleteness?: number;

  @IsOptional()
  @ValidateIf((_, value) => value !== 'none')
  @IsUUID()
  coach?: string;

  @IsOptional()
  @trimmed()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @queryNumber()
  @IsInt()
  @Min(1)
  page?: number;

  @IsOptional()
  @queryNumber()
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}
