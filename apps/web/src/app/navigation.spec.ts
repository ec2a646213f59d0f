import { Role } from '@jcw/shared-contracts';
import { aSessionUser } from '../testing/session';
import { ACCESS, navItemsFor } from './navigation';

const menuOf = (...roles: Role[]) =>
  navItemsFor(
    aSessionUser()
      .withRoles(...roles)
      .build(),
  ).map((item) => item.path);

const EVERYONE = ['/', '/status'];
/** Every role that belongs to an organisation also gets its notifications. */
const ORGANISATION = [...EVERYONE, '/meldingen'];
const CANDIDATES = ['/kandidaten', '/coaching'];
const CARVING = ['/functies', '/pakketten', '/sjablonen', '/eenheidsscan'];
const ADMIN = [
  '/beheer/eenheden',
  '/beheer/gebruikers',
  '/beheer/audit',
  '/beheer/quotum',
];

describe('the main menu per role', () => {
  it('shows the admin Overzicht, Systeemstatus, Meldingen, Quotum, Eenheden, Gebruikers, Auditlog and Quotumbeheer', () => {
    expect(menuOf('admin')).toEqual([...ORGANISATION, '/quotum', ...ADMIN]);
  });

  it('shows the superadmin Overzicht, Systeemstatus, Quotumbeheer and Organisaties', () => {
    expect(menuOf('superadmin')).toEqual([
      ...EVERYONE,
      '/beheer/quotum',
      '/beheer/organisaties',
    ]);
  });

  it('shows an hr adviser Meldingen, Kandidaten, Jobcoaching, the carving pages, Teamindeling, Voorstellen, Plaatsingen and Quotum', () => {
    expect(menuOf('hr_adviser')).toEqual([
      ...ORGANISATION,
      ...CANDIDATES,
      ...CARVING,
      '/teamindeling',
      '/voorstellen',
      '/plaatsingen',
      '/quotum',
    ]);
  });

  it('shows a jobcoach Overzicht, Systeemstatus, Meldingen, Kandidaten and Jobcoaching', () => {
    expect(menuOf('jobcoach')).toEqual([...ORGANISATION, ...CANDIDATES]);
  });

  it('shows a manager the carving pages to read, Voorstellen (their inbox) and Meldingen', () => {
    expect(menuOf('manager')).toEqual([
      ...ORGANISATION,
      ...CARVING,
      '/voorstellen',
    ]);
  });

  it('shows a coordinator Overzicht, Systeemstatus, Meldingen and Quotum', () => {
    expect(menuOf('coordinator')).toEqual([...ORGANISATION, '/quotum']);
  });

  it('lets only the hr adviser see matched candidates, assign teams and propose, and only managers decide', () => {
    expect(ACCESS.matching).toEqual(['hr_adviser']);
    expect(ACCESS.teamAssignment).toEqual(['hr_adviser']);
    expect(ACCESS.proposals).toEqual(['hr_adviser', 'manager']);
    expect(ACCESS.proposalDecide).toEqual(['manager']);
    expect(ACCESS.notifications).not.toContain('superadmin');
  });

  it('lets only the hr adviser record placements, and only admins change the quota figures', () => {
    expect(ACCESS.placements).toEqual(['hr_adviser']);
    expect(ACCESS.quotaAdmin).toEqual(['admin', 'superadmin']);
    expect(ACCESS.quota).not.toContain('manager');
    expect(ACCESS.quota).not.toContain('jobcoach');
  });

  it('lets only the hr adviser change carving data', () => {
    expect(ACCESS.carvingWrite).toEqual(['hr_adviser']);
  });

  it('combines the items of every role a user holds, each once', () => {
    expect(menuOf('admin', 'superadmin', 'manager', 'jobcoach')).toEqual([
      ...ORGANISATION,
      ...CANDIDATES,
      ...CARVING,
      '/voorstellen',
      '/quotum',
      ...ADMIN,
      '/beheer/organisaties',
    ]);
  });

  it.each<Role>(['admin', 'superadmin', 'manager', 'coordinator'])(
    'keeps every candidate page closed to a %s',
    (role) => {
      for (const roles of [
        ACCESS.candidates,
        ACCESS.candidateCreate,
        ACCESS.candidateProfile,
        ACCESS.candidateImport,
        ACCESS.candidateErase,
        ACCESS.coaching,
      ]) {
        expect(roles).not.toContain(role);
      }
    },
  );

  it('lets only the hr adviser register, import and erase candidates', () => {
    expect(ACCESS.candidateCreate).toEqual(['hr_adviser']);
    expect(ACCESS.candidateImport).toEqual(['hr_adviser']);
    expect(ACCESS.candidateErase).toEqual(['hr_adviser']);
    expect(ACCESS.candidateProfile).toEqual(['hr_adviser', 'jobcoach']);
  });

  it('shows nothing to someone who is not signed in', () => {
    expect(navItemsFor(null)).toEqual([]);
  });

  it('shows nothing to a user without any role (deny by default)', () => {
    expect(menuOf()).toEqual([]);
  });
});
