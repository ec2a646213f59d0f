import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  OnInit,
  signal,
  viewChild,
} from '@angular/core';
import {
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { UserDto } from '@jcw/shared-contracts';
import { UnitsStore, UsersStore } from '@jcw/web-shared-data-access';
import { ErrorAlert, FieldError } from '@jcw/web-shared-ui';
import { ApiFailure, flattenTree, formatDateTime } from '@jcw/web-shared-util';
import { focusFirstInvalid, showServerErrors } from '../../forms/form-errors';
import { LanguagePreference } from '../../i18n/language-preference';
import { Announcement } from '../announcement';
import { rolesForm, selectedRoles } from './roles-form';
import { RolesFieldset } from './roles-fieldset';
import { UserEditDialog, UserEditDialogData } from './user-edit-dialog';

/** The API's minimum; checked here too so the user hears about it before sending. */
export const MIN_PASSWORD_LENGTH = 12;

/** "Gebruikers": the organisation's users, adding one, and changing roles, unit and status. */
@Component({
  selector: 'jcw-users-page',
  imports: [
    ErrorAlert,
    FieldError,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    RolesFieldset,
    TranslocoPipe,
  ],
  providers: [UsersStore, UnitsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users-page.html',
  styleUrl: '../admin-page.scss',
})
export class UsersPage implements OnInit {
  protected readonly store = inject(UsersStore);
  protected readonly units = inject(UnitsStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly dialog = inject(MatDialog);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected readonly unitOptions = computed(() =>
    flattenTree(this.units.tree()),
  );
  private readonly unitNames = computed(
    () => new Map(this.units.units().map((unit) => [unit.id, unit.name])),
  );

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    email: ['', [Validators.required, Validators.email]],
    displayName: ['', Validators.required],
    password: [
      '',
      [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)],
    ],
    roles: rolesForm(),
    unitId: this.fb.control<string | null>(null),
  });
  protected readonly createFailure = signal<ApiFailure | null>(null);
  protected readonly announcement = signal<Announcement | null>(null);

  ngOnInit(): void {
    this.store.load();
    this.units.load();
  }

  protected unitName(unitId: string | null): string | null {
    return unitId === null ? null : (this.unitNames().get(unitId) ?? null);
  }

  protected lastSignIn(user: UserDto): string | null {
    return user.lastSignInAt
      ? formatDateTime(user.lastSignInAt, this.language())
      : null;
  }

  protected rolesInvalid(): boolean {
    const roles = this.form.controls.roles;
    return roles.invalid && (roles.touched || this.formDirective().submitted);
  }

  protected async create(): Promise<void> {
    if (this.store.saving()) {
      return;
    }
    this.createFailure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const { email, displayName, password, unitId } = this.form.getRawValue();
    const outcome = await this.store.create({
      email: email.trim(),
      displayName: displayName.trim(),
      password,
      roles: selectedRoles(this.form.controls.roles),
      unitId,
    });
    if (!outcome.ok) {
      const failure = outcome.failure;
      showServerErrors(this.form, failure.fieldErrors);
      if (failure.code === 'EMAIL_TAKEN') {
        this.form.controls.email.setErrors({ emailTaken: true });
      }
      this.createFailure.set(failure);
      return;
    }
    this.announcement.set({
      key: 'users.created',
      params: { name: outcome.value.displayName },
    });
    this.formDirective().resetForm();
  }

  protected edit(user: UserDto): void {
    this.dialog
      .open<UserEditDialog, UserEditDialogData, UserDto>(UserEditDialog, {
        data: {
          user,
          units: this.unitOptions(),
          language: this.language(),
          save: (request) => this.store.update(user.id, request),
        },
        width: '40rem',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) {
          this.announcement.set({
            key: 'users.saved',
            params: { name: saved.displayName },
          });
        }
      });
  }
}
