import type { AllianceStore } from './types.js';

/**
 * Keeps values for the life of the page (`storage="none"`). Values are structured-cloned on
 * the way in and out, so no caller can change what is stored or what another caller reads.
 */
export class MemoryStore implements AllianceStore {
  readonly #values = new Map<string, unknown>();

  get<T = unknown>(key: string): Promise<T | undefined> {
    return settle(() => structuredClone(this.#values.get(key)) as T | undefined);
  }

  set<T = unknown>(key: string, value: T): Promise<void> {
    return settle(() => {
      this.#values.set(key, structuredClone(value));
    });
  }

  remove(key: string): Promise<void> {
    return settle(() => {
      this.#values.delete(key);
    });
  }

  list(prefix: string): Promise<string[]> {
    return settle(() => [...this.#values.keys()].filter((key) => key.startsWith(prefix)).sort());
  }
}

// A value that cannot be cloned (a function, say) must reject, not throw, like any async store.
function settle<T>(op: () => T): Promise<T> {
  return new Promise((resolve) => resolve(op()));
}
