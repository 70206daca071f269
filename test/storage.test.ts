import { expect } from '@open-wc/testing';
import { StoreError, toStoreError } from '../src/storage/errors.js';
import { LocalStore } from '../src/storage/local.js';
import { MemoryStore } from '../src/storage/memory.js';
import { SafeStore, getDefaultStore } from '../src/storage/safe-store.js';
import { createStore } from '../src/storage/create.js';
import { SCHEMA_VERSION } from '../src/storage/types.js';
import type { AllianceStore, StoreStatus } from '../src/storage/types.js';

// Every namespace these tests write starts with this, so cleanup never touches anything else.
const TEST_PREFIX = 'ae-test-';
const NS_A = `${TEST_PREFIX}a`;
const NS_B = `${TEST_PREFIX}b`;

/** A `Storage` over a Map; `failSet` makes setItem throw what a full disk throws. */
class FakeStorage implements Storage {
  [name: string]: unknown;
  readonly items = new Map<string, string>();
  failSet: (() => Error) | undefined;

  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failSet) throw this.failSet();
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const securityError = () => new DOMException('blocked', 'SecurityError');

/** A `Storage` where everything, even `length`, throws as when site data is blocked. */
class BlockedStorage implements Storage {
  [name: string]: unknown;
  get length(): number {
    throw securityError();
  }
  key(): string | null {
    throw securityError();
  }
  getItem(): string | null {
    throw securityError();
  }
  setItem(): void {
    throw securityError();
  }
  removeItem(): void {
    throw securityError();
  }
  clear(): void {
    throw securityError();
  }
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function recoveryKeys(namespace: string, key: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k?.startsWith(`${namespace}:recovery:${key}:`)) keys.push(k);
  }
  return keys;
}

/** Replaces `window.localStorage` while `run` runs, then puts the browser's own back. */
async function withLocalStorage(replacement: PropertyDescriptor, run: () => Promise<void>): Promise<void> {
  let owner: object | null = window;
  while (owner && !Object.getOwnPropertyDescriptor(owner, 'localStorage')) owner = Object.getPrototypeOf(owner) as object | null;
  const original = owner && Object.getOwnPropertyDescriptor(owner, 'localStorage');
  expect(original, 'localStorage property descriptor').to.exist;
  Object.defineProperty(window, 'localStorage', { configurable: true, ...replacement });
  try {
    await run();
  } finally {
    if (owner === window) Object.defineProperty(window, 'localStorage', original!);
    else delete (window as unknown as Record<string, unknown>).localStorage;
  }
  expect(globalThis.localStorage).to.be.instanceOf(Storage);
}

/** A host adapter over a MemoryStore whose methods can be swapped and whose calls are counted. */
function hostAdapter(overrides: Partial<Record<keyof AllianceStore, (...args: never[]) => unknown>> = {}) {
  const backing = new MemoryStore();
  const calls: string[] = [];
  const listeners = new Set<(key: string) => void>();
  const adapter = {
    get: (key: string) => (calls.push(`get ${key}`), backing.get(key)),
    set: (key: string, value: unknown) => (calls.push(`set ${key}`), backing.set(key, value)),
    remove: (key: string) => (calls.push(`remove ${key}`), backing.remove(key)),
    list: (prefix: string) => (calls.push(`list ${prefix}`), backing.list(prefix)),
    subscribe: (listener: (key: string) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ...overrides,
  } as unknown as AllianceStore;
  const emit = (key: string) => listeners.forEach((listener) => listener(key));
  return { adapter, backing, calls, emit, listeners };
}

afterEach(() => {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const key = localStorage.key(i);
    if (key?.startsWith(TEST_PREFIX)) localStorage.removeItem(key);
  }
});

describe('StoreError', () => {
  it('carries its kind and cause', () => {
    const cause = new Error('low level');
    const error = new StoreError('quota', 'full', { cause });
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('StoreError');
    expect(error.kind).to.equal('quota');
    expect(error.cause).to.equal(cause);
  });

  it('recognises every browser spelling of "storage is full"', () => {
    expect(toStoreError(quotaError(), 'adapter').kind).to.equal('quota');
    expect(toStoreError(new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'), 'adapter').kind).to.equal('quota');
    expect(toStoreError({ name: 'Error', code: 22 }, 'adapter').kind).to.equal('adapter');
    expect(toStoreError(securityError(), 'adapter').kind).to.equal('unavailable');
    expect(toStoreError('nope', 'adapter').kind).to.equal('adapter');
    expect(toStoreError(undefined, 'unavailable').kind).to.equal('unavailable');
  });
});

describe('MemoryStore', () => {
  it('round-trips values and forgets removed ones', async () => {
    const store = new MemoryStore();
    expect(await store.get('missing')).to.equal(undefined);
    await store.set('k', { names: ['Ana', 'Ben'] });
    expect(await store.get('k')).to.deep.equal({ names: ['Ana', 'Ben'] });
    await store.remove('k');
    expect(await store.get('k')).to.equal(undefined);
    expect(await store.list('')).to.deep.equal([]);
  });

  it('lists keys by prefix, sorted', async () => {
    const store = new MemoryStore();
    await store.set('worksheet:b', 1);
    await store.set('checkin:a', 2);
    await store.set('worksheet:a', 3);
    expect(await store.list('worksheet:')).to.deep.equal(['worksheet:a', 'worksheet:b']);
    expect(await store.list('')).to.deep.equal(['checkin:a', 'worksheet:a', 'worksheet:b']);
    expect(await store.list('nothing')).to.deep.equal([]);
  });

  it('stores and returns copies', async () => {
    const store = new MemoryStore();
    const value = { list: [1, 2] };
    await store.set('k', value);
    value.list.push(3);
    const read = await store.get<{ list: number[] }>('k');
    expect(read).to.deep.equal({ list: [1, 2] });
    read!.list.push(4);
    expect(await store.get('k')).to.deep.equal({ list: [1, 2] });
    expect(await store.get('k')).not.to.equal(await store.get('k'));
  });

  it('rejects, not throws, for a value it cannot clone', async () => {
    const store = new MemoryStore();
    let promise: Promise<void> | undefined;
    expect(() => (promise = store.set('k', { fn: () => 1 }))).not.to.throw();
    expect(await rejection(promise!)).to.be.instanceOf(DOMException);
  });
});

describe('LocalStore', () => {
  it('round-trips values through localStorage', async () => {
    const store = new LocalStore(NS_A);
    expect(await store.get('missing')).to.equal(undefined);
    await store.set('k', { a: 1, b: ['x'] });
    expect(await store.get('k')).to.deep.equal({ a: 1, b: ['x'] });
    await store.remove('k');
    expect(await store.get('k')).to.equal(undefined);
    expect(localStorage.getItem(`${NS_A}:k`)).to.equal(null);
  });

  it('keeps namespaces apart', async () => {
    const a = new LocalStore(NS_A);
    const b = new LocalStore(NS_B);
    await a.set('k', 'from a');
    expect(await b.get('k')).to.equal(undefined);
    expect(await b.list('')).to.deep.equal([]);
    await b.set('k', 'from b');
    expect(await a.get('k')).to.equal('from a');
    expect(await b.get('k')).to.equal('from b');
    await b.remove('k');
    expect(await a.get('k')).to.equal('from a');
  });

  it('writes a versioned, timestamped record under the namespaced key', async () => {
    const before = Date.now();
    await new LocalStore(NS_A).set('k', { text: 'hello' });
    const after = Date.now();
    const raw = localStorage.getItem(`${NS_A}:k`);
    expect(raw).to.be.a('string');
    const record = JSON.parse(raw!) as { v: number; t: number; data: unknown };
    expect(Object.keys(record).sort()).to.deep.equal(['data', 't', 'v']);
    expect(record.v).to.equal(SCHEMA_VERSION);
    expect(record.t).to.be.within(before, after);
    expect(record.data).to.deep.equal({ text: 'hello' });
  });

  it('lists its own keys by prefix, sorted, without recovery keys', async () => {
    const store = new LocalStore(NS_A);
    await store.set('worksheet:2', 2);
    await store.set('worksheet:1', 1);
    await store.set('checkin', 3);
    await new LocalStore(NS_B).set('worksheet:3', 3);
    localStorage.setItem(`${NS_A}:recovery:worksheet:1:123`, 'broken');
    expect(await store.list('worksheet:')).to.deep.equal(['worksheet:1', 'worksheet:2']);
    expect(await store.list('')).to.deep.equal(['checkin', 'worksheet:1', 'worksheet:2']);
  });

  it('moves corrupted JSON aside to a recovery key and reads it as missing', async () => {
    const store = new LocalStore(NS_A);
    localStorage.setItem(`${NS_A}:k`, '{"v":1,"t":5,"data":"half-writ');
    expect(await store.get('k')).to.equal(undefined);
    expect(localStorage.getItem(`${NS_A}:k`)).to.equal(null);
    const moved = recoveryKeys(NS_A, 'k');
    expect(moved).to.have.length(1);
    expect(moved[0]).to.match(new RegExp(`^${NS_A}:recovery:k:\\d+$`));
    expect(localStorage.getItem(moved[0])).to.equal('{"v":1,"t":5,"data":"half-writ');
    expect(await store.list('')).to.deep.equal([]);
  });

  it('moves JSON that is not a record aside too', async () => {
    const store = new LocalStore(NS_A);
    localStorage.setItem(`${NS_A}:k`, '"just a string"');
    localStorage.setItem(`${NS_A}:j`, '{"data":1}');
    expect(await store.get('k')).to.equal(undefined);
    expect(await store.get('j')).to.equal(undefined);
    expect(localStorage.getItem(recoveryKeys(NS_A, 'k')[0])).to.equal('"just a string"');
    expect(localStorage.getItem(recoveryKeys(NS_A, 'j')[0])).to.equal('{"data":1}');
  });

  it('moves a broken value aside before overwriting it', async () => {
    const store = new LocalStore(NS_A);
    localStorage.setItem(`${NS_A}:k`, 'typed by hand');
    await store.set('k', 'new');
    expect(await store.get('k')).to.equal('new');
    expect(localStorage.getItem(recoveryKeys(NS_A, 'k')[0])).to.equal('typed by hand');
  });

  it('leaves a record from a newer version untouched and refuses to overwrite it', async () => {
    const store = new LocalStore(NS_A);
    const raw = JSON.stringify({ v: SCHEMA_VERSION + 1, t: 1, data: { future: true } });
    localStorage.setItem(`${NS_A}:k`, raw);
    expect(await store.get('k')).to.equal(undefined);
    expect(localStorage.getItem(`${NS_A}:k`)).to.equal(raw);
    const error = await rejection(store.set('k', 'old shape'));
    expect(error).to.be.instanceOf(StoreError);
    expect((error as StoreError).kind).to.equal('newer-version');
    await store.remove('k');
    expect(localStorage.getItem(`${NS_A}:k`)).to.equal(raw);
    expect(recoveryKeys(NS_A, 'k')).to.deep.equal([]);
  });

  it('refuses to overwrite a newer record it never read', async () => {
    const raw = JSON.stringify({ v: SCHEMA_VERSION + 3, t: 1, data: 'x' });
    localStorage.setItem(`${NS_A}:k`, raw);
    const error = await rejection(new LocalStore(NS_A).set('k', 'y'));
    expect((error as StoreError).kind).to.equal('newer-version');
    expect(localStorage.getItem(`${NS_A}:k`)).to.equal(raw);
  });

  it('rejects with StoreError "quota" when storage is full', async () => {
    const storage = new FakeStorage();
    const store = new LocalStore(NS_A, storage);
    await store.set('k', 1);
    storage.failSet = quotaError;
    const error = await rejection(store.set('k', 2));
    expect(error).to.be.instanceOf(StoreError);
    expect((error as StoreError).kind).to.equal('quota');
    expect((error as StoreError).cause).to.be.instanceOf(DOMException);
    expect(await store.get('k')).to.equal(1);
  });

  it('rejects with StoreError "unavailable" when storage is blocked', async () => {
    const store = new LocalStore(NS_A, new BlockedStorage());
    for (const call of [store.get('k'), store.set('k', 1), store.remove('k'), store.list('')]) {
      const error = await rejection(call);
      expect(error).to.be.instanceOf(StoreError);
      expect((error as StoreError).kind).to.equal('unavailable');
    }
  });

  it('rejects with "unavailable" when touching localStorage throws', async () => {
    await withLocalStorage({ get: () => { throw securityError(); } }, async () => {
      const store = new LocalStore(NS_A);
      const error = await rejection(store.get('k'));
      expect((error as StoreError).kind).to.equal('unavailable');
      expect((error as StoreError).cause).to.be.instanceOf(DOMException);
    });
  });

  it('rejects a value JSON cannot hold', async () => {
    const error = await rejection(new LocalStore(NS_A).set('k', { n: 1n }));
    expect(error).to.be.instanceOf(StoreError);
    expect(localStorage.getItem(`${NS_A}:k`)).to.equal(null);
  });

  describe('subscribe', () => {
    it('reports keys changed in another tab, in its own namespace only', async () => {
      const store = new LocalStore(NS_A);
      const seen: string[] = [];
      const stop = store.subscribe((key) => seen.push(key));
      const fire = (init: StorageEventInit) =>
        window.dispatchEvent(new StorageEvent('storage', { storageArea: localStorage, ...init }));
      localStorage.setItem(`${NS_A}:k`, JSON.stringify({ v: 1, t: Date.now(), data: 'x' }));
      fire({ key: `${NS_A}:k`, newValue: localStorage.getItem(`${NS_A}:k`) });
      fire({ key: `${NS_B}:k` });
      fire({ key: `${NS_A}:recovery:k:1` });
      fire({ key: `${NS_A}:other`, storageArea: sessionStorage });
      fire({ key: null });
      expect(seen).to.deep.equal(['k', '']);
      stop();
      fire({ key: `${NS_A}:k` });
      expect(seen).to.deep.equal(['k', '']);
      expect(await store.get('k')).to.equal('x');
    });
  });
});

describe('SafeStore', () => {
  it('passes values through to a working store', async () => {
    const { adapter, backing } = hostAdapter();
    const store = new SafeStore(adapter);
    await store.set('k', { a: 1 });
    expect(await backing.get('k')).to.deep.equal({ a: 1 });
    expect(await store.get('k')).to.deep.equal({ a: 1 });
    expect(await store.list('')).to.deep.equal(['k']);
    await store.remove('k');
    expect(await backing.get('k')).to.equal(undefined);
    expect(store.status).to.equal('saving');
    expect(store.unsavedEntries().size).to.equal(0);
    expect(store.lastError).to.equal(undefined);
  });

  describe('when storage is full', () => {
    it('keeps the value in memory and turns memory-only, announcing it once', async () => {
      const storage = new FakeStorage();
      const store = new SafeStore(new LocalStore(NS_A, storage));
      await store.set('saved', 'on disk');
      const statuses: StoreStatus[] = [];
      store.onStatusChange((status) => statuses.push(status));
      storage.failSet = quotaError;

      await store.set('k', { text: 'first' });
      await store.set('k', { text: 'second' });
      await store.set('other', 2);

      expect(await store.get('k')).to.deep.equal({ text: 'second' });
      expect(await store.get('saved')).to.equal('on disk');
      expect(store.status).to.equal('memory-only');
      expect(statuses).to.deep.equal(['memory-only']);
      expect(store.lastError?.kind).to.equal('quota');
      expect(Object.fromEntries(store.unsavedEntries())).to.deep.equal({ k: { text: 'second' }, other: 2 });
      expect(await store.list('')).to.deep.equal(['k', 'other', 'saved']);
      expect(storage.items.has(`${NS_A}:k`)).to.equal(false);
    });

    it('counts a later successful write as saved', async () => {
      const storage = new FakeStorage();
      const store = new SafeStore(new LocalStore(NS_A, storage));
      storage.failSet = quotaError;
      await store.set('k', 1);
      expect([...store.unsavedEntries().keys()]).to.deep.equal(['k']);
      storage.failSet = undefined;
      await store.set('k', 2);
      expect(store.unsavedEntries().size).to.equal(0);
      expect(JSON.parse(storage.getItem(`${NS_A}:k`)!)).to.include({ data: 2 });
      expect(store.status).to.equal('memory-only');
    });

    it('recognises a raw QuotaExceededError from a host adapter', async () => {
      const { adapter } = hostAdapter({ set: () => { throw quotaError(); } });
      const store = new SafeStore(adapter);
      await store.set('k', 1);
      expect(store.lastError?.kind).to.equal('quota');
      expect(await store.get('k')).to.equal(1);
    });

    it('hands out copies of unsaved entries', async () => {
      const storage = new FakeStorage();
      storage.failSet = quotaError;
      const store = new SafeStore(new LocalStore(NS_A, storage));
      await store.set('k', { list: [1] });
      (store.unsavedEntries().get('k') as { list: number[] }).list.push(2);
      expect(await store.get('k')).to.deep.equal({ list: [1] });
    });
  });

  describe('when storage is disabled', () => {
    it('works from memory over a LocalStore whose every call throws SecurityError', async () => {
      const store = new SafeStore(new LocalStore(NS_A, new BlockedStorage()));
      expect(await store.get('k')).to.equal(undefined);
      expect(await store.list('')).to.deep.equal([]);
      expect(store.status).to.equal('saving');
      await store.set('k', 'typed');
      expect(await store.get('k')).to.equal('typed');
      expect(await store.list('')).to.deep.equal(['k']);
      expect(store.status).to.equal('memory-only');
      expect(store.lastError?.kind).to.equal('unavailable');
      await store.remove('k');
      expect(await store.get('k')).to.equal(undefined);
      expect(await store.list('')).to.deep.equal([]);
    });

    it('createStore works when reading localStorage throws', async () => {
      await withLocalStorage({ get: () => { throw securityError(); } }, async () => {
        expect(() => globalThis.localStorage).to.throw();
        const store = createStore({ namespace: NS_A });
        let changes = 0;
        store.onStatusChange(() => changes++);
        expect(await store.get('k')).to.equal(undefined);
        await store.set('k', 'typed');
        await store.set('j', 'also');
        expect(await store.get('k')).to.equal('typed');
        expect(store.status).to.equal('memory-only');
        expect(changes).to.equal(1);
        expect(store.lastError?.kind).to.equal('unavailable');
        expect(store.subscribe(() => {})).to.be.a('function');
      });
      expect(localStorage.getItem(`${NS_A}:k`)).to.equal(null);
    });

    it('createStore works when there is no localStorage at all', async () => {
      await withLocalStorage({ value: undefined, writable: true }, async () => {
        expect(globalThis.localStorage).to.equal(undefined);
        const store = createStore({ namespace: NS_A });
        await store.set('k', [1, 2]);
        expect(await store.get('k')).to.deep.equal([1, 2]);
        expect(store.status).to.equal('memory-only');
        expect(store.lastError?.kind).to.equal('unavailable');
      });
    });
  });

  describe('with a host adapter', () => {
    it('never rejects when every call rejects', async () => {
      const fail = () => Promise.reject(new Error('server down'));
      const { adapter } = hostAdapter({ get: fail, set: fail, remove: fail, list: fail });
      const store = new SafeStore(adapter);
      expect(await store.get('k')).to.equal(undefined);
      await store.set('k', 'kept');
      expect(await store.get('k')).to.equal('kept');
      expect(await store.list('')).to.deep.equal(['k']);
      expect(store.status).to.equal('memory-only');
      expect(store.lastError?.kind).to.equal('adapter');
      expect(store.lastError?.message).to.equal('server down');
    });

    it('never throws when every call throws synchronously', async () => {
      const fail = () => {
        throw new TypeError('not implemented');
      };
      const { adapter } = hostAdapter({ get: fail, set: fail, remove: fail, list: fail, subscribe: fail });
      const store = new SafeStore(adapter);
      let pending: Promise<unknown> | undefined;
      expect(() => (pending = store.set('k', 'kept'))).not.to.throw();
      await pending;
      expect(await store.get('k')).to.equal('kept');
      expect(await store.list('k')).to.deep.equal(['k']);
      const stop = store.subscribe(() => {});
      expect(stop).not.to.throw();
      expect(store.status).to.equal('memory-only');
    });

    it('copes with an adapter that returns garbage or is not an adapter at all', async () => {
      const { adapter } = hostAdapter({ get: () => 'not a promise', list: () => 'not a list', set: () => 42 });
      const store = new SafeStore(adapter);
      expect(await store.get('anything')).to.equal('not a promise');
      await store.set('k', 1);
      expect(await store.list('')).to.deep.equal(['anything', 'k']);
      expect(store.lastError?.kind).to.equal('adapter');

      const empty = new SafeStore({} as AllianceStore);
      await empty.set('k', 1);
      expect(await empty.get('k')).to.equal(1);
      expect(empty.status).to.equal('memory-only');
      expect(empty.subscribe(() => {})).to.be.a('function');
    });

    it('works with a slow adapter and answers from memory while a write is under way', async () => {
      const backing = new MemoryStore();
      const slow = <T>(op: () => Promise<T>) => delay(40).then(op);
      const store = new SafeStore({
        get: (key) => slow(() => backing.get(key)),
        set: (key, value) => slow(() => backing.set(key, value)),
        remove: (key) => slow(() => backing.remove(key)),
        list: (prefix) => slow(() => backing.list(prefix)),
      });
      const writing = store.set('k', 'new');
      expect(await store.get('k')).to.equal('new');
      expect(await store.list('')).to.deep.equal(['k']);
      await writing;
      expect(await backing.get('k')).to.equal('new');
      expect(await store.get('k')).to.equal('new');
      expect(store.status).to.equal('saving');
    });

    it('gives up on an adapter that never answers', async () => {
      const never = () => new Promise<never>(() => {});
      const store = new SafeStore({ get: never, set: never, remove: never, list: never }, { timeout: 30 });
      await store.set('k', 'kept');
      expect(await store.get('k')).to.equal('kept');
      expect(await store.list('')).to.deep.equal(['k']);
      expect(store.status).to.equal('memory-only');
      expect(store.lastError?.message).to.match(/30 ms/);
    });

    it('lets the latest write decide, whatever order the adapter answers in', async () => {
      let call = 0;
      const { adapter, backing } = hostAdapter({
        set: (key: string, value: unknown) => {
          call++;
          return call === 1 ? delay(40).then(() => Promise.reject(new Error('late failure'))) : backing.set(key, value);
        },
      });
      const store = new SafeStore(adapter);
      const first = store.set('k', 'first');
      await store.set('k', 'second');
      await first;
      expect(store.unsavedEntries().size).to.equal(0);
      expect(store.status).to.equal('saving');
      expect(await store.get('k')).to.equal('second');
    });

    it('does not bring back a value whose removal failed', async () => {
      const { adapter, backing } = hostAdapter({ remove: () => Promise.reject(new Error('nope')) });
      await backing.set('k', 'old');
      const store = new SafeStore(adapter);
      await store.remove('k');
      expect(await store.get('k')).to.equal(undefined);
      expect(await store.list('')).to.deep.equal([]);
      expect(store.unsavedEntries().size).to.equal(0);
      expect(store.status).to.equal('memory-only');
    });
  });

  describe('another tab', () => {
    it('reports the key and reads the new value, not a stale copy', async () => {
      const store = createStore({ namespace: NS_A });
      await store.set('k', 'old');
      expect(await store.get('k')).to.equal('old');
      const seen: string[] = [];
      const stop = store.subscribe((key) => seen.push(key));

      const newValue = JSON.stringify({ v: SCHEMA_VERSION, t: Date.now(), data: 'new' });
      localStorage.setItem(`${NS_A}:k`, newValue);
      window.dispatchEvent(new StorageEvent('storage', { key: `${NS_A}:k`, newValue, storageArea: localStorage }));
      expect(seen).to.deep.equal(['k']);
      expect(await store.get('k')).to.equal('new');

      localStorage.removeItem(`${NS_A}:k`);
      window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
      expect(seen).to.deep.equal(['k', '']);
      expect(await store.get('k')).to.equal(undefined);
      stop();
    });

    it('drops its cached copy of a changed key but keeps unsaved work', async () => {
      let failing = false;
      const { adapter, backing, emit, listeners } = hostAdapter();
      const base = adapter as unknown as Record<string, (...args: unknown[]) => unknown>;
      const flaky = {
        ...base,
        get: (key: string) => (failing ? Promise.reject(new Error('offline')) : base.get(key)),
        set: (key: string, value: unknown) => (failing ? Promise.reject(new Error('offline')) : base.set(key, value)),
      } as unknown as AllianceStore;
      const store = new SafeStore(flaky);
      await store.set('saved', 'old');
      const seen: string[] = [];
      const stop = store.subscribe((key) => seen.push(key));
      expect(listeners.size).to.equal(1);

      failing = true;
      await store.set('unsaved', 'mine');
      await backing.set('saved', 'theirs');
      await backing.set('unsaved', 'theirs');
      emit('saved');
      emit('unsaved');
      expect(seen).to.deep.equal(['saved', 'unsaved']);
      // The inner store is down now: the stale 'old' must not come back from memory.
      expect(await store.get('saved')).to.equal(undefined);
      expect(await store.get('unsaved')).to.equal('mine');

      failing = false;
      expect(await store.get('saved')).to.equal('theirs');
      stop();
      expect(listeners.size).to.equal(0);
    });
  });

  describe('createStore and getDefaultStore', () => {
    it('uses localStorage under the namespace by default', async () => {
      await createStore({ namespace: NS_A }).set('k', 1);
      expect(JSON.parse(localStorage.getItem(`${NS_A}:k`)!)).to.include({ v: SCHEMA_VERSION, data: 1 });
    });

    it('keeps storage="none" out of localStorage', async () => {
      const store = createStore({ storage: 'none', namespace: NS_A });
      await store.set('k', 1);
      expect(await store.get('k')).to.equal(1);
      expect(localStorage.getItem(`${NS_A}:k`)).to.equal(null);
      expect(store.status).to.equal('saving');
    });

    it('prefers the host adapter', async () => {
      const { adapter, calls } = hostAdapter();
      const store = createStore({ storage: 'local', namespace: NS_A, adapter });
      await store.set('k', 1);
      expect(calls).to.deep.equal(['set k']);
      expect(localStorage.getItem(`${NS_A}:k`)).to.equal(null);
    });

    it('shares one store per namespace', async () => {
      const a = getDefaultStore(NS_A);
      expect(a).to.be.instanceOf(SafeStore);
      expect(getDefaultStore(NS_A)).to.equal(a);
      expect(getDefaultStore(NS_B)).not.to.equal(a);
      await a.set('k', 'shared');
      expect(JSON.parse(localStorage.getItem(`${NS_A}:k`)!)).to.include({ data: 'shared' });
    });

    it('refuses to overwrite a newer record, keeping the value in memory', async () => {
      const raw = JSON.stringify({ v: SCHEMA_VERSION + 1, t: 1, data: 'future' });
      localStorage.setItem(`${NS_A}:k`, raw);
      const store = createStore({ namespace: NS_A });
      expect(await store.get('k')).to.equal(undefined);
      await store.set('k', 'present');
      expect(localStorage.getItem(`${NS_A}:k`)).to.equal(raw);
      expect(await store.get('k')).to.equal('present');
      expect(store.status).to.equal('memory-only');
      expect(store.lastError?.kind).to.equal('newer-version');
    });
  });
});
