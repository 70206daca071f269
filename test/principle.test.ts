import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { AlliancePrinciple } from '../src/components/principle/principle.js';
import { en } from '../src/content/en.js';
import { captureWarnings, shadowText, text } from './helpers.js';

describe('<alliance-principle>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  describe('rendering', () => {
    it('shows the number, title, text, question and credit of the principle', async () => {
      const el = await fixture<AlliancePrinciple>(html`<alliance-principle number="3"></alliance-principle>`);
      const p = en.principles.items[2];
      const root = el.shadowRoot!;
      expect(text(root.querySelector('[part=label]'))).to.equal(`Principle 3`);
      expect(text(root.querySelector('[part=heading]'))).to.equal(p.title);
      expect(text(root.querySelector('[part=body]'))).to.equal(p.text);
      expect(text(root.querySelector('[part=question]'))).to.contain(p.question);
      expect(text(root.querySelector('[part=credit]'))).to.contain('David Schnarch');
      expect(root.querySelector('[part=credit] cite')?.textContent).to.equal('Intimacy and Desire');
      expect(text(root.querySelector('[part=credit]'))).to.contain('as listed in “What is a Collaborative Alliance?”');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('renders each of the eight principles with its own title', async () => {
      const titles = new Set<string>();
      for (let n = 1; n <= 8; n++) {
        const el = await fixture<AlliancePrinciple>(html`<alliance-principle number=${n}></alliance-principle>`);
        titles.add(text(el.shadowRoot!.querySelector('[part=heading]')));
      }
      expect(titles.size).to.equal(8);
    });

    it('exposes the title as a heading at the chosen level', async () => {
      const el = await fixture<AlliancePrinciple>(html`<alliance-principle number="1" heading-level="2"></alliance-principle>`);
      const heading = el.shadowRoot!.querySelector('[role=heading]')!;
      expect(heading.getAttribute('aria-level')).to.equal('2');
    });

    it('follows a number set from code', async () => {
      const el = await fixture<AlliancePrinciple>(html`<alliance-principle number="1"></alliance-principle>`);
      el.number = 8;
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('[part=heading]'))).to.equal(en.principles.items[7].title);
    });
  });

  describe('variants', () => {
    it('compact leaves out the reflection question', async () => {
      const el = await fixture<AlliancePrinciple>(html`<alliance-principle number="2" variant="compact"></alliance-principle>`);
      const question = el.shadowRoot!.querySelector<HTMLElement>('[part=question]')!;
      expect(question.hidden).to.equal(true);
      expect(getComputedStyle(question).display).to.equal('none');
      expect(text(el.shadowRoot!.querySelector('[part=heading]'))).to.equal(en.principles.items[1].title);
    });

    it('an unknown variant warns once and renders as a card', async () => {
      await fixture(html`<div>
        <alliance-principle number="2" variant="huge"></alliance-principle>
        <alliance-principle number="3" variant="huge"></alliance-principle>
      </div>`);
      const el = document.querySelector<AlliancePrinciple>('alliance-principle[number="2"]')!;
      await el.updateComplete;
      const relevant = warnings.messages.filter((m) => m.includes('"huge"'));
      expect(relevant).to.have.length(1);
      expect(relevant[0]).to.contain('"card"').and.contain('"compact"');
      expect(el.variant).to.equal('card');
      expect(el.shadowRoot!.querySelector<HTMLElement>('[part=question]')!.hidden).to.equal(false);
    });
  });

  describe('slots', () => {
    it('lets the host replace the title and the text', async () => {
      const el = await fixture<AlliancePrinciple>(html`<alliance-principle number="4">
        <span slot="title">Our own title</span>
        <span slot="text">Our own words.</span>
      </alliance-principle>`);
      const titleSlot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=title]')!;
      const textSlot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=text]')!;
      expect(titleSlot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Our own title']);
      expect(textSlot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Our own words.']);
    });
  });

  describe('bad numbers', () => {
    for (const bad of ['0', '9', 'x', '2.5']) {
      it(`number="${bad}" warns once, naming the value and the range, and shows a notice`, async () => {
        const el = await fixture<AlliancePrinciple>(html`<alliance-principle number=${bad}></alliance-principle>`);
        const relevant = warnings.messages.filter((m) => m.includes(`number="${bad}"`));
        expect(relevant, warnings.messages.join('\n')).to.have.length(1);
        expect(relevant[0]).to.contain('1 to 8');
        const notice = el.shadowRoot!.querySelector('[role=note]');
        expect(text(notice)).to.contain(`"${bad}"`).and.contain('1').and.contain('8');
        expect(el.shadowRoot!.querySelector('[role=heading]')).to.equal(null);
      });
    }

    it('a missing number warns and shows a notice', async () => {
      const el = await fixture<AlliancePrinciple>(html`<alliance-principle></alliance-principle>`);
      expect(warnings.messages.some((m) => m.includes('needs a number from 1 to 8'))).to.equal(true);
      expect(shadowText(el)).to.contain('1').and.contain('8');
    });

    it('recovers when a good number is set', async () => {
      const el = await fixture<AlliancePrinciple>(html`<alliance-principle number="12"></alliance-principle>`);
      el.setAttribute('number', '5');
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('[part=heading]'))).to.equal(en.principles.items[4].title);
    });
  });

  describe('accessibility', () => {
    it('card has no axe violations', async () => {
      const el = await fixture(html`<alliance-principle number="1"></alliance-principle>`);
      await expect(el).to.be.accessible();
    });
    it('compact card and the bad-number notice have no axe violations', async () => {
      const el = await fixture(html`<div>
        <alliance-principle number="6" variant="compact"></alliance-principle>
        <alliance-principle number="99"></alliance-principle>
      </div>`);
      await expect(el).to.be.accessible();
    });
  });
});
