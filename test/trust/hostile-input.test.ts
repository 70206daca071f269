import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { LitElement } from 'lit';
import '../../src/define.js';
import type { AllianceCheckIn } from '../../src/components/check-in/check-in.js';
import type { AllianceExerciseTimer } from '../../src/components/exercise-timer/exercise-timer.js';
import type { AllianceOffer } from '../../src/components/offer/offer.js';
import type { AlliancePractice } from '../../src/components/practice/practice.js';
import type { AllianceProvider } from '../../src/components/provider/provider.js';
import type { AllianceWorksheet } from '../../src/components/worksheet/worksheet.js';
import { MAX_ANSWER_LENGTH } from '../../src/components/check-in/entries.js';
import { MAX_ANSWER_LENGTH as MAX_NOTES_LENGTH, MAX_NAME_LENGTH } from '../../src/components/worksheet/worksheet.model.js';
import { MemoryStore } from '../../src/storage/memory.js';
import { en } from '../../src/content/en.js';
import { captureWarnings, text } from '../helpers.js';
import { BIG, FLAG, HOSTILE, deepText, fieldValues, hostileRan, liveMarkup, settleHandlers } from './inert.js';
import { TAGS } from './frame.js';


/** Every attribute of an element that takes text (or a number written as text): all but the boolean ones. */
function stringAttributes(tag: string): string[] {
  const ctor = customElements.get(tag) as unknown as typeof LitElement;
  const names: string[] = [];
  for (const [property, options] of ctor.elementProperties) {
    if (options.attribute === false || options.state || options.type === Boolean) continue;
    names.push(typeof options.attribute === 'string' ? options.attribute : String(property).toLowerCase());
  }
  return names;
}

const sr = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => sr(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...sr(el).querySelectorAll<T>(selector)];

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Lit elements all the way down have rendered. */
async function rendered(root: Element) {
  for (let i = 0; i < 3; i++) {
    for (const el of [root, ...root.querySelectorAll('*')]) await (el as Partial<LitElement>).updateComplete;
    for (const el of [root, ...root.querySelectorAll('*')]) {
      for (const inner of el.shadowRoot?.querySelectorAll('*') ?? []) await (inner as Partial<LitElement>).updateComplete;
    }
  }
}

function expectInert(host: Element) {
  expect(liveMarkup(host), 'live markup in a shadow root').to.deep.equal([]);
}

/** Removes whatever a hostile storage-key may have written. */
function cleanStorage() {
  for (const key of Object.keys(localStorage)) if (key.includes(FLAG) || key.includes('xxxxxxxxxx') || key.includes('trust-hostile')) localStorage.removeItem(key);
}


/** Goes past a couple's check-in first screen (Begin waits for the draft, so it is pressed until the screen has gone). */
async function begin(el: Element): Promise<void> {
  await waitUntil(() => {
    el.shadowRoot?.querySelector<HTMLButtonElement>('form.start button[type=submit]')?.click();
    return el.shadowRoot?.querySelector('.step') && !el.shadowRoot.querySelector('form.start');
  }, 'the check-in did not go past its first screen');
  await (el as LitElement).updateComplete;
}

describe('hostile input', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
    delete (window as unknown as Record<string, unknown>)[FLAG];
  });
  afterEach(async () => {
    await settleHandlers();
    warnings.restore();
    sinon.restore();
    cleanStorage();
    expect(hostileRan(), 'a hostile string ran').to.equal(undefined);
  });

  it('the checks themselves catch markup made live, a handler that ran and a javascript: link', async () => {
    const host = await fixture(html`<div></div>`);
    // An empty src fails without a request.
    host.attachShadow({ mode: 'open' }).innerHTML = `<img src="" onerror="window.${FLAG}=1"><a href=" JavaScript:void 0">link</a>`;
    expect(liveMarkup(host)).to.have.members([
      '<img> in a shadow root',
      `onerror="window.${FLAG}=1" on <img>`,
      'href=" JavaScript:void 0" on <a>',
    ]);
    await waitUntil(() => hostileRan() === 1, 'the control handler never ran');
    delete (window as unknown as Record<string, unknown>)[FLAG];
  });

  describe('every string attribute', () => {
    it('is found on every element (the list below is not empty by accident)', () => {
      expect(stringAttributes('alliance-provider')).to.include.members(['partner-a', 'partner-b', 'lang', 'theme', 'storage', 'storage-key']);
      expect(stringAttributes('alliance-check-in')).to.include.members(['mode', 'partner-a', 'partner-b', 'questions', 'storage-key', 'heading-level']);
      expect(stringAttributes('alliance-exercise-timer')).to.include.members(['exercise', 'level', 'minutes', 'volume', 'breaths-per-minute']);
      for (const tag of TAGS) expect(stringAttributes(tag), tag).to.not.be.empty;
    });

    for (const tag of TAGS) {
      it(`<${tag}>: markup, script, javascript: URLs, bidi controls, emoji and 100 KB in every attribute stay inert`, async () => {
        const attributes = stringAttributes(tag);
        for (const value of [...HOSTILE, BIG]) {
          const el = document.createElement(tag);
          for (const name of attributes) el.setAttribute(name, value);
          // Elements other than the provider sit in a memory-only provider, so a hostile
          // storage-key writes nothing to this origin; the provider itself holds two elements
          // that show what it shares.
          let host: Element;
          if (tag === 'alliance-provider') {
            el.innerHTML = '<alliance-check-in></alliance-check-in><alliance-worksheet></alliance-worksheet><alliance-principle number="2"></alliance-principle>';
            host = await fixture(html`<div>${el}</div>`);
          } else {
            host = await fixture(html`<alliance-provider storage="none">${el}</alliance-provider>`);
          }
          await rendered(host);
          await new Promise((resolve) => setTimeout(resolve, 0));
          await rendered(host);
          expect(sr(el), `${tag} did not render with "${value.slice(0, 30)}"`).to.not.equal(null);
          expect(deepText(host).length, `${tag} rendered nothing with "${value.slice(0, 30)}"`).to.be.greaterThan(20);
          expectInert(host);
        }
      });
    }

    it('partner names are shown as the very text given, in the check-in, the worksheet and its name fields', async () => {
      for (const value of [...HOSTILE, BIG]) {
        const provider = await fixture<AllianceProvider>(html`<alliance-provider storage="none" partner-a=${value} partner-b="Robin">
          <alliance-check-in></alliance-check-in>
          <alliance-worksheet></alliance-worksheet>
        </alliance-provider>`);
        await rendered(provider);
        const checkIn = provider.querySelector('alliance-check-in')!;
        const worksheet = provider.querySelector('alliance-worksheet')!;
        await waitUntil(() => $(worksheet, '#name-a'), 'the worksheet never showed its first step');
        await begin(checkIn);
        expect(text($(checkIn, '#step-heading'))).to.equal(`${value}’s turn`.replace(/\s+/g, ' ').trim());
        expect($<HTMLInputElement>(worksheet, '#name-a')!.value).to.equal(value);
        expectInert(provider);
      }
    });

    it('a bad principle number is quoted back as text', async () => {
      for (const value of [...HOSTILE, BIG]) {
        const el = await fixture(html`<alliance-principle number=${value}></alliance-principle>`);
        expect(sr(el).textContent).to.contain(`"${value}"`);
        expectInert(el);
      }
    });

    it('check-in questions from the attribute, the property and a list inside the element are labels, as text', async () => {
      const five = HOSTILE.slice(0, 5);
      const fromAttribute = await fixture<AllianceCheckIn>(
        html`<alliance-check-in storage-key="trust-hostile" questions=${JSON.stringify(five)}></alliance-check-in>`,
      );
      await begin(fromAttribute);
      expect($$(fromAttribute, 'label[for^=answer-]').map((l) => l.textContent.trim())).to.deep.equal(five);
      expectInert(fromAttribute);

      const fromProperty = await fixture<AllianceCheckIn>(html`<alliance-check-in storage-key="trust-hostile"></alliance-check-in>`);
      await begin(fromProperty);
      fromProperty.questions = [...HOSTILE.slice(5), BIG];
      await fromProperty.updateComplete;
      expect($$(fromProperty, 'label[for^=answer-]').map((l) => l.textContent.trim())).to.deep.equal([...HOSTILE.slice(5), BIG]);
      expectInert(fromProperty);

      const list = document.createElement('ol');
      for (const question of HOSTILE.slice(0, 5)) list.append(Object.assign(document.createElement('li'), { textContent: question }));
      const fromList = await fixture<AllianceCheckIn>(html`<alliance-check-in storage-key="trust-hostile">${list}</alliance-check-in>`);
      await begin(fromList);
      expect($$(fromList, 'label[for^=answer-]').map((l) => l.textContent.trim())).to.deep.equal(five.map((q) => q.replace(/\s+/g, ' ').trim()));
      expectInert(fromList);
    });

    it('a host’s exercise script, as a property or as JSON in a child script, is played as text', async () => {
      const steps = [...HOSTILE, BIG].map((value, i) => ({ at: i * 5, text: value }));
      const el = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1"></alliance-exercise-timer>`);
      el.steps = steps;
      await el.updateComplete;
      expect(sr(el).querySelector('.next')!.textContent).to.contain(HOSTILE[0]);
      expectInert(el);

      const child = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1">
        <script type="application/json">${JSON.stringify(steps)}</script>
      </alliance-exercise-timer>`);
      await child.updateComplete;
      expect(sr(child).querySelector('.next')!.textContent).to.contain(HOSTILE[0]);
      expectInert(child);
      expect(warnings.messages.filter((m) => m.includes('script'))).to.deep.equal([]);
    });
  });

  describe('what people type', () => {
    it('<alliance-check-in>: answers are kept, revealed and listed in the history as text', async () => {
      const store = new MemoryStore();
      const provider = await fixture<AllianceProvider>(html`<alliance-provider .store=${store}>
        <alliance-check-in mode="solo" history></alliance-check-in>
      </alliance-provider>`);
      const el = provider.querySelector<AllianceCheckIn>('alliance-check-in')!;
      await rendered(provider);
      for (const value of HOSTILE) {
        type($<HTMLTextAreaElement>(el, '#answer-0')!, value);
        type($<HTMLTextAreaElement>(el, '#answer-1')!, `${value} again`);
        await el.updateComplete;
        $<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
        await el.updateComplete;
        const reveal = $(el, '.reveal')!;
        expect(text(reveal)).to.contain(value.replace(/\s+/g, ' ').trim());
        expectInert(provider);
        $$<HTMLButtonElement>(el, '.reveal button').find((b) => text(b) === en.ui.checkIn.newCheckIn)!.click();
        await el.updateComplete;
      }
      await waitUntil(() => el.entries.length === HOSTILE.length, 'not every check-in was kept');
      await el.updateComplete;
      for (const details of $$<HTMLDetailsElement>(el, 'details.entry')) details.open = true;
      await el.updateComplete;
      const history = text($(el, '.history'));
      for (const value of HOSTILE) expect(history).to.contain(value.replace(/\s+/g, ' ').trim());
      expectInert(provider);
    });

    it('<alliance-check-in>: 100 KB is cut to the 2,000 characters a field takes, said by its counter', async () => {
      const provider = await fixture<AllianceProvider>(html`<alliance-provider storage="none"><alliance-check-in mode="solo"></alliance-check-in></alliance-provider>`);
      const el = provider.querySelector<AllianceCheckIn>('alliance-check-in')!;
      await el.updateComplete;
      const field = $<HTMLTextAreaElement>(el, '#answer-0')!;
      expect(field.maxLength).to.equal(MAX_ANSWER_LENGTH);
      type(field, BIG);
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, '#answer-0')!.value).to.equal(BIG.slice(0, MAX_ANSWER_LENGTH));
      expect(text($(el, '#counter-0'))).to.equal('2,000 of 2,000 characters');
      $<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
      await el.updateComplete;
      expect(text($(el, '.reveal'))).to.contain(BIG.slice(0, MAX_ANSWER_LENGTH));
      expectInert(provider);
    });

    it('<alliance-worksheet>: names, notes and closing answers end up in the document as text; 100 KB is cut to the field’s limit', async () => {
      const store = new MemoryStore();
      const provider = await fixture<AllianceProvider>(html`<alliance-provider .store=${store}><alliance-worksheet></alliance-worksheet></alliance-provider>`);
      const el = provider.querySelector<AllianceWorksheet>('alliance-worksheet')!;
      await waitUntil(() => $(el, '#name-a'), 'no first step');
      const next = async () => {
        $<HTMLButtonElement>(el, 'button.next')!.click();
        await el.updateComplete;
      };
      const nameA = HOSTILE[0];
      type($<HTMLInputElement>(el, '#name-a')!, nameA);
      type($<HTMLInputElement>(el, '#name-b')!, BIG);
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#name-b')!.value).to.equal(BIG.slice(0, MAX_NAME_LENGTH));
      await next();
      for (let partner = 0; partner < 2; partner++) {
        for (const box of $$<HTMLInputElement>(el, 'input[type=checkbox]').slice(partner * 4, partner * 4 + 3)) box.click();
        await el.updateComplete;
        await next();
      }
      const notes = [...HOSTILE.slice(1, 6), BIG];
      for (let turn = 0; turn < 6; turn++) {
        type($<HTMLTextAreaElement>(el, '#notes')!, notes[turn]);
        await el.updateComplete;
        await next();
      }
      const closing = [HOSTILE[6], HOSTILE[7], BIG, HOSTILE[4]];
      for (const [i, id] of ['closing-a-0', 'closing-b-0', 'closing-a-1', 'closing-b-1'].entries()) type($<HTMLTextAreaElement>(el, `#${id}`)!, closing[i]);
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, '#closing-a-1')!.value).to.equal(BIG.slice(0, MAX_NOTES_LENGTH));
      await next();
      await waitUntil(() => $(el, '.document'), 'no document');
      const documentText = text($(el, '.document'));
      for (const value of [nameA, ...HOSTILE.slice(1, 6), BIG.slice(0, MAX_NOTES_LENGTH), HOSTILE[6], HOSTILE[7], HOSTILE[4]]) {
        expect(documentText).to.contain(value.replace(/\s+/g, ' ').trim());
      }
      expectInert(provider);
    });

    it('<alliance-offer>: notes are kept and come back as the very text typed, 100 KB included', async () => {
      const store = new MemoryStore();
      const mount = async () => {
        const provider = await fixture<AllianceProvider>(html`<alliance-provider .store=${store}><alliance-offer></alliance-offer></alliance-provider>`);
        const el = provider.querySelector<AllianceOffer>('alliance-offer')!;
        await el.updateComplete;
        return { provider, el };
      };
      const { provider, el } = await mount();
      const fields = $$<HTMLTextAreaElement>(el, 'textarea');
      expect(fields.every((f) => f.maxLength === 2000)).to.equal(true);
      const typed = [...HOSTILE.slice(0, fields.length - 1), BIG];
      fields.forEach((field, i) => type(field, typed[i]));
      await el.updateComplete;
      expectInert(provider);
      await waitUntil(async () => Object.keys((await store.get<Record<string, string>>('offer:notes')) ?? {}).length === fields.length, 'notes not kept');
      const again = await mount();
      await waitUntil(() => fieldValues(again.el).includes(BIG), 'the notes did not come back');
      for (const value of typed) expect(fieldValues(again.el)).to.include(value);
      expectInert(again.provider);
    });

    it('<alliance-practice>: both/and parts make the sentence as text; the teamwork answer is kept as typed', async () => {
      const provider = await fixture<AllianceProvider>(html`<alliance-provider storage="none"><alliance-practice></alliance-practice></alliance-provider>`);
      const el = provider.querySelector<AlliancePractice>('alliance-practice')!;
      await el.updateComplete;
      for (const value of [...HOSTILE, BIG]) {
        type($<HTMLInputElement>(el, '#want')!, value);
        type($<HTMLInputElement>(el, '#need')!, `${value} too`);
        type($<HTMLTextAreaElement>(el, '#teamwork')!, value);
        await el.updateComplete;
        const sentence = text($(el, '.sentence'));
        expect(sentence).to.contain(value.replace(/\s+/g, ' ').trim()).and.contain(`${value} too`.replace(/\s+/g, ' ').trim());
        expect($<HTMLTextAreaElement>(el, '#teamwork')!.value).to.equal(value);
        expectInert(provider);
      }
    });
  });

  describe('real keystrokes', () => {
    const typed = `<img src=x onerror=window.${FLAG}=7>`;

    it('markup typed into a check-in answer is saved and shown as text', async () => {
      const provider = await fixture<AllianceProvider>(html`<alliance-provider storage="none"><alliance-check-in mode="solo"></alliance-check-in></alliance-provider>`);
      const el = provider.querySelector<AllianceCheckIn>('alliance-check-in')!;
      await el.updateComplete;
      $<HTMLTextAreaElement>(el, '#answer-0')!.focus();
      await sendKeys({ type: typed });
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, '#answer-0')!.value).to.equal(typed);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(sr(el).activeElement?.textContent?.trim()).to.equal(en.ui.checkIn.save);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '.reveal'), 'not saved');
      expect(text($(el, '.reveal'))).to.contain(typed);
      expectInert(provider);
    });

    it('markup typed into the both/and parts becomes a sentence of text', async () => {
      const provider = await fixture<AllianceProvider>(html`<alliance-provider storage="none"><alliance-practice practice="both-and"></alliance-practice></alliance-provider>`);
      const el = provider.querySelector<AlliancePractice>('alliance-practice')!;
      await el.updateComplete;
      $<HTMLInputElement>(el, '#want')!.focus();
      await sendKeys({ type: typed });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'javascript:void 0' });
      await el.updateComplete;
      expect(text($(el, '.sentence'))).to.equal(`I want ${typed}, and I need javascript:void 0.`);
      expectInert(provider);
    });
  });
});
