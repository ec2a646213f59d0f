import { Role, ROLES, SessionUser } from '@jcw/shared-contracts';
import { hasRole } from '@jcw/web-shared-data-access';

/**
 * Who may open which part of the app. The menu and the routes' `roleGuard`s both read this one
 * table, so a menu item can never lead to a page that then refuses the same user.
 * Deny by default: a page is open to exactly the roles listed, and a user with none sees nothing.
 */
export const ACCESS = {
  home: ROLES,
  status: ROLES,
  candidates: ['hr_adviser', 'jobcoach'],
  candidateCreate: ['hr_adviser'],
  candidateProfile: ['hr_adviser', 'jobcoach'],
  /** Register imports and erasure; a jobcoach keeps profiles current but adds nobody. */
  candidateImport: ['hr_adviser'],
  candidateErase: ['hr_adviser'],
  /** The coach's dashboard; hr advisers see every coached candidate of the organisation. */
  coaching: ['hr_adviser', 'jobcoach'],
  functions: ['hr_adviser', 'manager'],
  packages: ['hr_adviser', 'manager'],
  templates: ['hr_adviser', 'manager'],
  /** The unit scan; managers read earlier scans, only hr advisers fill in the form. */
  unitScan: ['hr_adviser', 'manager'],
  /** Creating and changing functions, tasks, packages and templates; managers only read. */
  carvingWrite: ['hr_adviser'],
  /** Recording placements, their hours and their end; every change writes the quota ledger. */
  placements: ['hr_adviser'],
  /** A package's ranked candidates, near misses and carving feedback; proposing; the spotlight. */
  matching: ['hr_adviser'],
  /** Advisers follow every proposal; managers decide on those for their units (their inbox). */
  proposals: ['hr_adviser', 'manager'],
  /** Accepting (which creates the placement) and rejecting: the manager of the unit. */
  proposalDecide: ['manager'],
  teamAssignment: ['hr_adviser'],
  /** In-app notifications: every role that belongs to an organisation. */
  notifications: ['admin', 'hr_adviser', 'jobcoach', 'manager', 'coordinator'],
  /** The quota counter: advisers and admins of their own organisation, coordinators of any. */
  quota: ['admin', 'hr_adviser', 'coordinator'],
  /** The legal figures per year and rebuilding the counter (both also platform-wide, so the
   * superadmin too); the organisation's own paid hours only show to its admin. */
  quotaAdmin: ['admin', 'superadmin'],
  units: ['admin'],
  users: ['admin'],
  audit: ['admin'],
  organisations: ['superadmin'],
} as const satisfies Record<string, readonly Role[]>;

export interface NavItem {
  path: string;
  /** Translation key of the link text (also the page's title). */
  labelKey: string;
  roles: readonly Role[];
  /** Active only on exactly this path (the home page would otherwise match every page). */
  exact?: boolean;
}

/** The main menu in display order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.home', roles: ACCESS.home, exact: true },
  { path: '/status', labelKey: 'nav.status', roles: ACCESS.status },
  {
    path: '/meldingen',
    labelKey: 'nav.notifications',
    roles: ACCESS.notifications,
  },
  { path: '/kandidaten', labelKey: 'nav.candidates', roles: ACCESS.candidates },
  { path: '/coaching', labelKey: 'nav.coaching', roles: ACCESS.coaching },
  { path: '/functies', labelKey: 'nav.functions', roles: ACCESS.functions },
  { path: '/pakketten', labelKey: 'nav.packages', roles: ACCESS.packages },
  { path: '/sjablonen', labelKey: 'nav.templates', roles: ACCESS.templates },
  { path: '/eenheidsscan', labelKey: 'nav.unitScan', roles: ACCESS.unitScan },
  {
    path: '/teamindeling',
    labelKey: 'nav.teamAssignment',
    roles: ACCESS.teamAssignment,
  },
  { path: '/voorstellen', labelKey: 'nav.proposals', roles: ACCESS.proposals },
  {
    path: '/plaatsingen',
    labelKey: 'nav.placements',
    roles: ACCESS.placements,
  },
  { path: '/quotum', labelKey: 'nav.quota', roles: ACCESS.quota },
  { path: '/beheer/eenheden', labelKey: 'nav.units', roles: ACCESS.units },
  { path: '/beheer/gebruikers', labelKey: 'nav.users', roles: ACCESS.users },
  { path: '/beheer/audit', labelKey: 'nav.audit', roles: ACCESS.audit },
  {
    path: '/beheer/quotum',
    labelKey: 'nav.quotaAdmin',
    roles: ACCESS.quotaAdmin,
  },
  {
    path: '/beheer/organisaties',
    labelKey: 'nav.organisations',
    roles: ACCESS.organisations,
  },
];

/** The menu items `user` may see; none when nobody is signed in. */
export function navItemsFor(user: SessionUser | null): NavItem[] {
  return NAV_ITEMS.filter((item) => hasRole(user, ...item.roles));
}
