import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import '../src/define.js';
import { SettingsController } from '../src/controllers/settings.js';
import { StoredController } from '../src/controllers/stored.js';
import { defineElement } from '../src/base/define.js';
import type { AllianceProvider } from '../src/components/provider/provider.js';
import type { AllianceStore } from '../src/storage/types.js';

/** A probe that keeps one text in the store, as a note field would. */
class StoredProbe extends LitElement {
  readonly settings = new SettingsController(this);
  readonly note = new StoredController<string>(this, {
    settings: this.settings,
    key: () => 'probe:note',
    initial: '',
    debounce: 20,
  });
  override render() {
    return litHtml`<p>${this.note.value}</p>${this.note.memoryOnly ? litHtml`<p role="status">memory only</p>` : ''}`;
  }
}
defineElement('test-stored-probe', StoredProbe);

const NS = 'stored-test';
const raw = () => {
  const item = localStorage.getItem(`${NS}:probe:note`);
  return item === null ? undefined : (JSON.parse(item) as { data: unknown }).data;
};

async function mount(adapter?: AllianceStore) {
  const provider = await fixture<AllianceProvider>(html`<alliance-provider storage-key=${NS} .store=${adapter ?? null}>
    <test-stored-probe></test-stored-probe>
  </alliance-provider>`);
  const probe = provider.querySelector<StoredProbe>('test-stored-probe')!;
  await waitUntil(() => probe.note.loaded, 'the stored value never loaded');
  return { provider, probe };
}

describe('StoredController', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith(NS)) localStorage.removeItem(key);
  });

  it('loads what is stored', async () => {
    localStorage.setItem(`${NS}:probe:note`, JSON.stringify({ v: 1, t: 1, data: 'from yesterday' }));
    const { probe } = await mount();
    expect(probe.note.value).to.equal('from yesterday');
  });

  it('saves a change once typing pauses, and a new page load finds it', async () => {
    const { probe } = await mount();
    probe.note.set('d');
    probe.note.set('dr');
    probe.note.set('draft');
    expect(raw()).to.equal(undefined);
    await waitUntil(() => raw() === 'draft', 'the draft was not saved');
    const again = await mount();
    expect(again.probe.note.value).to.equal('draft');
  });

  it('saves at once when the element leaves the page', async () => {
    const { provider, probe } = await mount();
    probe.note.set('leaving');
    provider.remove();
    await waitUntil(() => raw() === 'leaving', 'not saved on disconnect');
  });

  it('picks up a change made in another tab', async () => {
    const { probe } = await mount();
    localStorage.setItem(`${NS}:probe:note`, JSON.stringify({ v: 1, t: 2, data: 'from the other tab' }));
    window.dispatchEvent(new StorageEvent('storage', { key: `${NS}:probe:note`, storageArea: localStorage }));
    await waitUntil(() => probe.note.value === 'from the other tab', 'the other tab’s change did not arrive');
  });

  it('keeps what this page is typing when another tab writes the same key', async () => {
    const { probe } = await mount();
    probe.note.set('typing here');
    localStorage.setItem(`${NS}:probe:note`, JSON.stringify({ v: 1, t: 2, data: 'other tab' }));
    window.dispatchEvent(new StorageEvent('storage', { key: `${NS}:probe:note`, storageArea: localStorage }));
    await new Promise((r) => setTimeout(r, 5));
    expect(probe.note.value).to.equal('typing here');
    await waitUntil(() => raw() === 'typing here', 'the local edit was not saved');
  });

  it('keeps the value in memory and says so when the store cannot save', async () => {
    const failing: AllianceStore = {
      get: () => Promise.resolve(undefined),
      set: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
      remove: () => Promise.resolve(),
      list: () => Promise.resolve([]),
    };
    const { probe } = await mount(failing);
    probe.note.set('precious words');
    await waitUntil(() => probe.note.memoryOnly, 'memoryOnly never turned true');
    await probe.updateComplete;
    expect(probe.note.value).to.equal('precious words');
    expect(probe.shadowRoot!.querySelector('[role=status]')?.textContent).to.equal('memory only');
  });

  it('hands a pending change to the store the moment the page goes away, before the pause', async () => {
    const { probe } = await mount();
    probe.note.set('typed a moment ago');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    // Written inside the event, not after it: a closing page may run nothing more.
    expect(raw()).to.equal('typed a moment ago');
  });

  it('saves at once when the tab turns hidden, as a phone may close it then without another word', async () => {
    const { probe } = await mount();
    probe.note.set('switching apps');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    expect(raw()).to.equal('switching apps');
  });

  it('saves at once when the page is frozen', async () => {
    const { probe } = await mount();
    probe.note.set('frozen in the background');
    document.dispatchEvent(new Event('freeze'));
    expect(raw()).to.equal('frozen in the background');
  });

  it('reads again when the page comes back from the back/forward cache', async () => {
    const { probe } = await mount();
    // Another tab saved while this page sat in the cache, where it heard no storage event.
    localStorage.setItem(`${NS}:probe:note`, JSON.stringify({ v: 1, t: 3, data: 'saved while away' }));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await waitUntil(() => probe.note.value === 'saved while away', 'the page did not read again');
  });

  it('merges a change from another tab with words typed here in another field, losing neither', async () => {
    const { probe } = await mount();
    probe.note.set('mine');
    const other = { v: 1, t: 4, data: 'theirs' };
    localStorage.setItem(`${NS}:probe:note`, JSON.stringify(other));
    window.dispatchEvent(new StorageEvent('storage', { key: `${NS}:probe:note`, storageArea: localStorage }));
    // One text field both changed: the words typed here are newer and stay; the other tab's are kept to recover.
    await waitUntil(() => Object.keys(localStorage).some((key) => key.startsWith(`${NS}:recovery:probe:note:`)), 'the other words were not kept');
    const kept = Object.keys(localStorage).find((key) => key.startsWith(`${NS}:recovery:probe:note:`))!;
    expect((JSON.parse(localStorage.getItem(kept)!) as { data: unknown }).data).to.equal('theirs');
    expect(probe.note.value).to.equal('mine');
    await waitUntil(() => raw() === 'mine', 'the newer words were not saved');
  });

  it('clear() forgets the value', async () => {
    const { probe } = await mount();
    probe.note.set('soon gone');
    await probe.note.flush();
    expect(raw()).to.equal('soon gone');
    await probe.note.clear();
    expect(raw()).to.equal(undefined);
    expect(probe.note.value).to.equal('');
  });
});

describe('StoredController with a host adapter', () => {
  it('hands over pending values and then asks the adapter to send them off when the page goes away', async () => {
    const calls: string[] = [];
    const adapter: AllianceStore = {
      get: () => Promise.resolve(undefined),
      set: (key, value) => (calls.push(`set ${key} ${String(value)}`), Promise.resolve()),
      remove: () => Promise.resolve(),
      list: () => Promise.resolve([]),
      flush: () => (calls.push('flush'), Promise.resolve()),
    };
    const { probe } = await mount(adapter);
    probe.note.set('for the server');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await waitUntil(() => calls.includes('flush'), 'flush was never called');
    expect(calls.indexOf('set probe:note for the server')).to.be.lessThan(calls.indexOf('flush')).and.greaterThan(-1);
  });

  it('says it is not saving when the adapter’s flush fails, and keeps the words', async () => {
    const adapter: AllianceStore = {
      get: () => Promise.resolve(undefined),
      set: () => Promise.resolve(),
      remove: () => Promise.resolve(),
      list: () => Promise.resolve([]),
      flush: () => Promise.reject(new Error('offline')),
    };
    const { probe } = await mount(adapter);
    probe.note.set('still here');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await waitUntil(() => probe.note.memoryOnly, 'memoryOnly never turned true');
    expect(probe.note.value).to.equal('still here');
  });
});

describe('StoredController with a slow store', () => {
  it('a read that answers after clear() does not bring the cleared words back', async () => {
    let answerRead: (value: string) => void = () => {};
    let reads = 0;
    const slow: AllianceStore = {
      get: <T>() => (reads++, new Promise<T | undefined>((resolve) => (answerRead = (value) => resolve(value as T)))),
      set: () => Promise.resolve(),
      remove: () => Promise.resolve(),
      list: () => Promise.resolve([]),
    };
    const provider = await fixture<AllianceProvider>(html`<alliance-provider .store=${slow}>
      <test-stored-probe></test-stored-probe>
    </alliance-provider>`);
    const probe = provider.querySelector<StoredProbe>('test-stored-probe')!;
    await probe.updateComplete;
    await waitUntil(() => reads > 0, 'no read began');
    await probe.note.clear();
    answerRead('yesterday’s draft');
    await new Promise((r) => setTimeout(r, 10));
    expect(probe.note.value).to.equal('');
  });

  it('a read that answers after a change (and its save) does not overwrite it', async () => {
    let answerRead: (value: string) => void = () => {};
    const saved: unknown[] = [];
    const slow: AllianceStore = {
      get: <T>() => new Promise<T | undefined>((resolve) => (answerRead = (value) => resolve(value as T))),
      set: (_key, value) => (saved.push(value), Promise.resolve()),
      remove: () => Promise.resolve(),
      list: () => Promise.resolve([]),
    };
    const provider = await fixture<AllianceProvider>(html`<alliance-provider .store=${slow}>
      <test-stored-probe></test-stored-probe>
    </alliance-provider>`);
    const probe = provider.querySelector<StoredProbe>('test-stored-probe')!;
    await probe.updateComplete;
    probe.note.set('typed before the store answered');
    await probe.note.flush();
    expect(saved).to.deep.equal(['typed before the store answered']);
    answerRead('stale value from the store');
    await new Promise((r) => setTimeout(r, 10));
    expect(probe.note.value).to.equal('typed before the store answered');
    expect(probe.note.loaded).to.equal(true);
  });
});
