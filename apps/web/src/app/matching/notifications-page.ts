import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NotificationDto } from '@jcw/shared-contracts';
import { NotificationsStore } from '@jcw/web-shared-data-access';
import { ErrorAlert } from '@jcw/web-shared-ui';
import { ApiFailure, formatDateTime } from '@jcw/web-shared-util';
import { Announcement } from '../admin/announcement';
import { LanguagePreference } from '../i18n/language-preference';
import { formatScore } from './matching-format';

/**
 * "Meldingen" (every organisation user): their own notifications, newest first - the weekly
 * candidate spotlight with the best pseudonyms per package, and proposals received or decided,
 * each with a link to the proposal - and "markeer als gelezen" per notification.
 */
@Component({
  selector: 'jcw-notifications-page',
  imports: [ErrorAlert, MatButtonModule, RouterLink, TranslocoPipe],
  providers: [NotificationsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notifications-page.html',
  styleUrls: ['../admin/admin-page.scss', './matching.scss'],
  styles: `
    .notifications {
      margin: 0;
      padding: 0;
      list-style: none;
      max-width: 48rem;
    }
    .notification {
      padding: 0.5rem 1rem 1rem;
      margin-block-end: 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 4px;
    }
    .notification--unread {
      border-inline-start: 4px solid var(--mat-sys-primary);
    }
    .notification h2 {
      margin: 0.5rem 0;
    }
    .notification h3 {
      margin: 0.75rem 0 0.25rem;
      font: var(--mat-sys-title-small);
    }
  `,
})
export class NotificationsPage {
  protected readonly store = inject(NotificationsStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly announcement = signal<Announcement | null>(null);
  protected readonly failure = signal<ApiFailure | null>(null);

  constructor() {
    this.store.load();
  }

  protected dateTime(iso: string): string {
    return formatDateTime(iso, this.language());
  }

  protected score(value: number): string {
    return formatScore(value, this.language());
  }

  /** The heading of a notification: what it is about, in one line. */
  protected title(notification: NotificationDto): Announcement {
    switch (notification.kind) {
      case 'candidate_spotlight':
        return {
          key: 'matching.notifications.spotlightTitle',
          params: { week: notification.week ?? '' },
        };
      case 'proposal_received':
        return {
          key: 'matching.notifications.receivedTitle',
          params: { package: notification.packageTitle ?? '' },
        };
      case 'proposal_decided':
        return {
          key: `matching.notifications.decided.${notification.proposalStatus ?? 'proposed'}`,
          params: { package: notification.packageTitle ?? '' },
        };
    }
  }

  protected async markRead(notification: NotificationDto): Promise<void> {
    if (this.store.saving()) return;
    this.announcement.set(null);
    this.failure.set(null);
    const outcome = await this.store.markRead(notification.id);
    if (!outcome.ok) {
      this.failure.set(outcome.failure);
      return;
    }
    this.announcement.set({ key: 'matching.notifications.marked' });
    // The button is gone with the unread state: the notification's heading takes the focus.
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>(`#notification-${notification.id}`)
          ?.focus(),
      { injector: this.injector },
    );
  }
}
