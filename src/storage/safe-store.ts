import { StoreError, toStoreError } from './errors.js';
import { LocalStore } from './local.js';
import type { AllianceStore, SetOptions, StoreStatus } from './types.js';

export interface SafeStoreOptions {
  /**
   * Milliseconds to wait for the inner store before treating a call as failed, so a host
   * adapter that never answers cannot leave an element waiting forever. 0 waits forever.
   */
  timeout?: number;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: StoreError };

/**
 * Wraps any store (the local one, or a host page's adapter that may throw, reject, hang or
 * return garbage) and never throws or rejects. What cannot be saved is kept in memory, so a
 * person's work survives for the life of the page; `status` turns to `memory-only` and
 * `unsavedEntries()` hands back what is at risk so an element can offer it for export.
 */
export class SafeStore implements AllianceStore {
  readonly #inner: AllianceStore;
  readonly #timeout: number;
  /** The latest value this page knows per key. A key in #unsaved but not here is a removal that did not persist. */
  readonly #memory = new Map<string, unknown>();
  /** Keys whose latest write or removal failed: memory, not the inner store, holds the truth. */
  readonly #unsaved = new Set<string>();
  /** Key → id of its latest write still under way; only that write's outcome counts. */
  readonly #inFlight = new Map<string, number>();
  /** Key → id of its latest write or removal, finished or not: a read begun before it is stale. */
  readonly #lastWrite = new Map<string, number>();
  #writes = 0;
  #status: StoreStatus = 'saving';
  #lastError: StoreError | undefined;
  readonly #statusListeners = new Set<(status: StoreStatus) => void>();

  constructor(inner: AllianceStore, options: SafeStoreOptions = {}) {
    this.#inner = inner;
    this.#timeout = options.timeout ?? 10_000;
  }

  /** `saving` until a write fails; then `memory-only` for the rest of the page's life. */
  get status(): StoreStatus {
    return this.#status;
  }

  /** The most recent failure of the inner store, if any. */
  get lastError(): StoreError | undefined {
    return this.#lastError;
  }

  /**
   * Calls `listener` when the status changes, which happens once at most (to `memory-only`).
   * Read `status` too: a listener added after the change is not called.
   */
  onStatusChange(listener: (status: StoreStatus) => void): () => void {
    this.#statusListeners.add(listener);
    return () => {
      this.#statusListeners.delete(listener);
    };
  }

  /** Copies of the values that live only in this page's memory (removals are left out). */
  unsavedEntries(): Map<string, unknown> {
    const entries = new Map<string, unknown>();
    for (const key of this.#unsaved) {
      if (this.#memory.has(key)) entries.set(key, copy(this.#memory.get(key)));
    }
    return entries;
  }

  async get<T = unknown>(key: string): Promise<T | undefined> {
    if (this.#memoryIsNewest(key)) return this.#recall<T>(key);
    const started = this.#writes;
    const outcome = await this.#call(() => this.#inner.get(key));
    // A write or removal began while we waited (it may even have finished): the inner value is older.
    if (this.#memoryIsNewest(key) || (this.#lastWrite.get(key) ?? 0) > started) return this.#recall<T>(key);
    if (!outcome.ok) {
      this.#lastError = outcome.error;
      return this.#recall<T>(key);
    }
    if (outcome.value === undefined) this.#memory.delete(key);
    else this.#memory.set(key, copy(outcome.value));
    return outcome.value as T | undefined;
  }

  /** Resolves with what the inner store says it replaced (see AllianceStore.set), if anything. */
  async set<T = unknown>(key: string, value: T, options?: SetOptions): Promise<unknown> {
    const write = this.#begin(key);
    this.#memory.set(key, copy(value));
    const outcome = await this.#call(() => this.#inner.set(key, copy(value), options));
    this.#settle(key, write, outcome);
    return outcome.ok ? outcome.value : undefined;
  }

  async remove(key: string): Promise<void> {
    const write = this.#begin(key);
    this.#memory.delete(key);
    const outcome = await this.#call(() => this.#inner.remove(key));
    this.#settle(key, write, outcome);
  }

  async list(prefix: string): Promise<string[]> {
    const outcome = await this.#call(() => this.#inner.list(prefix));
    const keys = new Set<string>();
    if (outcome.ok && Array.isArray(outcome.value)) {
      for (const key of outcome.value as unknown[]) {
        if (typeof key === 'string' && key.startsWith(prefix)) keys.add(key);
      }
    } else {
      this.#lastError = outcome.ok ? new StoreError('adapter', 'list() did not return an array') : outcome.error;
      for (const key of this.#memory.keys()) if (key.startsWith(prefix)) keys.add(key);
    }
    for (const key of [...this.#unsaved, ...this.#inFlight.keys()]) {
      if (!key.startsWith(prefix)) continue;
      if (this.#memory.has(key)) keys.add(key);
      else keys.delete(key);
    }
    return [...keys].sort();
  }

  /**
   * Forwards to the inner store's `flush`, if it has one; a failure there is a failure to
   * save (`status` turns `memory-only`, so the elements say so and offer a download).
   */
  async flush(): Promise<void> {
    const outcome = await this.#call(() => this.#inner.flush?.());
    if (!outcome.ok) this.#fail(outcome.error);
  }

  /**
   * Forwards to the inner store's `subscribe`, if it has one. A key changed elsewhere drops
   * this page's copy of it, unless that copy is unsaved work, which is never dropped.
   */
  subscribe(listener: (key: string) => void): () => void {
    const inner = this.#inner as Partial<AllianceStore> | null | undefined;
    if (typeof inner?.subscribe !== 'function') return () => {};
    let stop: unknown;
    try {
      stop = inner.subscribe((key: unknown) => {
        // An adapter that cannot say which key changed means "anything may have".
        const changed = typeof key === 'string' ? key : '';
        this.#forget(changed);
        try {
          listener(changed);
        } catch (error) {
          reportError(error);
        }
      });
    } catch (error) {
      this.#lastError = toStoreError(error, 'adapter');
      return () => {};
    }
    return () => {
      try {
        if (typeof stop === 'function') (stop as () => void)();
      } catch {
        // Nothing to do: the adapter failed to stop listening, and we ignore what it sends.
      }
    };
  }

  #memoryIsNewest(key: string): boolean {
    return this.#unsaved.has(key) || this.#inFlight.has(key);
  }

  #recall<T>(key: string): T | undefined {
    return copy(this.#memory.get(key)) as T | undefined;
  }

  #forget(key: string): void {
    const keys = key === '' ? [...this.#memory.keys()] : [key];
    for (const k of keys) if (!this.#memoryIsNewest(k)) this.#memory.delete(k);
  }

  #begin(key: string): number {
    const write = ++this.#writes;
    this.#inFlight.set(key, write);
    this.#lastWrite.set(key, write);
    return write;
  }

  #settle(key: string, write: number, outcome: Outcome): void {
    // A later write to the same key decides whether it is saved.
    if (this.#inFlight.get(key) !== write) return;
    this.#inFlight.delete(key);
    if (outcome.ok) {
      this.#unsaved.delete(key);
      return;
    }
    this.#unsaved.add(key);
    this.#fail(outcome.error);
  }

  /** Remembers the failure and, the first time, turns `memory-only` and tells the listeners. */
  #fail(error: StoreError): void {
    this.#lastError = error;
    if (this.#status === 'memory-only') return;
    this.#status = 'memory-only';
    for (const listener of [...this.#statusListeners]) {
      try {
        listener(this.#status);
      } catch (error) {
        reportError(error);
      }
    }
  }

  /** Runs one inner call; a synchronous throw, a rejection and a timeout all become a failed outcome. */
  #call(op: () => unknown): Promise<Outcome> {
    const attempt = new Promise<unknown>((resolve) => resolve(op()));
    const timeout = this.#timeout;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const bounded =
      timeout > 0 && Number.isFinite(timeout)
        ? Promise.race([
            attempt,
            new Promise<never>((_, reject) => {
              timer = setTimeout(() => reject(new StoreError('adapter', `The store did not answer within ${timeout} ms`)), timeout);
            }),
          ])
        : attempt;
    return bounded
      .then(
        (value): Outcome => ({ ok: true, value }),
        (error: unknown): Outcome => ({ ok: false, error: toStoreError(error, 'adapter') }),
      )
      .finally(() => clearTimeout(timer));
  }
}

// A value that cannot be cloned (a function inside it) is kept as it is rather than lost.
function copy(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

const defaultStores = new Map<string, SafeStore>();

/**
 * One shared localStorage-backed store per namespace, for elements outside any provider. It
 * builds the local store itself, so an element that stores outside a provider never loads the
 * memory store or the adapter handling that only a provider needs.
 */
export function getDefaultStore(namespace = 'alliance-elements'): SafeStore {
  let store = defaultStores.get(namespace);
  if (!store) {
    store = new SafeStore(new LocalStore(namespace));
    defaultStores.set(namespace, store);
  }
  return store;
}
