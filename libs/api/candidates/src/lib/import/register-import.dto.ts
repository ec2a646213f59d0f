import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type {
  RegisterImportDto,
  RegisterImportErrorDto,
} from '@jcw/shared-contracts';
import type {
  RegisterImportEntity,
  RegisterImportErrorEntity,
} from './register-import.entities';

/** `GET /api/candidates/imports/:id/errors?page=&pageSize=` */
export class RegisterImportErrorsQueryDto {
  /** 1-based. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize?: number;
}

export function toRegisterImportDto(
  entity: RegisterImportEntity,
): RegisterImportDto {
  return {
    id: entity.id,
    fileName: entity.fileName,
    format: entity.format,
    sizeBytes: entity.sizeBytes,
    status: entity.status,
    processedRows: entity.processedRows,
    insertedRows: entity.insertedRows,
    updatedRows: entity.updatedRows,
    unchangedRows: entity.unchangedRows,
    errorRows: entity.errorRows,
    failure: entity.failure,
    createdAt: entity.createdAt.toISOString(),
    startedAt: entity.startedAt ? entity.startedAt.toISOString() : null,
    finishedAt: entity.finishedAt ? entity.finishedAt.toISOString() : null,
  };
}

export function toRegisterImportErrorDto(
  entity: RegisterImportErrorEntity,
): RegisterImportErrorDto {
  return {
    rowNumber: entity.rowNumber,
    field: entity.field,
    reason: entity.reason,
  };
}
