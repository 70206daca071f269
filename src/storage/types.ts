/**
 * A small async key-value store. Elements keep what people type through one of these:
 * the local adapter (localStorage), the memory adapter (`storage="none"`), or one a host
 * page sets on `<alliance-provider>` (one that posts to its own server, say).
 * Keys are plain strings; an adapter namespaces them itself.
 */
export interface AllianceStore {
  get<T = unknown>(key: string): Promise<T | undefined>;
  /**
   * Stores `value`. `options.expected` is what the caller last saw stored there: a store that can
   * tell (the local one does) keeps a different value it finds under a recovery key before
   * writing, and resolves with it, so a second tab's words are never overwritten unseen and can
   * be merged back. Adapters may ignore it and resolve with nothing.
   */
  set<T = unknown>(key: string, value: T, options?: SetOptions): Promise<unknown>;
  remove(key: string): Promise<void>;
  /** Every key that starts with `prefix` (without the adapter's own namespace). */
  list(prefix: string): Promise<string[]>;
  /**
   * Optional: calls `listener` with the key whenever a value changes outside this page
   * (another tab). Returns a function that stops listening.
   */
  subscribe?(listener: (key: string) => void): () => void;
  /**
   * Optional: sends off anything the adapter still holds. Called when the page may be going
   * away (`pagehide`, the tab turning hidden, `freeze`), right after the elements have handed
   * their unsaved values to `set`. The page may close before a promise settles: an adapter
   * that sends to a server should send from here with `navigator.sendBeacon` or
   * `fetch(…, { keepalive: true })`, which the browser completes after the page is gone.
   */
  flush?(): Promise<void> | void;
}

/** What `set` may be told about the value it replaces. */
export interface SetOptions {
  /** The value the caller last saw stored under the key (undefined: none). */
  readonly expected?: unknown;
}

/** How a safe store is doing: `saving` normally, `memory-only` once it could not save. */
export type StoreStatus = 'saving' | 'memory-only';

/** What every stored record looks like on disk. */
export interface StoredRecord<T = unknown> {
  /** Schema version of `data`. */
  readonly v: number;
  /** When it was written (ms since the epoch). */
  readonly t: number;
  readonly data: T;
}

/** The schema version this build writes. */
export const SCHEMA_VERSION = 1;
