import { TestBed } from '@angular/core/testing';
import { HealthCheckStatus, OverallHealthStatus } from '@jcw/shared-contracts';
import { testTranslations } from '../../testing/test-translations';
import { StatusBadge, StatusBadgeScope } from './status-badge';

async function renderBadge(
  status: HealthCheckStatus | OverallHealthStatus,
  { scope = 'check' as StatusBadgeScope, lang = 'nl' as 'nl' | 'en' } = {},
): Promise<HTMLElement> {
  TestBed.configureTestingModule({
    imports: [StatusBadge, testTranslations(lang)],
  });
  const fixture = TestBed.createComponent(StatusBadge);
  fixture.componentRef.setInput('status', status);
  fixture.componentRef.setInput('scope', scope);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('StatusBadge', () => {
  it.each([
    ['up', 'In orde'],
    ['down', 'Niet bereikbaar'],
  ] as const)('says in words that a part is %s: "%s"', async (status, text) => {
    const badge = await renderBadge(status);
    expect(badge.textContent).toContain(text);
  });

  it.each([
    ['up', 'Up'],
    ['down', 'Down'],
  ] as const)('says "%s" as "%s" in English', async (status, text) => {
    const badge = await renderBadge(status, { lang: 'en' });
    expect(badge.querySelector('.label')?.textContent?.trim()).toBe(text);
  });

  it.each([
    ['ok', 'Alles werkt'],
    ['degraded', 'Beperkt beschikbaar'],
    ['down', 'Storing'],
  ] as const)(
    'describes the whole system as %s with "%s"',
    async (status, text) => {
      const badge = await renderBadge(status, { scope: 'overall' });
      expect(badge.textContent).toContain(text);
    },
  );

  it('hides the symbol from screen readers because the words already carry the meaning', async () => {
    const badge = await renderBadge('down');
    expect(badge.querySelector('.symbol')?.getAttribute('aria-hidden')).toBe(
      'true',
    );
  });
});
