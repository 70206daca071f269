import { StoreError, toStoreError } from './errors.js';
import { SCHEMA_VERSION } from './types.js';
import type { AllianceStore, SetOptions, StoredRecord } from './types.js';

/** Keys under `${namespace}:recovery:` hold broken values moved aside; they are never listed. */
const RECOVERY = 'recovery:';

type Parsed = { kind: 'record'; record: StoredRecord } | { kind: 'newer' } | { kind: 'broken' };

/**
 * Stores values in `localStorage` as JSON `StoredRecord`s under `${namespace}:${key}`, so
 * values must be JSON-serialisable. Every call may reject with a `StoreError`; wrap this
 * store in a `SafeStore` before elements use it.
 *
 * What a person wrote is never deleted: a value that cannot be read is moved aside to
 * `${namespace}:recovery:${key}:${time}`, and a record written by a newer version of the
 * library is neither returned, overwritten nor removed.
 */
export class LocalStore implements AllianceStore {
  readonly #prefix: string;
  #storage: Storage | undefined;

  /**
   * @param namespace prefix of every key this store writes
   * @param storage a `Storage` to use instead of `localStorage` (tests pass a fake)
   */
  constructor(
    readonly namespace = 'alliance-elements',
    storage?: Storage,
  ) {
    this.#prefix = `${namespace}:`;
    this.#storage = storage;
  }

  get<T = unknown>(key: string): Promise<T | undefined> {
    return this.#run(() => {
      const storage = this.#area();
      const raw = storage.getItem(this.#prefix + key);
      if (raw === null) return undefined;
      const parsed = parse(raw);
      if (parsed.kind === 'record') return parsed.record.data as T;
      if (parsed.kind === 'broken') {
        try {
          this.#moveAside(storage, key, raw);
        } catch {
          // Could not copy it aside (storage full?): leave it where it is rather than lose it.
        }
      }
      return undefined;
    });
  }

  set<T = unknown>(key: string, value: T, options?: SetOptions): Promise<unknown> {
    return this.#run(() => {
      const storage = this.#area();
      const existing = storage.getItem(this.#prefix + key);
      let replaced: unknown;
      // Checked on disk, not only remembered from get(): a page may write before it reads,
      // and another tab may have written a newer record meanwhile.
      if (existing !== null) {
        const parsed = parse(existing);
        if (parsed.kind === 'newer') {
          throw new StoreError('newer-version', `"${key}" was saved by a newer version of alliance-elements`);
        }
        if (parsed.kind === 'broken') this.#moveAside(storage, key, existing);
        // Another tab saved something else since the caller last looked: keep it, then write.
        else if (options && JSON.stringify(parsed.record.data) !== JSON.stringify(options.expected)) {
          this.#moveAside(storage, key, existing, false);
          replaced = parsed.record.data;
        }
      }
      const record: StoredRecord<T> = { v: SCHEMA_VERSION, t: Date.now(), data: value };
      let json: string;
      try {
        json = JSON.stringify(record);
      } catch (error) {
        throw new StoreError('adapter', `"${key}" cannot be saved as JSON`, { cause: error });
      }
      storage.setItem(this.#prefix + key, json);
      return replaced;
    });
  }

  remove(key: string): Promise<void> {
    return this.#run(() => {
      const storage = this.#area();
      const existing = storage.getItem(this.#prefix + key);
      if (existing === null) return;
      // This version cannot see a newer record, so for it the key is already gone.
      if (parse(existing).kind === 'newer') return;
      storage.removeItem(this.#prefix + key);
    });
  }

  list(prefix: string): Promise<string[]> {
    return this.#run(() => {
      const storage = this.#area();
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const full = storage.key(i);
        if (full === null || !full.startsWith(this.#prefix)) continue;
        const key = full.slice(this.#prefix.length);
        if (!key.startsWith(RECOVERY) && key.startsWith(prefix)) keys.push(key);
      }
      return keys.sort();
    });
  }

  /**
   * Calls `listener` with the key (without namespace) when another tab changes a value in
   * this namespace, and with `''` when another tab clears storage.
   */
  subscribe(listener: (key: string) => void): () => void {
    if (typeof globalThis.addEventListener !== 'function') return () => {};
    const onStorage = (event: StorageEvent) => {
      let area: Storage;
      try {
        area = this.#area();
      } catch {
        return;
      }
      if (event.storageArea !== null && event.storageArea !== area) return;
      if (event.key === null) {
        listener('');
        return;
      }
      if (!event.key.startsWith(this.#prefix)) return;
      const key = event.key.slice(this.#prefix.length);
      if (!key.startsWith(RECOVERY)) listener(key);
    };
    globalThis.addEventListener('storage', onStorage);
    return () => globalThis.removeEventListener('storage', onStorage);
  }

  #area(): Storage {
    if (this.#storage) return this.#storage;
    let storage: Storage | undefined;
    try {
      // Only touching `localStorage` throws a SecurityError when site data is blocked.
      storage = globalThis.localStorage;
    } catch (error) {
      throw new StoreError('unavailable', 'localStorage is blocked', { cause: error });
    }
    if (!storage) throw new StoreError('unavailable', 'localStorage is not available');
    this.#storage = storage;
    return storage;
  }

  #moveAside(storage: Storage, key: string, raw: string, remove = true): void {
    let stamp = Date.now();
    while (storage.getItem(`${this.#prefix}${RECOVERY}${key}:${stamp}`) !== null) stamp++;
    storage.setItem(`${this.#prefix}${RECOVERY}${key}:${stamp}`, raw);
    if (remove) storage.removeItem(this.#prefix + key);
  }

  #run<T>(op: () => T): Promise<T> {
    return new Promise<T>((resolve) => resolve(op())).catch((error: unknown) => {
      throw toStoreError(error, 'unavailable');
    });
  }
}

function parse(raw: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'broken' };
  }
  if (!isRecord(value)) return { kind: 'broken' };
  return value.v > SCHEMA_VERSION ? { kind: 'newer' } : { kind: 'record', record: value };
}

// `data` may be missing: JSON drops it when someone stored `undefined`.
function isRecord(value: unknown): value is StoredRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { v, t } = value as { v?: unknown; t?: unknown };
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && typeof t === 'number' && Number.isFinite(t);
}
