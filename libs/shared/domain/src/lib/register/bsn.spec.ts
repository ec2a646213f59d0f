import { isValidBsn } from './bsn';

describe('citizen number (BSN) eleven-test', () => {
  it('accepts a number that passes the eleven-test', () => {
    // 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 - 3 = 66 = 6·11
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
  });

  it('rejects a number with one digit mistyped', () => {
    expect(isValidBsn('111222334')).toBe(false);
    expect(isValidBsn('123456781')).toBe(false);
  });

  it('rejects anything that is not exactly nine digits', () => {
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('1234567890')).toBe(false);
    expect(isValidBsn('12345678a')).toBe(false);
    expect(isValidBsn('')).toBe(false);
  });

  it('rejects all zeros', () => {
    expect(isValidBsn('000000000')).toBe(false);
  });
});
