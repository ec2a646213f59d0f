import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  REGISTER_IMPORT_COLUMNS,
  RegisterImportDto,
} from '@jcw/shared-contracts';
import {
  IMPORT_ERRORS_PAGE_SIZE,
  RegisterImportStore,
} from '@jcw/web-shared-data-access';
import { ErrorAlert } from '@jcw/web-shared-ui';
import { ApiFailure, formatDateTime } from '@jcw/web-shared-util';
import { saveBlob } from '../carving/carving-format';
import { LanguagePreference } from '../i18n/language-preference';
import { Pager } from './pager';

/** Columns a register file must fill; the rest may be empty (see REGISTER_IMPORT_COLUMNS). */
const REQUIRED_COLUMNS = new Set([
  'bsn',
  'first_name',
  'last_name',
  'target_group',
  'register_start_date',
]);
const ACCEPTED = /\.(csv|xlsx)$/i;

/**
 * "Register importeren" (hr_adviser): upload a register file, watch its progress with live counts,
 * then page through the rows it refused and download them as CSV. Earlier imports are below.
 */
@Component({
  selector: 'jcw-register-import-page',
  imports: [
    ErrorAlert,
    MatButtonModule,
    MatProgressBarModule,
    Pager,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [RegisterImportStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './register-import-page.html',
  styleUrls: ['../admin/admin-page.scss', './register-import-page.scss'],
})
export class RegisterImportPage implements OnInit {
  protected readonly store = inject(RegisterImportStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly document = inject(DOCUMENT);

  protected readonly columns = REGISTER_IMPORT_COLUMNS.map((name) => ({
    name,
    required: REQUIRED_COLUMNS.has(name),
  }));
  protected readonly errorsPageSize = IMPORT_ERRORS_PAGE_SIZE;

  protected readonly file = signal<File | null>(null);
  /** 'fileRequired' | 'fileType': shown under the file input until a fitting file is chosen. */
  protected readonly fileProblem = signal<string | null>(null);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly downloadFailure = signal<ApiFailure | null>(null);

  /** What the live region says about the import on screen. */
  protected readonly progressMessage = computed(() => {
    const current = this.store.current();
    if (!current) return null;
    return {
      key: `candidates.import.announce.${current.status}`,
      params: counts(current),
    };
  });

  ngOnInit(): void {
    this.store.loadImports();
  }

  protected choose(event: Event): void {
    const input = event.target as HTMLInputElement;
    const chosen = input.files?.item(0) ?? null;
    this.file.set(chosen);
    this.fileProblem.set(
      chosen && !ACCEPTED.test(chosen.name) ? 'validation.fileType' : null,
    );
  }

  protected async upload(fileInput: HTMLInputElement): Promise<void> {
    if (this.store.uploading()) return;
    this.failure.set(null);
    const file = this.file();
    if (!file || !ACCEPTED.test(file.name)) {
      this.fileProblem.set(
        file ? 'validation.fileType' : 'validation.fileRequired',
      );
      fileInput.focus();
      return;
    }
    const outcome = await this.store.upload(file);
    if (!outcome.ok) {
      this.failure.set(outcome.failure);
      return;
    }
    this.file.set(null);
    fileInput.value = '';
  }

  protected open(dto: RegisterImportDto): void {
    this.downloadFailure.set(null);
    this.store.show(dto);
    this.document.getElementById('progress-heading')?.focus();
  }

  protected async downloadReport(): Promise<void> {
    const current = this.store.current();
    if (!current) return;
    this.downloadFailure.set(null);
    const outcome = await this.store.downloadReport();
    if (!outcome.ok) {
      this.downloadFailure.set(outcome.failure);
      return;
    }
    saveBlob(
      outcome.value,
      `${current.fileName.replace(/\.(csv|xlsx)$/i, '')}-fouten.csv`,
      this.document,
    );
  }

  protected dateTime(iso: string): string {
    return formatDateTime(iso, this.language());
  }

  protected counts(dto: RegisterImportDto) {
    return counts(dto);
  }
}

function counts(dto: RegisterImportDto) {
  return {
    processed: dto.processedRows,
    inserted: dto.insertedRows,
    updated: dto.updatedRows,
    unchanged: dto.unchangedRows,
    errors: dto.errorRows,
  };
}
