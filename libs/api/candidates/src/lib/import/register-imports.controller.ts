import type { RegisterImportErrorPage } from '@jcw/shared-contracts';
import {
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { RegisterImportDto } from '@jcw/shared-contracts';
import { tmpdir } from 'node:os';
import { extname } from 'node:path';
import { Actor, CurrentActor, Roles, uuidParam } from '@jcw/api-platform';
import { RegisterImportErrorsQueryDto } from './register-import.dto';
import {
  REGISTER_UPLOAD_MAX_BYTES,
  RegisterImportsService,
  UploadedRegisterFile,
  fileProblem,
} from './register-imports.service';

/**
 * Register imports, for HR advisers of the organisation. The upload goes to a temporary file on
 * disk (never into memory) and is refused by extension before it is written; the guard runs
 * before the interceptor, so nobody without the role gets to write anything.
 */
@ApiTags('candidates')
@ApiBearerAuth()
@Controller('candidates/imports')
export class RegisterImportsController {
  constructor(private readonly imports: RegisterImportsService) {}

  @Roles('hr_adviser')
  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @UseInterceptors(
    FileInterceptor('file', {
      dest: tmpdir(),
      defParamCharset: 'latin1',
      limits: {
        fileSize: REGISTER_UPLOAD_MAX_BYTES,
        files: 1,
        fields: 5,
      },
      fileFilter: (_request, file, accept) => {
        const extension = extname(file.originalname).toLowerCase();
        if (extension === '.csv' || extension === '.xlsx') accept(null, true);
        else
          accept(
            fileProblem('file must be a .csv or .xlsx register file'),
            false,
          );
      },
    }),
  )
  upload(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: UploadedRegisterFile | undefined,
  ): Promise<RegisterImportDto> {
    return this.imports.upload(actor, file);
  }

  @Roles('hr_adviser')
  @Get()
  list(@CurrentActor() actor: Actor): Promise<RegisterImportDto[]> {
    return this.imports.list(actor);
  }

  @Roles('hr_adviser')
  @Get(':id')
  read(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
  ): Promise<RegisterImportDto> {
    return this.imports.read(actor, id);
  }

  @Roles('hr_adviser')
  @Get(':id/errors')
  errors(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Query() query: RegisterImportErrorsQueryDto,
  ): Promise<RegisterImportErrorPage> {
    return this.imports.errors(actor, id, query.page, query.pageSize);
  }

  @Roles('hr_adviser')
  @Get(':id/report.csv')
  @ApiProduces('text/csv')
  async report(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
  ): Promise<StreamableFile> {
    return new StreamableFile(await this.imports.reportCsv(actor, id), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="register-import-${id}-errors.csv"`,
    });
  }
}
