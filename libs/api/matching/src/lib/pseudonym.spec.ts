import { pseudonymOf } from './pseudonym';

describe('pseudonymOf', () => {
  const secret = 'a-secret-of-at-least-thirty-two-characters';

  it('gives a person the same pseudonym every time, so a manager can recognise them', () => {
    const id = '3f9a2c1e-0b7d-4e2a-9c1f-5d6e7f8a9b0c';
    expect(pseudonymOf(id, secret)).toBe(pseudonymOf(id, secret));
    expect(pseudonymOf(id, secret)).toMatch(/^K-[0-9A-HJKMNP-TV-Z]{6}$/);
  });

  it('gives different people different pseudonyms', () => {
    const ids = Array.from(
      { length: 500 },
      (_, index) =>
        `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    );
    expect(new Set(ids.map((id) => pseudonymOf(id, secret))).size).toBe(500);
  });

  it('depends on the secret, so the id cannot be recovered without it', () => {
    const id = '3f9a2c1e-0b7d-4e2a-9c1f-5d6e7f8a9b0c';
    expect(pseudonymOf(id, secret)).not.toBe(
      pseudonymOf(id, `${secret}-other`),
    );
  });
});
