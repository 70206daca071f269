import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getDefaultStore, type SafeStore } from '../storage/safe-store.js';
import { createStore } from '../storage/create.js';
import type { StoreChoice } from '../context/settings.js';
import type { SettingsController } from './settings.js';
import type { Merged } from './merge.js';

export interface StoredOptions<T> {
  /** The settings of the host, for its store. */
  readonly settings: SettingsController;
  /** The key under which the value is kept (read on every load, so it may depend on attributes). */
  readonly key: () => string;
  /** The value before anything is stored. */
  readonly initial: T;
  /** Milliseconds to wait after the last change before saving (typing saves once it pauses). */
  readonly debounce?: number;
  /**
   * Fields of an object value that say where this page is (a step, a position). While a person
   * is typing here, another tab's change to them does not move this page: the merged value
   * keeps this page's, and saving it brings the store along.
   */
  readonly here?: readonly string[];
}

/**
 * Every stored value of the page's elements. When the page may be going away (`pagehide`, a
 * tab turning hidden, which on a phone may be the last thing it ever sees, and `freeze`), each
 * one with a change not yet saved hands it to its store at once: the local store writes it
 * before the event returns. A page brought back from the back/forward cache reads again what
 * another tab may have saved meanwhile.
 */
const onPage = new Set<StoredController<unknown>>();
let listening = false;

function flushAll(): void {
  const stores = new Set<SafeStore>();
  for (const stored of onPage) {
    void stored.flush();
    const store = stored.store;
    if (store) stores.add(store);
  }
  // A host's adapter may have its own queue to send off (see AllianceStore.flush).
  for (const store of stores) void store.flush();
}

// Called when an element connects, so only ever in a browser.
function watchPage(stored: StoredController<unknown>): void {
  onPage.add(stored);
  if (listening) return;
  listening = true;
  addEventListener('pagehide', flushAll);
  addEventListener('pageshow', (event) => {
    if (event.persisted) for (const stored of onPage) stored.reload();
  });
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushAll());
  document.addEventListener('freeze', flushAll);
}

/**
 * One value an element keeps in the store: loaded when the element connects, saved shortly
 * after each change, at once when the element or the page goes away, and reloaded when another
 * tab changes it. When both tabs changed it, the two are merged field by field: what only one
 * side changed is kept, and a field both changed goes to the newer edit, the other one kept
 * under a recovery key (`recovery:<key>:<time>`) unless the newer text contains it. The store
 * never throws; when it can only keep things in memory, `memoryOnly` turns true so the element
 * can say so, once.
 */
export class StoredController<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: StoredOptions<T>;
  #store?: SafeStore;
  #key = '';
  #value: T;
  /** What the store held when this page last read it: where this page's edits start from. */
  #base: unknown;
  #loaded = false;
  #dirty = false;
  #timer?: ReturnType<typeof setTimeout>;
  #stopSubscription?: () => void;
  #stopStatus?: () => void;
  #memoryOnly = false;
  #generation = 0;
  /** Counts this page's writes, so a read that began before one is known to be older. */
  #writes = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, options: StoredOptions<T>) {
    this.#host = host;
    this.#options = options;
    this.#value = options.initial;
    this.#base = options.initial;
    host.addController(this);
  }

  /** The current value (the initial one until the store has answered). */
  get value(): T {
    return this.#value;
  }

  /** True once the stored value has been read. */
  get loaded(): boolean {
    return this.#loaded;
  }

  /** True when the store could not save and keeps things only for the life of the page. */
  get memoryOnly(): boolean {
    return this.#memoryOnly;
  }

  /** The store in use, once connected. */
  get store(): SafeStore | undefined {
    return this.#store;
  }

  hostConnected(): void {
    watchPage(this);
    this.#attach();
  }

  hostUpdate(): void {
    // The provider may arrive (or change its storage) after the element connected.
    if (storeOf(this.#options.settings) !== this.#store || this.#options.key() !== this.#key) this.#attach();
  }

  hostDisconnected(): void {
    void this.flush();
    this.#detach();
    onPage.delete(this);
  }

  /** Changes the value; it is saved after the debounce, or sooner if the page goes away. */
  set(value: T): void {
    this.#value = value;
    this.#dirty = true;
    this.#loaded = true;
    this.#host.requestUpdate();
    this.#schedule();
  }

  /**
   * Saves a pending change now. The value reaches the store before this returns (the local
   * store writes it there and then); the promise settles when the store has answered.
   */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    if (!this.#dirty || !this.#store) return Promise.resolve();
    this.#dirty = false;
    this.#writes++;
    // What this page last saw stored: if another tab saved something else since, the store keeps
    // that aside before writing and hands it back, and it is merged in here.
    const expected = this.#base;
    const written = this.#value;
    this.#base = written;
    return this.#store.set(this.#key, written, { expected }).then((replaced) => {
      // The store now holds what this page wrote; the other tab's value is merged into it.
      if (replaced !== undefined && this.#value === written) void this.#mergeIn(expected, replaced, true, written);
    });
  }

  /** Reads the stored value again (after a page comes back from the back/forward cache). */
  reload(): void {
    if (this.#store) void this.#load();
  }

  /** Forgets the value: removes it from the store and goes back to the initial one. */
  async clear(): Promise<void> {
    clearTimeout(this.#timer);
    this.#dirty = false;
    this.#value = this.#options.initial;
    this.#base = this.#options.initial;
    this.#host.requestUpdate();
    this.#writes++;
    await this.#store?.remove(this.#key);
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.#options.debounce ?? 400);
  }

  #attach(): void {
    const store = storeOf(this.#options.settings);
    const key = this.#options.key();
    if (store === this.#store && key === this.#key && this.#stopSubscription) return;
    // Words typed for another key belong to it: saved there before the key changes.
    if (this.#dirty && this.#store && key !== this.#key) void this.flush();
    // Words typed before the store changed (a provider arriving) are merged into the new one.
    const carry = this.#dirty;
    if (key !== this.#key) {
      this.#value = this.#options.initial;
      this.#base = this.#options.initial;
    }
    this.#detach();
    this.#store = store;
    this.#key = key;
    this.#memoryOnly = store.status === 'memory-only';
    this.#stopStatus = store.onStatusChange((status) => {
      this.#memoryOnly = status === 'memory-only';
      this.#host.requestUpdate();
    });
    this.#stopSubscription = store.subscribe((changed) => {
      if (changed === this.#key || changed === '') void this.#load();
    });
    if (carry) {
      this.#base = this.#options.initial;
      this.#loaded = true;
    }
    void this.#load();
  }

  #detach(): void {
    this.#stopSubscription?.();
    this.#stopStatus?.();
    this.#stopSubscription = this.#stopStatus = undefined;
  }

  async #load(): Promise<void> {
    const store = this.#store;
    if (!store) return;
    const generation = ++this.#generation;
    const writes = this.#writes;
    const key = this.#key;
    const stored = await store.get<T>(key);
    // A newer read started meanwhile, or the element moved to another store or key.
    if (generation !== this.#generation || store !== this.#store || key !== this.#key) return;
    this.#loaded = true;
    // This page wrote after the read began: the read is older than what is stored now (and a
    // different value the write found there was kept aside and merged in, see flush()).
    if (this.#writes !== writes) return this.#host.requestUpdate();
    const theirs: unknown = stored === undefined ? this.#options.initial : stored;
    // Nothing here that the store lacks (the usual case): take what is stored.
    if (!this.#dirty && same(this.#value, this.#base)) {
      this.#value = theirs as T;
      this.#base = theirs;
      return this.#host.requestUpdate();
    }
    await this.#mergeIn(this.#base, theirs, this.#dirty);
  }

  /**
   * Brings `theirs` (what another tab saved, after `base`) together with this page's value.
   * `inStore` is what the store holds now; what the merged value adds to it is saved soon after.
   */
  async #mergeIn(base: unknown, theirs: unknown, oursNewer: boolean, inStore = theirs): Promise<void> {
    const { store, key } = { store: this.#store, key: this.#key };
    const ours: unknown = this.#value;
    const merged = await mergeEdits(base, ours, theirs, oursNewer, this.#dirty ? this.#options.here : undefined);
    // The page changed meanwhile (a person typed on, a newer read, another key): merge again.
    if (ours !== this.#value) return this.#mergeIn(base, theirs, this.#dirty || oursNewer, inStore);
    if (!store || store !== this.#store || key !== this.#key) return;
    const { value } = merged;
    this.#base = inStore;
    if (merged.lost) void store.set(`recovery:${key}:${Date.now()}`, oursNewer ? theirs : ours);
    this.#value = value as T;
    this.#host.requestUpdate();
    if (!same(value, inStore)) {
      // The store lacks some of this page's words: save the merged value.
      this.#dirty = true;
      this.#schedule();
    } else {
      this.#dirty = false;
      clearTimeout(this.#timer);
    }
  }
}

function same(a: unknown, b: unknown): boolean {
  try {
    return a === b || JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

/**
 * This page's value and the store's, brought together field by field. It loads the first time
 * it is needed (this page holding words the store lacks when the store changes, which is rare);
 * if it cannot load (offline), the newer side is kept whole and the other recovered.
 */
async function mergeEdits(base: unknown, ours: unknown, theirs: unknown, oursNewer: boolean, here?: readonly string[]): Promise<Merged> {
  try {
    const { merge } = await import('./merge.js');
    return merge(base, ours, theirs, oursNewer, here);
  } catch {
    return { value: oursNewer ? ours : theirs, lost: true };
  }
}

/** The store each provider's choice gives, shared by every element inside that provider. */
const chosen = new WeakMap<StoreChoice, SafeStore>();

/**
 * Where an element keeps what people write: the store its provider chose, else the page's
 * shared local store. Only elements that store import this, so neither a card nor the provider
 * loads the storage code.
 */
export function storeOf(settings: SettingsController): SafeStore {
  const choice = settings.settings?.store;
  if (!choice) return getDefaultStore();
  let store = chosen.get(choice);
  if (!store) chosen.set(choice, (store = createStore(choice)));
  return store;
}
