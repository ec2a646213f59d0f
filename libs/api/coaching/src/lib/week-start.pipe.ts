import { Injectable, PipeTransform } from '@nestjs/common';
import { isMonday } from '@jcw/shared-domain';
import { RequestValidationException } from '@jcw/api-platform';

/** The `:weekStart` path parameter: an ISO date that is a Monday, or 400 naming the field. */
@Injectable()
export class WeekStartPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isMonday(value)) {
      throw new RequestValidationException([
        {
          field: 'weekStart',
          message: 'weekStart must be a Monday written YYYY-MM-DD',
        },
      ]);
    }
    return value;
  }
}
