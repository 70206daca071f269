import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getDefaultStore, type SafeStore } from '../storage/safe-store.js';
import type { SettingsController } from './settings.js';

export interface StoredOptions<T> {
  /** The settings of the host, for its store. */
  readonly settings: SettingsController;
  /** The key under which the value is kept (read on every load, so it may depend on attributes). */
  readonly key: () => string;
  /** The value before anything is stored. */
  readonly initial: T;
  /** Milliseconds to wait after the last change before saving (typing saves once it pauses). */
  readonly debounce?: number;
}

/**
 * One value an element keeps in the store: loaded when the element connects, saved shortly
 * after each change (and at once when the element leaves the page), reloaded when another
 * tab changes it, unless this page holds an edit not yet saved, which always wins. The store
 * never throws; when it can only keep things in memory, `memoryOnly` turns true so the
 * element can say so, once.
 */
export class StoredController<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: StoredOptions<T>;
  #store?: SafeStore;
  #key = '';
  #value: T;
  #loaded = false;
  #dirty = false;
  #timer?: ReturnType<typeof setTimeout>;
  #stopSubscription?: () => void;
  #stopStatus?: () => void;
  #memoryOnly = false;
  #generation = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, options: StoredOptions<T>) {
    this.#host = host;
    this.#options = options;
    this.#value = options.initial;
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

  hostConnected(): void {
    this.#attach();
  }

  hostUpdate(): void {
    // The provider may arrive (or change its storage) after the element connected.
    if (storeOf(this.#options.settings) !== this.#store || this.#options.key() !== this.#key) this.#attach();
  }

  hostDisconnected(): void {
    void this.flush();
    this.#detach();
  }

  /** Changes the value; it is saved after the debounce. */
  set(value: T): void {
    this.#value = value;
    this.#dirty = true;
    // A read still under way is older than this change: it must not land on top of it.
    this.#generation++;
    this.#loaded = true;
    this.#host.requestUpdate();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.#options.debounce ?? 400);
  }

  /** Saves a pending change now. */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    if (!this.#dirty || !this.#store) return;
    this.#dirty = false;
    await this.#store.set(this.#key, this.#value);
  }

  /** Forgets the value: removes it from the store and goes back to the initial one. */
  async clear(): Promise<void> {
    clearTimeout(this.#timer);
    this.#dirty = false;
    this.#value = this.#options.initial;
    this.#host.requestUpdate();
    await this.#store?.remove(this.#key);
  }

  #attach(): void {
    const store = storeOf(this.#options.settings);
    const key = this.#options.key();
    if (store === this.#store && key === this.#key && this.#stopSubscription) return;
    // A change typed before the store changed is carried over, never dropped.
    const carry = this.#dirty;
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
      this.#dirty = true;
      this.#loaded = true;
      void this.flush();
    } else {
      void this.#load();
    }
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
    const stored = await store.get<T>(this.#key);
    // A newer load started, or a person typed while we waited: theirs wins.
    if (generation !== this.#generation || this.#dirty || store !== this.#store) return;
    this.#value = stored === undefined ? this.#options.initial : stored;
    this.#loaded = true;
    this.#host.requestUpdate();
  }
}

/**
 * Where an element keeps what people write: the provider's store, else the page's shared
 * local store. Only elements that store import this, so a card never loads the storage code.
 */
export function storeOf(settings: SettingsController): SafeStore {
  return settings.settings?.store ?? getDefaultStore();
}
