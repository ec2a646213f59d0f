import { TestBed } from '@angular/core/testing';
import { HealthResponse } from '@jcw/shared-contracts';
import { aHealthReport } from '@jcw/shared-contracts/testing';
import { testTranslations } from '../../testing/test-translations';
import { HealthCheckList } from './health-check-list';

async function renderReport(report: HealthResponse): Promise<HTMLElement> {
  TestBed.configureTestingModule({
    imports: [HealthCheckList, testTranslations('nl')],
  });
  const fixture = TestBed.createComponent(HealthCheckList);
  fixture.componentRef.setInput('health', report);
  fixture.componentRef.setInput('language', 'nl');
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

function rowText(list: HTMLElement, part: string): string {
  const row = Array.from(list.querySelectorAll('tbody tr')).find(
    (tr) => tr.querySelector('th')?.textContent?.trim() === part,
  );
  return row?.textContent?.replace(/\s+/g, ' ') ?? '';
}

describe('HealthCheckList', () => {
  it('lists database, Redis and worker with their status in words', async () => {
    const list = await renderReport(aHealthReport().build());

    expect(rowText(list, 'Database')).toContain('In orde');
    expect(rowText(list, 'Redis')).toContain('In orde');
    expect(rowText(list, 'Worker')).toContain('In orde');
    expect(list.querySelector('.overall')?.textContent).toContain(
      'Alles werkt',
    );
  });

  it('shows how fast the database answered', async () => {
    const list = await renderReport(aHealthReport().build());
    expect(rowText(list, 'Database')).toContain('Reactietijd 3 ms');
  });

  it('shows why the database is down', async () => {
    const list = await renderReport(
      aHealthReport().withDatabaseDown('timeout').build(),
    );

    expect(rowText(list, 'Database')).toContain('Niet bereikbaar');
    expect(rowText(list, 'Database')).toContain('Oorzaak: timeout');
    expect(list.querySelector('.overall')?.textContent).toContain('Storing');
  });

  it('shows when the worker was last seen', async () => {
    const list = await renderReport(aHealthReport().build());
    expect(rowText(list, 'Worker')).toMatch(/Laatste hartslag 12 mei 2025/);
  });

  it('says so when no worker heartbeat was received', async () => {
    const list = await renderReport(aHealthReport().withoutWorker().build());

    expect(rowText(list, 'Worker')).toContain('Niet bereikbaar');
    expect(rowText(list, 'Worker')).toContain('Geen hartslag ontvangen');
    expect(list.querySelector('.overall')?.textContent).toContain(
      'Beperkt beschikbaar',
    );
  });
});
