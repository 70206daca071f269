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

describe('StoredController with a slow store', () => {
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
