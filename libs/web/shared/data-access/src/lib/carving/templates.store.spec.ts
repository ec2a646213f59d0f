import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CARVING_URL, templateUrl } from './carving.api';
import { TemplatesStore } from './templates.store';
import { aPackage, aTemplate } from './testing';

describe('TemplatesStore', () => {
  let store: TemplatesStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        TemplatesStore,
      ],
    });
    store = TestBed.inject(TemplatesStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks only for the filters that are filled in', () => {
    store.load({ sector: 'gemeenten', q: '  post ' });
    const request = http.expectOne(
      (each) => each.url === CARVING_URL.templates,
    );
    expect(request.request.params.get('sector')).toBe('gemeenten');
    expect(request.request.params.get('q')).toBe('post');
    request.flush([aTemplate()]);

    store.load({ sector: null, q: '' });
    const unfiltered = http.expectOne(CARVING_URL.templates);
    expect(unfiltered.request.params.keys()).toEqual([]);
    unfiltered.flush([]);
    expect(store.templates()).toEqual([]);
  });

  it('keeps the reason when the gallery cannot be read', () => {
    store.load();
    http
      .expectOne(CARVING_URL.templates)
      .flush(
        { code: 'INTERNAL', message: 'Boom' },
        { status: 500, statusText: 'Server Error' },
      );
    expect(store.error()).toMatchObject({ status: 500 });
    expect(store.loading()).toBe(false);
  });

  it('drafts a package from a template in the function picked', async () => {
    const template = aTemplate();
    const instantiating = store.instantiate(template.id, {
      functionId: 'f-1',
    });
    const request = http.expectOne({
      method: 'POST',
      url: `${templateUrl(template.id)}/instantiate`,
    });
    expect(request.request.body).toEqual({ functionId: 'f-1' });
    const pkg = aPackage();
    request.flush(pkg);

    expect(await instantiating).toEqual({ ok: true, value: pkg });
  });
});
