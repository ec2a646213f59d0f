import {
  ChangeDetectionStrategy,
  Component,
  inject,
  OnInit,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PACKAGE_STATUSES, PackageStatus } from '@jcw/shared-contracts';
import { AuthStore, PackagesStore } from '@jcw/web-shared-data-access';
import { ErrorAlert } from '@jcw/web-shared-ui';
import { formatDate } from '@jcw/web-shared-util';
import { LanguagePreference } from '../i18n/language-preference';
import { ACCESS } from '../navigation';
import { formatHours, formatJobUnits } from './carving-format';

/** "Pakketten": the carved work packages, filterable by status. */
@Component({
  selector: 'jcw-packages-page',
  imports: [
    ErrorAlert,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [PackagesStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './packages-page.html',
  styleUrls: ['../admin/admin-page.scss', './carving.scss'],
})
export class PackagesPage implements OnInit {
  protected readonly store = inject(PackagesStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly auth = inject(AuthStore);

  protected readonly mayWrite = this.auth.hasRole(...ACCESS.carvingWrite);
  protected readonly statuses = PACKAGE_STATUSES;
  protected readonly status = inject(
    NonNullableFormBuilder,
  ).control<PackageStatus | null>(null);

  constructor() {
    this.status.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((status) => this.store.load(status));
  }

  ngOnInit(): void {
    this.store.load();
  }

  protected hours(value: number): string {
    return formatHours(value, this.language());
  }

  protected jobUnits(value: number): string {
    return formatJobUnits(value, this.language());
  }

  protected date(iso: string): string {
    return formatDate(iso, this.language());
  }
}
