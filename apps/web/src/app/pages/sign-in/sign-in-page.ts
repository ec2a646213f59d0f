import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore, SIGN_IN_PATH } from '@jcw/web-shared-data-access';
import { ErrorAlert, FieldError } from '@jcw/web-shared-ui';
import { safeReturnUrl } from '@jcw/web-shared-util';
import { focusFirstInvalid } from '../../forms/form-errors';
import { LanguagePreference } from '../../i18n/language-preference';

/**
 * "Aanmelden": email and password. A refused sign-in gets one message whatever the reason, so the
 * page never reveals whether an email address has an account.
 */
@Component({
  selector: 'jcw-sign-in-page',
  imports: [
    ErrorAlert,
    FieldError,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.scss',
})
export class SignInPage {
  protected readonly auth = inject(AuthStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });

  protected async submit(): Promise<void> {
    if (this.auth.pending()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const { email, password } = this.form.getRawValue();
    if (await this.auth.signIn({ email: email.trim(), password })) {
      await this.router.navigateByUrl(this.destination());
    }
  }

  private destination(): string {
    const returnUrl = safeReturnUrl(
      this.route.snapshot.queryParamMap.get('returnUrl'),
    );
    // Coming back to the sign-in page itself would look as if signing in did nothing.
    return returnUrl && !returnUrl.startsWith(SIGN_IN_PATH) ? returnUrl : '/';
  }
}
