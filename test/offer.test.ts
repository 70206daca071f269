import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { AllianceOffer } from '../src/components/offer/offer.js';
import type { AllianceProvider } from '../src/components/provider/provider.js';
import { AllianceOfferChangeEvent } from '../src/components/offer/offer.events.js';
import { MemoryStore } from '../src/storage/memory.js';
import type { AllianceStore } from '../src/storage/types.js';
import { en } from '../src/content/en.js';
import { text } from './helpers.js';

async function mount(store: AllianceStore = new MemoryStore()) {
  const provider = await fixture<AllianceProvider>(html`<alliance-provider .store=${store}>
    <alliance-offer></alliance-offer>
  </alliance-provider>`);
  const offer = provider.querySelector<AllianceOffer>('alliance-offer')!;
  await offer.updateComplete;
  return { provider, offer, store };
}
const root = (offer: AllianceOffer) => offer.shadowRoot!;
const boxes = (offer: AllianceOffer) => [...root(offer).querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
const note = (offer: AllianceOffer, id: string) => root(offer).querySelector<HTMLTextAreaElement>(`#note-${id}`)!;

function type(field: HTMLTextAreaElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('<alliance-offer>', () => {
  afterEach(() => sinon.restore());

  describe('rendering', () => {
    it('shows the four ways as disclosures, each with its example and a note field', async () => {
      const { offer } = await mount();
      const ways = [...root(offer).querySelectorAll('details')];
      expect(ways).to.have.length(4);
      expect(ways.map((d) => text(d.querySelector('summary')))).to.deep.equal(en.offer.ways.map((w, i) => `${i + 1}. ${w.title}`));
      for (const [i, way] of en.offer.ways.entries()) {
        expect(text(ways[i])).to.contain(way.example);
        const field = note(offer, way.id);
        expect(root(offer).querySelector(`label[for=note-${way.id}]`)).to.not.equal(null);
        expect(field.maxLength).to.equal(2000);
      }
    });

    it('shows the four things an alliance involves as checkboxes, none ticked', async () => {
      const { offer } = await mount();
      expect(boxes(offer)).to.have.length(4);
      expect(boxes(offer).some((b) => b.checked)).to.equal(false);
      expect(text(root(offer).querySelector('fieldset'))).to.contain(en.involves.items[2]).and.contain('0 of 4 today');
    });

    it('credits the articles the guide reaches us through, and says what is ours', async () => {
      const { offer } = await mount();
      const credit = text(root(offer).querySelector('.credit'));
      expect(credit).to.contain('“How can I offer a collaborative alliance to my partner?”');
      expect(credit).to.contain('“8 key tips to create a collaborative alliance in relationships”');
      expect(credit).to.contain('The daily checklist and the limits are ours.');
      expect(credit).not.to.contain('Schnarch');
    });
  });

  describe('notes', () => {
    it('keeps a note in the store and brings it back on a new load', async () => {
      const store = new MemoryStore();
      const { offer } = await mount(store);
      type(note(offer, 'honesty'), 'Tell her about Sunday.');
      await waitUntil(async () => ((await store.get<Record<string, string>>('offer:notes')) ?? {}).honesty === 'Tell her about Sunday.');
      const again = await mount(store);
      await waitUntil(() => note(again.offer, 'honesty').value === 'Tell her about Sunday.', 'the note did not come back');
    });

    it('fires alliance-offer-change when a person finishes a note', async () => {
      const { offer } = await mount();
      const seen: AllianceOfferChangeEvent[] = [];
      offer.addEventListener('alliance-offer-change', (e) => seen.push(e));
      const field = note(offer, 'grounded');
      type(field, 'Breathe first.');
      field.dispatchEvent(new Event('change', { bubbles: true }));
      expect(seen).to.have.length(1);
      expect(seen[0]).to.be.instanceOf(AllianceOfferChangeEvent);
      expect([seen[0].kind, seen[0].way, seen[0].value]).to.deep.equal(['note', 'grounded', 'Breathe first.']);
    });

    it('shows what people typed as text, never as markup', async () => {
      const store = new MemoryStore();
      await store.set('offer:notes', { focus: '<img src=x onerror="window.__offerHacked=1">' });
      const { offer } = await mount(store);
      await waitUntil(() => note(offer, 'focus').value.startsWith('<img'));
      expect(root(offer).querySelector('img')).to.equal(null);
      expect((window as { __offerHacked?: number }).__offerHacked).to.equal(undefined);
    });
  });

  describe('today', () => {
    it('a tick is saved for today, counted, and fires alliance-offer-change', async () => {
      const store = new MemoryStore();
      const { offer } = await mount(store);
      const seen: AllianceOfferChangeEvent[] = [];
      offer.addEventListener('alliance-offer-change', (e) => seen.push(e));
      boxes(offer)[1].click();
      await offer.updateComplete;
      expect(text(root(offer).querySelector('fieldset'))).to.contain('1 of 4 today');
      expect([seen[0].kind, seen[0].item, seen[0].value]).to.deep.equal(['tick', 1, true]);
      await waitUntil(async () => ((await store.get<{ ticks: number[] }>('offer:today'))?.ticks ?? []).includes(1));
      const again = await mount(store);
      await waitUntil(() => boxes(again.offer)[1].checked, 'the tick did not come back');
    });

    it('the ticks belong to the day: they start fresh after local midnight', async () => {
      const clock = sinon.useFakeTimers({ now: new Date(2026, 10, 23, 23, 58), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      const { offer } = await mount();
      boxes(offer)[0].click();
      boxes(offer)[3].click();
      await offer.updateComplete;
      expect(boxes(offer).map((b) => b.checked)).to.deep.equal([true, false, false, true]);
      await clock.tickAsync(3 * 60_000);
      await offer.updateComplete;
      expect(boxes(offer).map((b) => b.checked)).to.deep.equal([false, false, false, false]);
      expect(text(root(offer).querySelector('fieldset'))).to.contain('0 of 4 today');
      clock.restore();
    });

    it('yesterday’s stored ticks are not shown today', async () => {
      const store = new MemoryStore();
      await store.set('offer:today', { day: '2000-01-01', ticks: [0, 1, 2, 3] });
      const { offer } = await mount(store);
      await new Promise((r) => setTimeout(r, 10));
      await offer.updateComplete;
      expect(boxes(offer).some((b) => b.checked)).to.equal(false);
    });

    it('no event when the store loads ticks (nobody ticked)', async () => {
      const store = new MemoryStore();
      const spy = sinon.spy();
      document.addEventListener('alliance-offer-change', spy);
      await mount(store);
      document.removeEventListener('alliance-offer-change', spy);
      expect(spy.callCount).to.equal(0);
    });
  });

  describe('storage failures', () => {
    it('keeps working in memory and says so politely when the store cannot save', async () => {
      const failing: AllianceStore = {
        get: () => Promise.reject(new DOMException('blocked', 'SecurityError')),
        set: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
        remove: () => Promise.resolve(),
        list: () => Promise.resolve([]),
      };
      const { offer } = await mount(failing);
      boxes(offer)[2].click();
      await waitUntil(() => root(offer).querySelector('.storage-notice'), 'no storage notice');
      expect(boxes(offer)[2].checked).to.equal(true);
      expect(root(offer).querySelectorAll('.storage-notice')).to.have.length(1);
      expect(text(root(offer).querySelector('.storage-notice-text'))).to.equal(en.ui.storageUnavailable);
      expect(text(root(offer).querySelector('.storage-notice button'))).to.equal(en.ui.downloadNotes);
    });
  });

  describe('keyboard and accessibility', () => {
    it('the ways open with the keyboard (native disclosures) and everything is focusable', async () => {
      const { offer } = await mount();
      const summaries = [...root(offer).querySelectorAll<HTMLElement>('summary')];
      expect(summaries.every((s) => s.tabIndex === 0)).to.equal(true);
      summaries[0].click(); // Enter and Space on a summary activate it like a click
      await offer.updateComplete;
      expect(root(offer).querySelector('details')!.open).to.equal(true);
    });

    it('has no axe violations, closed and open', async () => {
      const { provider, offer } = await mount();
      await expect(provider).to.be.accessible();
      root(offer).querySelectorAll('details').forEach((d) => (d.open = true));
      await expect(provider).to.be.accessible();
    });
  });
});
