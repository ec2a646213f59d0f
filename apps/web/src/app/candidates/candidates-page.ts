import {
  ChangeDetectionStrategy,
  Component,
  inject,
  OnInit,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore, CandidatesStore } from '@jcw/web-shared-data-access';
import { ErrorAlert } from '@jcw/web-shared-ui';
import { LanguagePreference } from '../i18n/language-preference';
import { ACCESS } from '../navigation';

/** "Kandidaten": the candidates the user may see, with how far each profile is filled in. */
@Component({
  selector: 'jcw-candidates-page',
  imports: [ErrorAlert, MatButtonModule, RouterLink, TranslocoPipe],
  providers: [CandidatesStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './candidates-page.html',
  styleUrl: '../admin/admin-page.scss',
})
export class CandidatesPage implements OnInit {
  protected readonly store = inject(CandidatesStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly auth = inject(AuthStore);

  /** Only those who may open the create form see the way to it. */
  protected readonly mayCreate = this.auth.hasRole(...ACCESS.candidateCreate);

  ngOnInit(): void {
    this.store.load();
  }
}
