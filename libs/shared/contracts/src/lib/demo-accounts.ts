import type { Role } from './identity.contract';

/**
 * The demo installation's sign-ins (DEMO_MODE only; the API refuses demo mode in production).
 * One source for the demo seed, the launcher's printout, the README and the e2e journeys.
 */
export const DEMO_PASSWORD = 'Werkbank-demo-2026';

export interface DemoAccount {
  role: Exclude<Role, 'superadmin'> | 'superadmin';
  email: string;
  displayName: string;
}

export const DEMO_ORGANISATION = {
  name: 'Ministerie van Voorbeeldzaken',
  sector: 'rijk',
  payrollTaxNumber: '812345678L01',
} as const;

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    role: 'admin',
    email: 'beheerder@voorbeeldzaken.nl',
    displayName: 'Anouk Beheer',
  },
  {
    role: 'hr_adviser',
    email: 'adviseur@voorbeeldzaken.nl',
    displayName: 'Hamza HR-advies',
  },
  {
    role: 'jobcoach',
    email: 'jobcoach@voorbeeldzaken.nl',
    displayName: 'Janneke Jobcoach',
  },
  {
    role: 'manager',
    email: 'manager@voorbeeldzaken.nl',
    displayName: 'Mark Manager',
  },
  {
    role: 'coordinator',
    email: 'coordinator@voorbeeldzaken.nl',
    displayName: 'Carmen Coördinator',
  },
  {
    role: 'superadmin',
    email: 'platform@jobcarving.example',
    displayName: 'Platformbeheer',
  },
];
