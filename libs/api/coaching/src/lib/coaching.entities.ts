import { decimalTransformer } from '@jcw/api-platform';
import type {
  ContactType,
  EvaluationMilestone,
  GoalStatus,
} from '@jcw/shared-contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '@jcw/api-identity';
import { CandidateEntity } from '@jcw/api-candidates';

@Entity({ name: 'coaching_contacts' })
@Index('ix_coaching_contacts_candidate', ['candidateId', 'contactDate'])
export class CoachingContactEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'candidate_id',
    foreignKeyConstraintName: 'fk_coaching_contacts_candidate',
  })
  candidate?: CandidateEntity;

  /** Who had the contact (the assigned coach, or an HR adviser standing in). */
  @Column({ name: 'coach_user_id', type: 'uuid' })
  coachUserId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({
    name: 'coach_user_id',
    foreignKeyConstraintName: 'fk_coaching_contacts_coach',
  })
  coach?: UserEntity;

  @Column({ name: 'contact_date', type: 'date' })
  contactDate!: string;

  @Column({ type: 'varchar', length: 20 })
  type!: ContactType;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'coaching_goals' })
@Index('ix_coaching_goals_candidate', ['candidateId'])
export class CoachingGoalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'candidate_id',
    foreignKeyConstraintName: 'fk_coaching_goals_candidate',
  })
  candidate?: CandidateEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status!: GoalStatus;

  @Column({ name: 'progress_percent', type: 'smallint', default: 0 })
  progressPercent!: number;

  @Column({ name: 'target_date', type: 'date', nullable: true })
  targetDate!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** Coaching hours of one week (keyed by its Monday); a later PUT replaces them. */
@Entity({ name: 'coaching_hours' })
export class CoachingHoursEntity {
  @PrimaryColumn({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'candidate_id',
    foreignKeyConstraintName: 'fk_coaching_hours_candidate',
  })
  candidate?: CandidateEntity;

  @PrimaryColumn({ name: 'week_start', type: 'date' })
  weekStart!: string;

  @Column({
    type: 'numeric',
    precision: 5,
    scale: 2,
    transformer: decimalTransformer,
  })
  hours!: number;

  /** Who logged the hours last. */
  @Column({ name: 'coach_user_id', type: 'uuid' })
  coachUserId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({
    name: 'coach_user_id',
    foreignKeyConstraintName: 'fk_coaching_hours_coach',
  })
  coach?: UserEntity;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'coaching_evaluations' })
@Unique('uq_coaching_evaluations_milestone', ['candidateId', 'milestoneMonths'])
export class CoachingEvaluationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'candidate_id',
    foreignKeyConstraintName: 'fk_coaching_evaluations_candidate',
  })
  candidate?: CandidateEntity;

  @Column({ name: 'milestone_months', type: 'smallint' })
  milestoneMonths!: EvaluationMilestone;

  @Column({ name: 'evaluation_date', type: 'date' })
  evaluationDate!: string;

  @Column({ type: 'smallint' })
  wellbeing!: number;

  @Column({ name: 'workload_fit', type: 'smallint' })
  workloadFit!: number;

  @Column({ name: 'team_fit', type: 'smallint' })
  teamFit!: number;

  @Column({ name: 'manager_support', type: 'smallint' })
  managerSupport!: number;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export const COACHING_ENTITIES = [
  CoachingContactEntity,
  CoachingGoalEntity,
  CoachingHoursEntity,
  CoachingEvaluationEntity,
] as const;
