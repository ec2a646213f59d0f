import { safeReturnUrl } from './return-url';

describe('where to go after signing in', () => {
  it('returns to the page the user asked for', () => {
    expect(safeReturnUrl('/beheer/gebruikers?x=1')).toBe(
      '/beheer/gebruikers?x=1',
    );
  });

  it('never leaves the app for another site', () => {
    expect(safeReturnUrl('https://evil.example')).toBeNull();
    expect(safeReturnUrl('//evil.example')).toBeNull();
    expect(safeReturnUrl('/\\evil.example')).toBeNull();
  });

  it('has no destination when none was given', () => {
    expect(safeReturnUrl(null)).toBeNull();
    expect(safeReturnUrl('')).toBeNull();
  });
});
