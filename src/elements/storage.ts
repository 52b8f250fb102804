/**
 * Storage that never throws. Browsers throw on `localStorage` access when storage is disabled
 * (SecurityError), in some private modes, and when full (QuotaExceededError); the visitor's
 * work must survive all of that, so failures fall back to memory and are reported once.
 */

/** `local` (default) keeps data across visits, `session` for this tab only, `none` keeps nothing. */
export type PersistMode = 'local' | 'session' | 'none';

/** Least to most private: the order in which "privacy wins" compares modes. */
export const PERSIST_MODES: readonly PersistMode[] = ['local', 'session', 'none'];

/**
 * How private a `persist` value is, as a host may write it (`"None"`, `" session "`): its index in
 * `PERSIST_MODES`, so the most private of several is their maximum. Anything unknown is `local`.
 */
export const privacy = (value: unknown): number => Math.max(0, PERSIST_MODES.indexOf(String(value).trim().toLowerCase() as PersistMode));

/** A `persist` value as a host may write it; anything unknown is the default, `local`. */
export const normalisePersist = (value: unknown): PersistMode => PERSIST_MODES[privacy(value)]!;

export interface SafeStorage {
  /** The stored value parsed from JSON, or undefined when absent, unreadable or unavailable. */
  read<T>(key: string): T | undefined;
  /** The stored text as it is (for callers that tell "absent" from "not JSON"), or undefined when absent or unavailable. */
  readText(key: string): string | undefined;
  /** Store a JSON value; returns false when the browser refused (the value stays in memory). */
  write(key: string, value: unknown): boolean;
  remove(key: string): void;
}

const KEY_PREFIX = 'lio-widgets:';

/** Safe access to `localStorage` / `sessionStorage`; `onFailure` is called on each refused operation. */
export function safeStorage(mode: PersistMode, onFailure: (error: unknown) => void = () => {}): SafeStorage {
  /** What the browser refused to store, so that this page still reads it back. */
  const memory = new Map<string, string>();
  /** `use` on the browser's storage; undefined under `none` or when the browser refused. */
  const attempt = <T>(use: (storage: Storage) => T): T | undefined => {
    if (mode !== 'none') {
      try {
        return use(mode === 'session' ? sessionStorage : localStorage);
      } catch (error) {
        onFailure(error);
      }
    }
  };
  const readText = (key: string): string | undefined => memory.get(key) ?? attempt((storage) => storage.getItem(KEY_PREFIX + key)) ?? undefined;
  return {
    readText,
    read<T>(key: string): T | undefined {
      try {
        return JSON.parse(readText(key)!) as T;
      } catch {
        return undefined;
      }
    },
    write(key: string, value: unknown): boolean {
      if (mode === 'none') return true;
      const raw = JSON.stringify(value);
      const stored = attempt((storage) => (storage.setItem(KEY_PREFIX + key, raw), true));
      if (stored) memory.delete(key);
      else memory.set(key, raw);
      return !!stored;
    },
    remove(key: string): void {
      memory.delete(key);
      attempt((storage) => storage.removeItem(KEY_PREFIX + key));
    },
  };
}
