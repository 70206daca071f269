import { SafeStore } from './safe-store.js';
import { LocalStore } from './local.js';
import { MemoryStore } from './memory.js';
import type { AllianceStore } from './types.js';

export interface CreateStoreOptions {
  /** `local` keeps values in localStorage; `none` only for the life of the page. */
  storage?: 'local' | 'none';
  /** Prefix of every localStorage key. */
  namespace?: string;
  /** A host page's own store; used instead of `storage` when given. */
  adapter?: AllianceStore | null;
}

/**
 * The store an element should use: the host's adapter if given, else memory for
 * `storage: 'none'`, else localStorage. Works even where localStorage is missing or blocked;
 * it then keeps values in memory and reports `memory-only` on the first write.
 */
export function createStore(options: CreateStoreOptions = {}): SafeStore {
  const { storage = 'local', namespace = 'alliance-elements', adapter } = options;
  if (adapter) return new SafeStore(adapter);
  return new SafeStore(storage === 'none' ? new MemoryStore() : new LocalStore(namespace));
}
