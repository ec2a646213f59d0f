import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATCHING_URL, notificationReadUrl } from './matching.api';
import { NotificationsStore } from './notifications.store';
import { aNotification } from './testing';

describe('NotificationsStore', () => {
  let store: NotificationsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        NotificationsStore,
      ],
    });
    store = TestBed.inject(NotificationsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the own notifications newest first with the unread count', () => {
    store.load();
    http.expectOne(MATCHING_URL.notifications).flush({
      items: [
        aNotification({ id: 'old', createdAt: '2026-11-20T09:00:00.000Z' }),
        aNotification({ id: 'new', createdAt: '2026-11-23T09:00:00.000Z' }),
      ],
      unread: 2,
    });

    expect(store.notifications().map((each) => each.id)).toEqual([
      'new',
      'old',
    ]);
    expect(store.unread()).toBe(2);
  });

  it('marks one as read and counts one unread less', async () => {
    store.load();
    http.expectOne(MATCHING_URL.notifications).flush({
      items: [aNotification({ id: 'n1' }), aNotification({ id: 'n2' })],
      unread: 2,
    });

    const marking = store.markRead('n1', new Date('2026-11-24T10:00:00Z'));
    const request = http.expectOne(notificationReadUrl('n1'));
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await marking;

    expect(store.unread()).toBe(1);
    expect(store.notifications().find((each) => each.id === 'n1')?.readAt).toBe(
      '2026-11-24T10:00:00.000Z',
    );
  });

  it('leaves the list as it was when marking fails', async () => {
    store.load();
    http.expectOne(MATCHING_URL.notifications).flush({
      items: [aNotification({ id: 'n1' })],
      unread: 1,
    });

    const marking = store.markRead('n1');
    http
      .expectOne(notificationReadUrl('n1'))
      .flush(null, { status: 404, statusText: 'Not Found' });

    expect(await marking).toMatchObject({ ok: false });
    expect(store.unread()).toBe(1);
  });
});
