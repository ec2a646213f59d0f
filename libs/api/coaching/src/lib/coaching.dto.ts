import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  CONTACT_TYPES,
  CoachingContactRequest,
  CoachingEvaluationRequest,
  CoachingGoalRequest,
  CoachingHoursRequest,
  ContactType,
  EVALUATION_MILESTONES,
  EvaluationMilestone,
  GOAL_STATUSES,
  GoalStatus,
} from '@jcw/shared-contracts';
import { IsCalendarDate } from '@jcw/api-platform';

const trimmed = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
/** null clears an optional field; undefined leaves it alone. */
const nullable = () => ValidateIf((_, value) => value !== null);

const score = () => [IsInt(), Min(1), Max(5)];
function apply(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((d) => d(target, key));
}

export class CreateContactDto implements CoachingContactRequest {
  @ApiProperty({ example: '2025-09-01' })
  @IsCalendarDate()
  contactDate!: string;

  @ApiProperty({ enum: CONTACT_TYPES })
  @IsIn(CONTACT_TYPES)
  type!: ContactType;

  @IsOptional()
  @nullable()
  @IsString()
  @MaxLength(4000)
  notes?: string | null;
}

export class CreateGoalDto implements CoachingGoalRequest {
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ enum: GOAL_STATUSES })
  @IsOptional()
  @IsIn(GOAL_STATUSES)
  status?: GoalStatus;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  progressPercent?: number;

  @ApiPropertyOptional({ example: '2025-12-31' })
  @IsOptional()
  @nullable()
  @IsCalendarDate()
  targetDate?: string | null;
}

export class UpdateGoalDto extends PartialType(CreateGoalDto) {}

export class PutHoursDto implements CoachingHoursRequest {
  @ApiProperty({
    description: 'Coaching hours that week, 0-80 with at most 2 decimals',
  })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(80)
  hours!: number;
}

export class CreateEvaluationDto implements CoachingEvaluationRequest {
  @ApiProperty({ enum: EVALUATION_MILESTONES })
  @IsIn(EVALUATION_MILESTONES)
  milestoneMonths!: EvaluationMilestone;

  @ApiProperty({ example: '2025-10-03' })
  @IsCalendarDate()
  evaluationDate!: string;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @apply(...score())
  wellbeing!: number;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @apply(...score())
  workloadFit!: number;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @apply(...score())
  teamFit!: number;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @apply(...score())
  managerSupport!: number;

  @IsOptional()
  @nullable()
  @IsString()
  @MaxLength(4000)
  notes?: string | null;
}

export class LogbookQueryDto {
  @IsOptional()
  @IsIn(['nl', 'en'])
  lang?: 'nl' | 'en';
}
