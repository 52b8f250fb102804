/**
 * Storage that never throws. Browsers throw on `localStorage` access when storage is disabled
 * (SecurityError), in some private modes, and when full (QuotaExceededError); the visitor's
 * work must survive all of that, so failures fall back to memory and are reported once.
 */

/** `local` (default) keeps data across visits, `session` for this tab only, `none` keeps nothing. */
export type PersistMode = 'local' | 'session' | 'none';

/** Least to most private: the order in which "privacy wins" compares modes. */
export const PERSIST_MODES: readonly PersistMode[] = ['local', 'session', 'none'];

/** A `persist` value as a host may write it (`"None"`, `" session "`); anything unknown is the default, `local`. */
export const normalisePersist = (value: unknown): PersistMode => {
  const mode = String(value).trim().toLowerCase() as PersistMode;
  return PERSIST_MODES.includes(mode) ? mode : 'local';
};

/** Whether `mode` keeps data more private than `than` (`none` > `session` > `local`). */
export const morePrivate = (mode: PersistMode, than: PersistMode): boolean => PERSIST_MODES.indexOf(mode) > PERSIST_MODES.indexOf(than);

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
  const memory = new Map<string, string>();
  const backend = (): Storage | undefined => {
    if (mode === 'none') return undefined;
    try {
      return mode === 'session' ? window.sessionStorage : window.localStorage;
    } catch (error) {
      onFailure(error);
      return undefined;
    }
  };
  const readText = (key: string): string | undefined => {
    let raw: string | null | undefined = memory.get(key);
    if (raw === undefined) {
      try {
        raw = backend()?.getItem(KEY_PREFIX + key);
      } catch (error) {
        onFailure(error);
      }
    }
    return raw ?? undefined;
  };
  return {
    readText,
    read<T>(key: string): T | undefined {
      const raw = readText(key);
      if (raw === undefined) return undefined;
      try {
        return JSON.parse(raw) as T;
      } catch {
        return undefined;
      }
    },
    write(key: string, value: unknown): boolean {
      const raw = JSON.stringify(value);
      const store = backend();
      if (!store) {
        if (mode !== 'none') memory.set(key, raw);
        return mode === 'none';
      }
      try {
        store.setItem(KEY_PREFIX + key, raw);
        memory.delete(key);
        return true;
      } catch (error) {
        memory.set(key, raw);
        onFailure(error);
        return false;
      }
    },
    remove(key: string): void {
      memory.delete(key);
      try {
        backend()?.removeItem(KEY_PREFIX + key);
      } catch (error) {
        onFailure(error);
      }
    },
  };
}
