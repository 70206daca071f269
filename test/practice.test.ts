import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { AlliancePractice } from '../src/components/practice/practice.js';
import type { AllianceProvider } from '../src/components/provider/provider.js';
import { AlliancePracticeChangeEvent, AlliancePracticeCopyEvent } from '../src/components/practice/practice.events.js';
import { MemoryStore } from '../src/storage/memory.js';
import { en } from '../src/content/en.js';
import { captureWarnings, text } from './helpers.js';

async function mount(practice = '', store = new MemoryStore()) {
  const provider = await fixture<AllianceProvider>(html`<alliance-provider .store=${store}>
    <alliance-practice practice=${practice}></alliance-practice>
  </alliance-provider>`);
  const el = provider.querySelector<AlliancePractice>('alliance-practice')!;
  await el.updateComplete;
  return { provider, el, store };
}
const root = (el: AlliancePractice) => el.shadowRoot!;
const sections = (el: AlliancePractice) => [...root(el).querySelectorAll<HTMLElement>('[data-practice]')].map((s) => s.dataset.practice);

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('<alliance-practice>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    sinon.restore();
  });

  describe('which practices', () => {
    it('shows all four in order with no practice attribute', async () => {
      const { el } = await mount();
      expect(sections(el)).to.deep.equal(['reframe', 'both-and', 'teamwork', 'hero']);
    });
    for (const id of ['reframe', 'both-and', 'teamwork', 'hero']) {
      it(`practice="${id}" shows just that one`, async () => {
        const { el } = await mount(id);
        expect(sections(el)).to.deep.equal([id]);
      });
    }
    it('an unknown practice warns once, naming it and the accepted ones, and shows all four', async () => {
      const { el } = await mount('blame');
      const relevant = warnings.messages.filter((m) => m.includes('practice="blame"'));
      expect(relevant).to.have.length(1);
      expect(relevant[0]).to.contain('"reframe"').and.contain('"both-and"').and.contain('"hero"');
      expect(sections(el)).to.have.length(4);
    });
  });

  describe('reframe', () => {
    it('browses blaming questions turned into questions about us, wrapping around', async () => {
      const { el } = await mount('reframe');
      const pairs = en.practices.reframe.pairs;
      const shown = () => [text(root(el).querySelector('.blaming')), text(root(el).querySelector('.curious'))];
      expect(shown()).to.deep.equal([pairs[0].blaming, pairs[0].curious]);
      const [previous, next] = root(el).querySelectorAll<HTMLButtonElement>('.browse button');
      next.click();
      await el.updateComplete;
      expect(shown()).to.deep.equal([pairs[1].blaming, pairs[1].curious]);
      previous.click();
      previous.click();
      await el.updateComplete;
      expect(shown()[0]).to.equal(pairs[pairs.length - 1].blaming);
      expect(text(root(el).querySelector('.position'))).to.equal(`${pairs.length} of ${pairs.length}`);
    });
  });

  describe('both-and', () => {
    it('composes the sentence from the two parts', async () => {
      const { el } = await mount('both-and');
      const [want, need] = root(el).querySelectorAll<HTMLInputElement>('input');
      const copy = root(el).querySelector<HTMLButtonElement>('.copy-row button')!;
      expect(copy.disabled).to.equal(true);
      type(want, 'closeness');
      type(need, 'space.');
      await el.updateComplete;
      expect(text(root(el).querySelector('[part=sentence]'))).to.equal('I want closeness, and I need space.');
      expect(copy.disabled).to.equal(false);
    });

    it('copies with the Clipboard API and fires alliance-practice-copy', async () => {
      const { el } = await mount('both-and');
      const [want, need] = root(el).querySelectorAll<HTMLInputElement>('input');
      type(want, 'closeness');
      type(need, 'space');
      await el.updateComplete;
      const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
      const seen: AlliancePracticeCopyEvent[] = [];
      el.addEventListener('alliance-practice-copy', (e) => seen.push(e));
      root(el).querySelector<HTMLButtonElement>('.copy-row button')!.click();
      await waitUntil(() => seen.length === 1, 'no copy event');
      expect(write.calledOnceWith('I want closeness, and I need space.')).to.equal(true);
      expect(seen[0].text).to.equal('I want closeness, and I need space.');
      await el.updateComplete;
      expect(text(root(el).querySelector('.copy-row [role=status]'))).to.equal('Copied');
    });

    it('falls back to a selected field when the clipboard is refused', async () => {
      const { el } = await mount('both-and');
      const [want, need] = root(el).querySelectorAll<HTMLInputElement>('input');
      type(want, 'closeness');
      type(need, 'space');
      await el.updateComplete;
      sinon.stub(navigator.clipboard, 'writeText').rejects(new DOMException('denied', 'NotAllowedError'));
      sinon.stub(document, 'execCommand').returns(false);
      const spy = sinon.spy();
      el.addEventListener('alliance-practice-copy', spy);
      root(el).querySelector<HTMLButtonElement>('.copy-row button')!.click();
      await waitUntil(() => root(el).querySelector('.fallback'), 'no fallback field');
      await el.updateComplete;
      const field = root(el).querySelector<HTMLTextAreaElement>('.fallback')!;
      expect(field.value).to.equal('I want closeness, and I need space.');
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
      expect(text(root(el).querySelector('.copy-row [role=status]'))).to.equal(en.ui.practice.copyFallback);
      expect(spy.callCount).to.equal(0);
    });

    it('keeps the parts in the store and fires alliance-practice-change when a part is done', async () => {
      const { el, store } = await mount('both-and');
      const seen: AlliancePracticeChangeEvent[] = [];
      el.addEventListener('alliance-practice-change', (e) => seen.push(e));
      const [want] = root(el).querySelectorAll<HTMLInputElement>('input');
      type(want, 'to be heard');
      want.dispatchEvent(new Event('change'));
      expect(seen).to.have.length(1);
      expect(seen[0].practice).to.equal('both-and');
      expect(seen[0].value).to.deep.equal({ want: 'to be heard', need: '' });
      await waitUntil(async () => (await store.get<{ want: string }>('practice:both-and'))?.want === 'to be heard');
    });
  });

  describe('teamwork', () => {
    it('keeps the shared answer across loads and fires alliance-practice-change', async () => {
      const store = new MemoryStore();
      const { el } = await mount('teamwork', store);
      const field = root(el).querySelector<HTMLTextAreaElement>('textarea')!;
      expect(text(root(el).querySelector('label[for=teamwork]'))).to.equal(en.practices.teamwork.question);
      const spy = sinon.spy();
      el.addEventListener('alliance-practice-change', spy);
      type(field, 'A walk, phones off.');
      field.dispatchEvent(new Event('change'));
      expect(spy.callCount).to.equal(1);
      await waitUntil(async () => (await store.get('practice:teamwork')) === 'A walk, phones off.');
      const again = await mount('teamwork', store);
      await waitUntil(() => root(again.el).querySelector('textarea')!.value === 'A walk, phones off.');
    });

    it('shows markup as text', async () => {
      const store = new MemoryStore();
      await store.set('practice:teamwork', '<img src=x onerror="window.__practiceHacked=1">');
      const { el } = await mount('teamwork', store);
      await waitUntil(() => root(el).querySelector('textarea')!.value.startsWith('<img'));
      expect(root(el).querySelector('img')).to.equal(null);
      expect((window as { __practiceHacked?: number }).__practiceHacked).to.equal(undefined);
    });
  });

  describe('hero', () => {
    it('shows the prompt and the reminder “connection, not victory”', async () => {
      const { el } = await mount('hero');
      expect(text(root(el).querySelector('[part=mantra]'))).to.contain(en.practices.hero.mantra);
      expect(text(root(el))).to.contain(en.ui.practice.heroPrompt);
    });
  });

  describe('accessibility', () => {
    it('all four have no axe violations', async () => {
      const { provider } = await mount();
      await expect(provider).to.be.accessible();
    });
    it('the copy fallback has no axe violations', async () => {
      const { provider, el } = await mount('both-and');
      const [want, need] = root(el).querySelectorAll<HTMLInputElement>('input');
      type(want, 'a');
      type(need, 'b');
      await el.updateComplete;
      sinon.stub(navigator.clipboard, 'writeText').rejects(new Error('no'));
      sinon.stub(document, 'execCommand').returns(false);
      root(el).querySelector<HTMLButtonElement>('.copy-row button')!.click();
      await waitUntil(() => root(el).querySelector('.fallback'));
      await expect(provider).to.be.accessible();
    });
  });
});
