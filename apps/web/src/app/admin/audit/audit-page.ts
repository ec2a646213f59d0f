import {
  ChangeDetectionStrategy,
  Component,
  inject,
  OnInit,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { AUDIT_ACTIONS, AuditEntryDto } from '@jcw/shared-contracts';
import { AuditStore, UsersStore } from '@jcw/web-shared-data-access';
import { ErrorAlert, FieldError } from '@jcw/web-shared-ui';
import { formatDateTime } from '@jcw/web-shared-util';
import { LanguagePreference } from '../../i18n/language-preference';
import { auditFilterForm, toAuditFilter } from './audit-filter';

/** "Auditlog": who did what and when, filtered, one page more at a time. */
@Component({
  selector: 'jcw-audit-page',
  imports: [
    ErrorAlert,
    FieldError,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  // The users fill the "done by" select; GET /users is open to the same admins.
  providers: [AuditStore, UsersStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-page.html',
  styleUrl: '../admin-page.scss',
})
export class AuditPage implements OnInit {
  protected readonly store = inject(AuditStore);
  protected readonly users = inject(UsersStore);
  protected readonly language = inject(LanguagePreference).active;

  protected readonly actions = AUDIT_ACTIONS;
  protected readonly form = auditFilterForm();

  ngOnInit(): void {
    this.store.search({});
    this.users.load();
  }

  protected apply(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.store.search(toAuditFilter(this.form.value));
  }

  protected clear(): void {
    this.form.reset();
    this.store.search({});
  }

  protected occurredAt(entry: AuditEntryDto): string {
    return formatDateTime(entry.occurredAt, this.language());
  }
}
