import { safeStorage } from './storage';

function aBlockedStorage(): Storage {
  const blocked = (): never => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return { getItem: blocked, setItem: blocked } as unknown as Storage;
}

describe('remembering a preference in the browser', () => {
  beforeEach(() => localStorage.clear());

  it('reads back what it wrote', () => {
    const storage = safeStorage();
    storage.write('jcw.lang', 'en');
    expect(storage.read('jcw.lang')).toBe('en');
  });

  it('keeps working when the browser blocks storage', () => {
    const storage = safeStorage(aBlockedStorage);
    expect(() => storage.write('jcw.lang', 'en')).not.toThrow();
    expect(storage.read('jcw.lang')).toBeNull();
  });
});
