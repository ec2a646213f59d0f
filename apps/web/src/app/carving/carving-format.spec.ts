import { formatEuros } from './carving-format';

describe('formatEuros', () => {
  it('puts the minus sign in front of the euro sign in Dutch', () => {
    expect(formatEuros(-1456, 'nl')).toBe('-€\u00a01.456');
  });

  it('puts the minus sign in front of the euro sign in English', () => {
    expect(formatEuros(-1456, 'en')).toBe('-€1,456');
  });

  it('shows a positive amount without a sign', () => {
    expect(formatEuros(24024, 'nl')).toBe('€\u00a024.024');
  });

  it('shows an amount that rounds to zero without a minus sign', () => {
    expect(formatEuros(-0.4, 'nl')).toBe('€\u00a00');
  });
});
