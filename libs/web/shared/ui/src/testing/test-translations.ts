import { TranslocoTestingModule } from '@jsverse/transloco';

/**
 * The few texts these components use, in both languages. The app's real files live in
 * apps/web/public/i18n; a library cannot depend on an app, so the tests carry their own copy
 * of just these keys.
 */
const nl = {
  health: {
    badge: {
      check: { up: 'In orde', down: 'Niet bereikbaar' },
      overall: {
        ok: 'Alles werkt',
        degraded: 'Beperkt beschikbaar',
        down: 'Storing',
      },
    },
    overall: { label: 'Algemene status:' },
    explanation: {
      ok: 'Alle onderdelen werken.',
      degraded: 'Achtergrondtaken wachten.',
      down: 'Geen gegevens beschikbaar.',
    },
    check: { database: 'Database', redis: 'Redis', worker: 'Worker' },
    checkedAt: 'Gecontroleerd op {{time}}',
    version: 'versie {{version}}',
    table: {
      caption: 'Onderdelen',
      part: 'Onderdeel',
      status: 'Status',
      details: 'Toelichting',
    },
    latency: 'Reactietijd {{ms}} ms',
    reason: 'Oorzaak: {{reason}}',
    lastHeartbeat: 'Laatste hartslag {{time}}',
    noHeartbeat: 'Geen hartslag ontvangen',
    instances: 'Actieve processen: {{count}}',
  },
};

const en: typeof nl = {
  health: {
    badge: {
      check: { up: 'Up', down: 'Down' },
      overall: {
        ok: 'All systems working',
        degraded: 'Partly available',
        down: 'Outage',
      },
    },
    overall: { label: 'Overall status:' },
    explanation: {
      ok: 'Every part is working.',
      degraded: 'Background tasks wait.',
      down: 'No data available.',
    },
    check: { database: 'Database', redis: 'Redis', worker: 'Worker' },
    checkedAt: 'Checked at {{time}}',
    version: 'version {{version}}',
    table: {
      caption: 'Parts',
      part: 'Part',
      status: 'Status',
      details: 'Details',
    },
    latency: 'Response time {{ms}} ms',
    reason: 'Cause: {{reason}}',
    lastHeartbeat: 'Last heartbeat {{time}}',
    noHeartbeat: 'No heartbeat received',
    instances: 'Active processes: {{count}}',
  },
};

export function testTranslations(activeLang: 'nl' | 'en' = 'nl') {
  return TranslocoTestingModule.forRoot({
    langs: { nl, en },
    preloadLangs: true,
    translocoConfig: { availableLangs: ['nl', 'en'], defaultLang: activeLang },
  });
}
