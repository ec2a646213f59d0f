import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { OrganisationQuotaYearDto } from '@jcw/shared-contracts';
import {
  organisationQuotaYearUrl,
  QUOTA_URL,
  quotaParametersUrl,
} from './quota.api';
import { QuotaAdminStore } from './quota-admin.store';
import {
  AN_ORGANISATION_ID,
  quotaParameters,
} from '@jcw/shared-contracts/testing';

function aYear(
  overrides: Partial<OrganisationQuotaYearDto> = {},
): OrganisationQuotaYearDto {
  return {
    organisationId: AN_ORGANISATION_ID,
    year: 2026,
    totalPaidHours: null,
    paidHoursSource: null,
    explicitTargetJobs: null,
    note: null,
    updatedAt: null,
    ...overrides,
  };
}

describe('QuotaAdminStore', () => {
  let store: QuotaAdminStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        QuotaAdminStore,
      ],
    });
    store = TestBed.inject(QuotaAdminStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the years newest first and shows a saved year in its place', async () => {
    store.loadParameters();
    http
      .expectOne(QUOTA_URL.parameters)
      .flush([
        quotaParameters({ year: 2025 }),
        quotaParameters({ year: 2026, toConfirm: true }),
      ]);
    expect(store.parameters().map((row) => row.year)).toEqual([2026, 2025]);

    const saving = store.saveParameters(2026, {
      quotaFraction: 0.0193,
      levyPerUnfilledJob: 5000,
      weeksPerYear: 52,
      thresholdPaidHours: 40575,
      procurementCounts: false,
      sourceNote: 'Staatscourant 2025, 12345',
      toConfirm: false,
    });
    const request = http.expectOne(quotaParametersUrl(2026));
    expect(request.request.method).toBe('PUT');
    expect(request.request.body.quotaFraction).toBe(0.0193);
    request.flush(quotaParameters({ year: 2026, toConfirm: false }));
    await saving;

    expect(store.parameters().map((row) => [row.year, row.toConfirm])).toEqual([
      [2026, false],
      [2025, false],
    ]);
  });

  it('saves the organisation’s paid hours and target of the year on screen', async () => {
    store.loadOrganisationYear(AN_ORGANISATION_ID, 2026);
    http
      .expectOne(organisationQuotaYearUrl(AN_ORGANISATION_ID, 2026))
      .flush(aYear());

    const saving = store.saveOrganisationYear({
      totalPaidHours: 1_000_000,
      explicitTargetJobs: null,
      note: null,
    });
    const request = http.expectOne(
      organisationQuotaYearUrl(AN_ORGANISATION_ID, 2026),
    );
    expect(request.request.method).toBe('PUT');
    request.flush(
      aYear({ totalPaidHours: 1_000_000, paidHoursSource: 'entered' }),
    );
    await saving;

    expect(store.organisationYear()?.totalPaidHours).toBe(1_000_000);
  });

  it('imports a payroll CSV as text and takes over the summed hours', async () => {
    store.loadOrganisationYear(AN_ORGANISATION_ID, 2026);
    http
      .expectOne(organisationQuotaYearUrl(AN_ORGANISATION_ID, 2026))
      .flush(aYear());

    const csv = 'medewerker;verloonde_uren\n1;600000\n2;400000\n';
    const importing = store.importPayroll(csv);
    const request = http.expectOne(
      `${organisationQuotaYearUrl(AN_ORGANISATION_ID, 2026)}/payroll`,
    );
    expect(request.request.body).toEqual({ csv });
    const year = aYear({
      totalPaidHours: 1_000_000,
      paidHoursSource: 'payroll_import',
    });
    request.flush({ rows: 2, totalPaidHours: 1_000_000, year });

    expect(await importing).toMatchObject({ ok: true, value: { rows: 2 } });
    expect(store.organisationYear()).toEqual(year);
  });

  it('rebuilds the counter and keeps the result to show', async () => {
    const rebuilding = store.rebuild();
    expect(store.rebuilding()).toBe(true);
    http.expectOne(QUOTA_URL.rebuild).flush({
      ledgerEntries: 12,
      counterRows: 40,
      differences: 0,
      durationMs: 85,
    });
    await rebuilding;

    expect(store.rebuilding()).toBe(false);
    expect(store.rebuildResult()?.differences).toBe(0);
  });
});
