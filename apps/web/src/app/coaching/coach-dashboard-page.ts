import {
  ChangeDetectionStrategy,
  Component,
  inject,
  OnInit,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { RiskSignal } from '@jcw/shared-contracts';
import { CoachDashboardStore } from '@jcw/web-shared-data-access';
import { ErrorAlert } from '@jcw/web-shared-ui';
import { formatDate } from '@jcw/web-shared-util';
import { LanguagePreference } from '../i18n/language-preference';
import { signalText } from './signal-text';

/**
 * "Jobcoaching": the coach's candidates, those at risk first with the signals in words and the
 * suggestion to discuss a switch place, then the last contact and the next evaluation due.
 */
@Component({
  selector: 'jcw-coach-dashboard-page',
  imports: [ErrorAlert, RouterLink, TranslocoPipe],
  providers: [CoachDashboardStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './coach-dashboard-page.html',
  styleUrls: ['../admin/admin-page.scss', './coaching.scss'],
})
export class CoachDashboardPage implements OnInit {
  protected readonly store = inject(CoachDashboardStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly transloco = inject(TranslocoService);

  ngOnInit(): void {
    this.store.load();
  }

  protected signal(signal: RiskSignal): string {
    return signalText(signal, this.transloco, this.language());
  }

  protected date(iso: string): string {
    return formatDate(iso, this.language());
  }
}
