import { computed, inject, Injectable } from '@angular/core';
import { NotificationListDto } from '@jcw/shared-contracts';
import { Outcome } from '@jcw/web-shared-util';
import { ValueState } from '../carving/value-state';
import { MatchingApi } from './matching.api';

/**
 * "Meldingen": the signed-in user's own notifications, newest first, and marking one as read
 * (which the list shows straight away, with the unread count one lower).
 */
@Injectable()
export class NotificationsStore {
  private readonly api = inject(MatchingApi);
  private readonly state = new ValueState<NotificationListDto>();

  readonly notifications = computed(() =>
    [...(this.state.value()?.items ?? [])].sort((a, b) =>
      b.createdAt.localeCompare(a.createdAt),
    ),
  );
  readonly unread = computed(() => this.state.value()?.unread ?? 0);
  readonly loaded = computed(() => this.state.value() !== null);
  readonly loading = this.state.loading;
  readonly error = this.state.error;
  readonly saving = this.state.saving;

  load(): void {
    this.state.load(this.api.notifications(), true);
  }

  markRead(id: string, now = new Date()): Promise<Outcome<void>> {
    return this.state.save(this.api.markNotificationRead(id), (list) => {
      if (!list) return list;
      const target = list.items.find((each) => each.id === id);
      if (!target || target.readAt !== null) return list;
      return {
        unread: Math.max(0, list.unread - 1),
        items: list.items.map((each) =>
          each.id === id ? { ...each, readAt: now.toISOString() } : each,
        ),
      };
    });
  }
}
