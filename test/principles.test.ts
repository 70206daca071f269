import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { AlliancePrinciples } from '../src/components/principles/principles.js';
import type { AlliancePrinciple } from '../src/components/principle/principle.js';
import { AlliancePrincipleChangeEvent } from '../src/components/principles/principles.events.js';
import { dailyPrinciple } from '../src/components/principles/daily.js';
import { localDayKey, msUntilLocalMidnight } from '../src/controllers/local-day.js';
import { captureWarnings, text } from './helpers.js';

const shownNumber = (deck: AlliancePrinciples) =>
  Number(deck.shadowRoot!.querySelector<AlliancePrinciple>('alliance-principle')!.number);
const buttons = (deck: AlliancePrinciples) => [...deck.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=button]')];
const status = (deck: AlliancePrinciples) => text(deck.shadowRoot!.querySelector('[role=status]'));

async function press(target: Element, key: string) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  const host = (target.getRootNode() as ShadowRoot).host as AlliancePrinciples;
  await host.updateComplete;
}

describe('<alliance-principles>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    sinon.restore();
  });

  describe('carousel (default)', () => {
    it('shows one card, starting at 1, with "1 of 8"', async () => {
      const deck = await fixture<AlliancePrinciples>(html`<alliance-principles></alliance-principles>`);
      expect(deck.mode).to.equal('carousel');
      expect(deck.shadowRoot!.querySelectorAll('alliance-principle')).to.have.length(1);
      expect(shownNumber(deck)).to.equal(1);
      expect(text(deck.shadowRoot!.querySelector('[part=position]'))).to.equal('1 of 8');
      expect(deck.current).to.equal(1);
    });

    it('start picks the first card', async () => {
      const deck = await fixture<AlliancePrinciples>(html`<alliance-principles start="5"></alliance-principles>`);
      expect(shownNumber(deck)).to.equal(5);
    });

    it('next and previous move one card and wrap around', async () => {
      const deck = await fixture<AlliancePrinciples>(html`<alliance-principles start="8"></alliance-principles>`);
      const [previous, next] = buttons(deck);
      next.click();
      await deck.updateComplete;
      expect(shownNumber(deck)).to.equal(1);
      previous.click();
      await deck.updateComplete;
      previous.click();
      await deck.updateComplete;
      expect(shownNumber(deck)).to.equal(7);
    });

    it('the buttons have names', async () => {
      const deck = await fixture<AlliancePrinciples>(html`<alliance-principles></alliance-principles>`);
      expect(buttons(deck).map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Previous principle', 'Next principle']);
    });

    it('announces the new position politely when a person moves, not on load', async () => {
      const deck = await fixture<AlliancePrinciples>(html`<alliance-principles start="2"></alliance-principles>`);
      expect(status(deck)).to.equal('');
      buttons(deck)[1].click();
      await deck.updateComplete;
      expect(status(deck)).to.equal('3 of 8');
    });
  });

  describe('keyboard', () => {
    it('arrow keys, Home and End move the carousel', async () => {
      const deck = await fixture<AlliancePrinciples>(html`<alliance-principles start="4"></alliance-principles>`);
      const slide = deck.shadowRoot!.querySelector<HTMLElement>('.slide')!;
      slide.focus();
      await press(slide, 'ArrowRight');
      expect(shownNumber(deck)).to.equal(5);
      await press(slide, 'ArrowLeft');
      await press(slide, 'ArrowLeft');
      expect(shownNumber(deck)).to.equal(3);
      await press(slide, 'End');
      expect(shownNumber(deck)).to.equal(8);
      await press(slide, 'Home');
      expect(shownNumber(deck)).to.equal(1);
    });

    it('mirrors the arrow keys right to left', async () => {
      const deck = await fixture<AlliancePrinciples>(html`<alliance-principles dir="rtl" start="4"></alliance-principles>`);
      const slide = deck.shadowRoot!.querySelector<HTMLElement>('.slide')!;
      await press(slide, 'ArrowLeft');
      expect(shownNumber(deck)).to.equal(5);
    });

    it('the slide and both buttons can be reached with Tab', async () => {
      const deck = await fixture<AlliancePrinciples>(html`<alliance-principles></alliance-principles>`);
      const slide = deck.shadowRoot!.querySelector<HTMLElement>('.slide')!;
      expect(slide.tabIndex).to.equal(0);
      for (const b of buttons(deck)) expect(b.tabIndex).to.equal(0);
    });
  });

  describe('events', () => {
    it('fires alliance-principle-change with the number when a person moves', async () => {
      const deck = await fixture<AlliancePrinciples>(html`<alliance-principles start="2"></alliance-principles>`);
      setTimeout(() => buttons(deck)[1].click());
      const event = (await oneEvent(deck, 'alliance-principle-change')) as unknown as AlliancePrincipleChangeEvent;
      expect(event).to.be.instanceOf(AlliancePrincipleChangeEvent);
      expect(event.number).to.equal(3);
      expect(event.detail).to.equal(3);
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('fires for keyboard moves too', async () => {
      const deck = await fixture<AlliancePrinciples>(html`<alliance-principles></alliance-principles>`);
      const seen: number[] = [];
      deck.addEventListener('alliance-principle-change', (e) => seen.push(e.number));
      await press(deck.shadowRoot!.querySelector('.slide')!, 'End');
      expect(seen).to.deep.equal([8]);
    });

    it('does not fire when code sets start', async () => {
      const deck = await fixture<AlliancePrinciples>(html`<alliance-principles></alliance-principles>`);
      const spy = sinon.spy();
      deck.addEventListener('alliance-principle-change', spy);
      deck.start = 6;
      await deck.updateComplete;
      expect(shownNumber(deck)).to.equal(6);
      expect(spy.callCount).to.equal(0);
    });
  });

  describe('list', () => {
    it('shows all eight cards in order, in a list', async () => {
      const deck = await fixture<AlliancePrinciples>(html`<alliance-principles mode="list" variant="compact"></alliance-principles>`);
      const cards = [...deck.shadowRoot!.querySelectorAll<AlliancePrinciple>('ol > li > alliance-principle')];
      expect(cards.map((c) => c.number)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(cards.every((c) => c.variant === 'compact')).to.equal(true);
    });
  });

  describe('daily', () => {
    it('shows the same card for every time of one local day', () => {
      const morning = dailyPrinciple(new Date(2026, 10, 23, 0, 0, 1), 8);
      const night = dailyPrinciple(new Date(2026, 10, 23, 23, 59, 59), 8);
      const tomorrow = dailyPrinciple(new Date(2026, 10, 24, 0, 0, 1), 8);
      expect(morning).to.equal(night);
      expect(tomorrow).to.equal((morning % 8) + 1);
    });

    it('cycles through all eight over eight days', () => {
      const seen = new Set<number>();
      for (let d = 0; d < 8; d++) seen.add(dailyPrinciple(new Date(2026, 0, 1 + d, 12), 8));
      expect([...seen].sort()).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
    });

    it('counts the time to the next local midnight', () => {
      expect(msUntilLocalMidnight(new Date(2026, 5, 1, 23, 0, 0))).to.equal(3_600_000);
    });

    it('names the local day', () => {
      expect(localDayKey(new Date(2026, 0, 5, 23, 59))).to.equal('2026-01-05');
    });

    it('changes the card at local midnight', async () => {
      const clock = sinon.useFakeTimers({ now: new Date(2026, 10, 23, 23, 59, 0), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      const deck = await fixture<AlliancePrinciples>(html`<alliance-principles mode="daily"></alliance-principles>`);
      const before = shownNumber(deck);
      expect(before).to.equal(dailyPrinciple(new Date(), 8));
      expect(text(deck.shadowRoot!.querySelector('.daily-label'))).to.equal('Principle of the day');
      await clock.tickAsync(30_000);
      await deck.updateComplete;
      expect(shownNumber(deck)).to.equal(before);
      await clock.tickAsync(31_000);
      await deck.updateComplete;
      expect(shownNumber(deck)).to.equal((before % 8) + 1);
      expect(deck.current).to.equal((before % 8) + 1);
      clock.restore();
    });

    it('does not fire a change event at midnight (nobody moved)', async () => {
      const clock = sinon.useFakeTimers({ now: new Date(2026, 10, 23, 23, 59, 59), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      const deck = await fixture<AlliancePrinciples>(html`<alliance-principles mode="daily"></alliance-principles>`);
      const spy = sinon.spy();
      deck.addEventListener('alliance-principle-change', spy);
      await clock.tickAsync(2_000);
      expect(spy.callCount).to.equal(0);
      clock.restore();
    });
  });

  describe('bad values', () => {
    it('an unknown mode warns once, naming it and the accepted ones, and shows the carousel', async () => {
      const deck = await fixture<AlliancePrinciples>(html`<alliance-principles mode="grid"></alliance-principles>`);
      deck.requestUpdate();
      await deck.updateComplete;
      const relevant = warnings.messages.filter((m) => m.includes('mode="grid"'));
      expect(relevant).to.have.length(1);
      expect(relevant[0]).to.contain('"carousel"').and.contain('"list"').and.contain('"daily"');
      expect(deck.shadowRoot!.querySelector('[aria-roledescription=carousel]')).to.not.equal(null);
    });

    it('a bad start warns and starts at 1', async () => {
      const deck = await fixture<AlliancePrinciples>(html`<alliance-principles start="11"></alliance-principles>`);
      expect(warnings.messages.filter((m) => m.includes('start="11"'))).to.have.length(1);
      expect(shownNumber(deck)).to.equal(1);
    });
  });

  describe('accessibility', () => {
    for (const mode of ['carousel', 'list', 'daily']) {
      it(`${mode} has no axe violations`, async () => {
        const deck = await fixture(html`<alliance-principles mode=${mode}></alliance-principles>`);
        await expect(deck).to.be.accessible();
      });
    }
  });
});
