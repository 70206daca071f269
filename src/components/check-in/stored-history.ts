import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SettingsController } from '../../controllers/settings.js';
import { StoredController, storeOf } from '../../controllers/stored.js';
import { newestFirst, type CheckInEntry } from './entries.js';

/**
 * The check-in's history as the store keeps it (`<storage-key>:history`, a list of entries):
 * read newest first, changed and saved at once. A change made before the store has been read
 * waits for it, so nothing stored is lost; something unreadable where the history belongs is
 * kept aside under `<storage-key>:history-unreadable:<time>` rather than overwritten.
 */
export class StoredHistory implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #settings: SettingsController;
  readonly #prefix: () => string;
  readonly #stored: StoredController<unknown>;
  #cache: { raw: unknown; list: CheckInEntry[] } = { raw: undefined, list: [] };
  #pending: { change: (stored: readonly unknown[]) => unknown[]; resolve: () => void }[] = [];
  /** Check-ins completed on this page: offered for download when the store could not keep them. */
  readonly #addedHere = new Map<string, CheckInEntry>();

  constructor(host: ReactiveControllerHost & HTMLElement, settings: SettingsController, prefix: () => string) {
    this.#host = host;
    this.#settings = settings;
    this.#prefix = prefix;
    this.#stored = new StoredController<unknown>(host, { settings, key: () => `${prefix()}:history`, initial: [], debounce: 0 });
    host.addController(this);
  }

  get loaded(): boolean {
    return this.#stored.loaded;
  }

  get memoryOnly(): boolean {
    return this.#stored.memoryOnly;
  }

  /** The stored list as it is (entries or not), for a change to start from. */
  get list(): readonly unknown[] {
    const raw = this.#stored.value;
    return Array.isArray(raw) ? (raw as unknown[]) : [];
  }

  /** The readable check-ins, newest first. */
  get entries(): CheckInEntry[] {
    const raw = this.#stored.value;
    if (this.#cache.raw !== raw) this.#cache = { raw, list: newestFirst(Array.isArray(raw) ? raw : []) };
    return this.#cache.list;
  }

  /** Notes a check-in completed on this page (see `unsaved`). */
  addedHere(entry: CheckInEntry): void {
    this.#addedHere.set(entry.id, entry);
  }

  /** The check-ins completed on this page that the browser kept only in memory. */
  get unsaved(): CheckInEntry[] {
    const present = new Set(this.entries.map((e) => e.id));
    return newestFirst([...this.#addedHere.values()].filter((e) => present.has(e.id)));
  }

  hostUpdate(): void {
    if (this.#stored.loaded && this.#pending.length) {
      const pending = this.#pending.splice(0);
      void this.change((stored) => pending.reduce<unknown[]>((list, p) => p.change(list), [...stored])).then(() => {
        for (const p of pending) p.resolve();
      });
    }
  }

  /** Applies a change to the stored history and saves it at once (after the first read, if that is still on its way). */
  change(change: (stored: readonly unknown[]) => unknown[]): Promise<void> {
    if (!this.#stored.loaded) {
      return new Promise((resolve) => {
        this.#pending.push({ change, resolve });
        this.#host.requestUpdate();
      });
    }
    const raw = this.#stored.value;
    if (raw !== undefined && raw !== null && !Array.isArray(raw)) {
      void storeOf(this.#settings).set(`${this.#prefix()}:history-unreadable:${Date.now()}`, raw);
    }
    this.#stored.set(change(this.list));
    return this.#stored.flush();
  }
}
