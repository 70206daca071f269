import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { en } from '../../src/content/en.js';
import { openFixture, rendered, TAGS, type Fixture } from './frame.js';

const PAGES = {
  'the one-tag bundle loaded twice': 'two-bundles.html',
  'the npm build, then the one-tag bundle': 'npm-then-cdn.html',
  'the one-tag bundle, then the npm build': 'cdn-then-npm.html',
};

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('two copies of the library on one page', () => {
  for (const [name, page] of Object.entries(PAGES)) {
    describe(name, () => {
      let fixture: Fixture;
      before(async () => {
        fixture = await openFixture(page);
        await rendered(fixture.doc);
      });
      after(() => fixture?.iframe.remove());

      it('really loads two copies (both scripts ran)', () => {
        const { win } = fixture;
        const scripts = win.performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname + new URL(entry.name).search)
          .filter((path) => /^\/raw\/dist\/(cdn\/alliance-elements|define)\.js/.test(path));
        expect(scripts).to.have.length(2);
        // The second copy met the first one's elements: that is what the warning says.
        expect(win.__trust.warnings.join('\n')).to.contain('already defined');
      });

      it('registers every tag once, warns once, and throws nothing', () => {
        const { win } = fixture;
        expect([...win.__trust.defined].sort()).to.deep.equal([...TAGS].sort());
        expect(win.__trust.warnings).to.have.length(1);
        expect(win.__trust.warnings[0]).to.match(/^alliance-elements: <alliance-[a-z-]+> is already defined/);
        expect(win.__trust.errors).to.deep.equal([]);
      });

      it('the elements work', async () => {
        const { doc } = fixture;
        const principle = doc.querySelector('alliance-principle')!;
        expect(text(principle.shadowRoot!.querySelector('#heading'))).to.equal(en.principles.items[4].title);

        const deck = doc.querySelector<LitElement & { current: number }>('alliance-principles')!;
        deck.shadowRoot!.querySelectorAll('button')[1].click();
        await deck.updateComplete;
        expect(deck.current).to.equal(2);

        // The provider of one copy reaches elements of either: the names arrive.
        const checkIn = doc.querySelector<LitElement>('alliance-check-in')!;
        const field = checkIn.shadowRoot!.querySelector('textarea')!;
        field.value = 'Both copies, one check-in';
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await checkIn.updateComplete;
        checkIn.shadowRoot!.querySelector<HTMLButtonElement>('form.step button[type=submit]')!.click();
        await waitUntil(() => checkIn.shadowRoot!.querySelector('.reveal'), 'the check-in did not complete');
        expect(text(checkIn.shadowRoot!.querySelector('.reveal'))).to.contain('Both copies, one check-in');

        const worksheet = doc.querySelector('alliance-worksheet')!;
        await waitUntil(() => worksheet.shadowRoot!.querySelector<HTMLInputElement>('#name-a')?.value === 'Sam', 'the provider’s names did not arrive');

        const timer = doc.querySelector<LitElement & { start(): void; stop(): void; state: string }>('alliance-exercise-timer')!;
        timer.start();
        await timer.updateComplete;
        expect(timer.state).to.equal('running');
        timer.stop();
        expect(fixture.win.__trust.errors).to.deep.equal([]);
      });
    });
  }

  describe('under a strict Content Security Policy', () => {
    let fixture: Fixture | undefined;
    afterEach(() => fixture?.iframe.remove());

    it("with 'allow-duplicates' for lit-html, both copies load: no violation, no error, every tag once", async () => {
      fixture = await openFixture('two-bundles.html?csp=strict-duplicates');
      await rendered(fixture.doc);
      const { win, doc } = fixture;
      expect(win.__trust.violations).to.deep.equal([]);
      expect(win.__trust.errors).to.deep.equal([]);
      expect([...win.__trust.defined].sort()).to.deep.equal([...TAGS].sort());
      expect(win.__trust.warnings).to.have.length(1);
      expect(text(doc.querySelector('alliance-principle')!.shadowRoot!.querySelector('#heading'))).to.equal(en.principles.items[4].title);
    });

    it("without it, the second copy's Lit cannot make its policy and stops there; the first copy's elements still work", async () => {
      fixture = await openFixture('two-bundles.html?csp=strict');
      await rendered(fixture.doc);
      const { win, doc } = fixture;
      if (win.trustedTypes) expect(win.__trust.errors.join('\n')).to.contain('lit-html');
      else expect(win.__trust.errors).to.deep.equal([]);
      expect([...win.__trust.defined].sort()).to.deep.equal([...TAGS].sort());
      expect(text(doc.querySelector('alliance-principle')!.shadowRoot!.querySelector('#heading'))).to.equal(en.principles.items[4].title);
    });
  });
});
