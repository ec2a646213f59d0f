import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { anAuditEntry } from '@jcw/shared-contracts/testing';
import { AuditStore } from './audit.store';
import { IDENTITY_URL } from './identity.api';

describe('AuditStore', () => {
  let store: AuditStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), AuditStore],
    });
    store = TestBed.inject(AuditStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const auditRequest = () =>
    http.expectOne((request) => request.url === IDENTITY_URL.audit);

  it('asks only for the filters that were filled in', () => {
    store.search({ action: 'auth.sign_in', entityType: '' });

    const request = auditRequest();
    expect(request.request.params.get('action')).toBe('auth.sign_in');
    expect(request.request.params.has('entityType')).toBe(false);
    expect(request.request.params.has('cursor')).toBe(false);
  });

  it('adds the next page below the first when "more" is asked for', () => {
    store.search({});
    auditRequest().flush({
      items: [anAuditEntry().build()],
      nextCursor: 'page-2',
    });
    expect(store.hasMore()).toBe(true);

    store.loadMore();
    const next = auditRequest();
    expect(next.request.params.get('cursor')).toBe('page-2');
    next.flush({ items: [anAuditEntry().build()], nextCursor: null });

    expect(store.entries()).toHaveLength(2);
    expect(store.hasMore()).toBe(false);
  });

  it('starts over when the filter changes', () => {
    store.search({});
    auditRequest().flush({ items: [anAuditEntry().build()], nextCursor: 'x' });

    store.search({ action: 'entity.deleted' });

    expect(store.entries()).toEqual([]);
    auditRequest().flush({ items: [], nextCursor: null });
  });

  it('keeps the entries already shown when the next page fails', () => {
    store.search({});
    auditRequest().flush({ items: [anAuditEntry().build()], nextCursor: 'x' });

    store.loadMore();
    auditRequest().error(new ProgressEvent('error'));

    expect(store.entries()).toHaveLength(1);
    expect(store.error()?.status).toBe(0);
  });
});
