import { TranslocoTestingModule } from '@jsverse/transloco';

/**
 * The few texts these components use, in both languages. The app's real files live in
 * apps/web/public/i18n; a library cannot depend on an app, so the tests carry their own copy
 * of just these keys.
 */
const nl = {
  errors: {
    code: {
      INVALID_CREDENTIALS: 'Het e-mailadres of het wachtwoord klopt niet.',
      TOO_MANY_REQUESTS: 'Probeer het om {{time}} opnieuw.',
      UNIT_NOT_EMPTY:
        'Deze eenheid heeft nog onderliggende eenheden of gebruikers.',
      EMAIL_TAKEN: 'Dit e-mailadres is al in gebruik.',
      PAYROLL_TAX_NUMBER_TAKEN: 'Loonheffingennummer al in gebruik.',
      UNIT_CYCLE: 'Niet onder zichzelf.',
      INVALID_ROLES: 'Rollen niet toegestaan.',
      VALIDATION_FAILED: 'Niet alles is goed ingevuld.',
      CANDIDATE_EXISTS: 'Deze kandidaat staat al in het register.',
      TASK_OVER_ALLOCATED:
        'Pakketten nemen samen meer uren van een taak dan die taak heeft.',
      PACKAGE_NOT_EDITABLE: 'Dit pakket kan niet meer worden gewijzigd.',
      PACKAGE_INVALID:
        'Het pakket voldoet niet aan de regels voor een gecarfde baan.',
      TASK_IN_USE: 'Pakketten gebruiken deze taak nog.',
      INVALID_TRANSITION: 'Het pakket kan niet naar deze status.',
    },
    tooManyRequestsLater: 'Wacht een paar minuten.',
    unreachable: 'De server is niet bereikbaar.',
    sessionExpired: 'Uw sessie is verlopen.',
    forbidden: 'Geen toestemming.',
    notFound: 'Bestaat niet.',
    unexpected: 'Er ging iets mis.',
  },
  common: {
    save: 'Opslaan',
    saving: 'Bezig met opslaan…',
    cancel: 'Annuleren',
  },
  validation: {
    required: '{{field}} is verplicht.',
    email: 'Vul een geldig e-mailadres in.',
    minlength: 'Gebruik minstens {{length}} tekens.',
    maxlength: 'Gebruik hoogstens {{length}} tekens.',
    pattern: 'Dit formaat klopt niet.',
    rolesRequired: 'Kies minstens één rol.',
  },
  units: {
    kind: { directorate: 'Directie', department: 'Afdeling', team: 'Team' },
    tree: {
      addUnder: 'Eenheid toevoegen',
      addUnderLabel: 'Eenheid toevoegen onder {{name}}',
      rename: 'Naam wijzigen',
      renameLabel: 'Naam wijzigen van {{name}}',
      remove: 'Verwijderen',
      removeLabel: '{{name}} verwijderen',
      empty: 'Er zijn nog geen eenheden.',
    },
    remove: { failed: 'De eenheid is niet verwijderd.' },
  },
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
  errors: {
    code: {
      INVALID_CREDENTIALS: 'The email address or password is incorrect.',
      TOO_MANY_REQUESTS: 'Please try again at {{time}}.',
      UNIT_NOT_EMPTY: 'This unit still has units or users below it.',
      EMAIL_TAKEN: 'This email address is already in use.',
      PAYROLL_TAX_NUMBER_TAKEN: 'Payroll tax number already in use.',
      UNIT_CYCLE: 'Not under itself.',
      INVALID_ROLES: 'Roles not allowed.',
      VALIDATION_FAILED: 'Not everything was filled in correctly.',
      CANDIDATE_EXISTS: 'This candidate is already in the register.',
      TASK_OVER_ALLOCATED:
        'Packages together would take more hours from a task than it has.',
      PACKAGE_NOT_EDITABLE: 'This package can no longer be changed.',
      PACKAGE_INVALID: 'The package breaks a rule for a carved job.',
      TASK_IN_USE: 'Packages still use this task.',
      INVALID_TRANSITION: 'The package cannot move to this status.',
    },
    tooManyRequestsLater: 'Wait a few minutes.',
    unreachable: 'The server cannot be reached.',
    sessionExpired: 'Your session has expired.',
    forbidden: 'Not allowed.',
    notFound: 'Does not exist.',
    unexpected: 'Something went wrong.',
  },
  common: { save: 'Save', saving: 'Saving…', cancel: 'Cancel' },
  validation: {
    required: '{{field}} is required.',
    email: 'Enter a valid email address.',
    minlength: 'Use at least {{length}} characters.',
    maxlength: 'Use no more than {{length}} characters.',
    pattern: 'This format is not valid.',
    rolesRequired: 'Choose at least one role.',
  },
  units: {
    kind: {
      directorate: 'Directorate',
      department: 'Department',
      team: 'Team',
    },
    tree: {
      addUnder: 'Add unit',
      addUnderLabel: 'Add unit under {{name}}',
      rename: 'Rename',
      renameLabel: 'Rename {{name}}',
      remove: 'Delete',
      removeLabel: 'Delete {{name}}',
      empty: 'There are no units yet.',
    },
    remove: { failed: 'The unit was not deleted.' },
  },
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
