import {
  ChangeDetectionStrategy,
  Component,
  inject,
  OnInit,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { HealthStore } from '@jcw/web-shared-data-access';
import { HealthCheckList } from '@jcw/web-shared-ui';
import { LanguagePreference } from '../../i18n/language-preference';

/** "Systeemstatus": the API's health report with a way to check again. */
@Component({
  selector: 'jcw-status-page',
  imports: [HealthCheckList, MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './status-page.html',
  styleUrl: './status-page.scss',
})
export class StatusPage implements OnInit {
  protected readonly store = inject(HealthStore);
  protected readonly language = inject(LanguagePreference).active;

  ngOnInit(): void {
    this.store.load();
  }
}
