/**
 * The citizen service number (BSN) check: nine digits passing the eleven-test
 * (9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11). It catches typos before a number is hashed,
 * because a hash of a mistyped number would silently create a duplicate person.
 */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum =
    digits
      .slice(0, 8)
      .reduce((total, digit, index) => total + digit * (9 - index), 0) -
    digits[8];
  return sum % 11 === 0 && value !== '000000000';
}
