import { passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts a long, uncommon passphrase', () => {
    expect(passwordProblem('paarse-olifant-op-de-fiets')).toBeNull();
  });

  it('refuses passwords under 12 characters', () => {
    expect(passwordProblem('Kort-1234')).toBe('must be at least 12 characters');
  });

  it('refuses common passwords with digits or punctuation tacked on', () => {
    expect(passwordProblem('Wachtwoord2024!')).toMatch(/too common/);
    expect(passwordProblem('Welkomwelkom123')).toMatch(/too common/);
    expect(passwordProblem('aaaaaaaaaaaaaaa')).toMatch(/too common/);
  });
});
