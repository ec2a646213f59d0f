import {
  ChangeDetectionStrategy,
  Component,
  inject,
  OnInit,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  PackageDto,
  Sector,
  SECTORS,
  TemplateDto,
} from '@jcw/shared-contracts';
import {
  AuthStore,
  FunctionsStore,
  TemplatesStore,
} from '@jcw/web-shared-data-access';
import { ErrorAlert } from '@jcw/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { LanguagePreference } from '../i18n/language-preference';
import { ACCESS } from '../navigation';
import { formatHours, formatJobUnits } from './carving-format';
import {
  UseTemplateDialog,
  UseTemplateDialogData,
} from './use-template-dialog';

/** "Sjablonen": example packages to search by text and sector and start a new package from. */
@Component({
  selector: 'jcw-templates-page',
  imports: [
    ErrorAlert,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  providers: [TemplatesStore, FunctionsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './templates-page.html',
  styleUrls: [
    '../admin/admin-page.scss',
    './carving.scss',
    './templates-page.scss',
  ],
})
export class TemplatesPage implements OnInit {
  protected readonly store = inject(TemplatesStore);
  private readonly functions = inject(FunctionsStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);

  protected readonly mayWrite = this.auth.hasRole(...ACCESS.carvingWrite);
  protected readonly sectors = SECTORS;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly filter = this.fb.group({
    q: [''],
    sector: this.fb.control<Sector | null>(null),
  });

  ngOnInit(): void {
    this.search();
    if (this.mayWrite) {
      this.functions.load();
    }
  }

  protected search(): void {
    this.store.load(this.filter.getRawValue());
  }

  protected hours(value: number): string {
    return formatHours(value, this.language());
  }

  protected jobUnits(value: number): string {
    return formatJobUnits(value, this.language());
  }

  protected async use(template: TemplateDto): Promise<void> {
    const pkg = await firstValueFrom(
      this.dialog
        .open<UseTemplateDialog, UseTemplateDialogData, PackageDto>(
          UseTemplateDialog,
          {
            data: {
              template,
              functions: this.functions.functions(),
              language: this.language(),
              instantiate: (request) =>
                this.store.instantiate(template.id, request),
            },
            width: '36rem',
          },
        )
        .afterClosed(),
    );
    if (pkg) {
      await this.router.navigate(['/pakketten', pkg.id]);
    }
  }
}
