/**
 * Web Storage that never throws. Browsers throw on `localStorage` access when storage is
 * disabled or full (private windows, strict cookie settings); a remembered preference is a
 * convenience, so losing it must never break the page.
 */
export interface SafeStorage {
  read(key: string): string | null;
  write(key: string, value: string): void;
}

export function safeStorage(
  getStorage: () => Storage | undefined = browserLocalStorage,
): SafeStorage {
  return {
    read(key) {
      try {
        return getStorage()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write(key, value) {
      try {
        getStorage()?.setItem(key, value);
      } catch {
        // Not remembering the value is acceptable; see the interface comment.
      }
    },
  };
}

function browserLocalStorage(): Storage | undefined {
  return typeof localStorage === 'undefined' ? undefined : localStorage;
}
