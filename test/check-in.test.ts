import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/define.js';
import type { AllianceCheckIn } from '../src/components/check-in/check-in.js';
import type { AllianceProvider } from '../src/components/provider/provider.js';
import {
  AllianceCheckInDeleteEvent,
  AllianceCheckInRestoreEvent,
  AllianceCheckInSubmitEvent,
} from '../src/components/check-in/check-in.events.js';
import type { CheckInEntry } from '../src/components/check-in/entries.js';
import { format } from '../src/content/locales.js';
import type { AllianceStore } from '../src/storage/types.js';
import { en } from '../src/content/en.js';
import { captureWarnings, text } from './helpers.js';
import { parts } from '../src/components/shared/parts.js';
import { checkInParts } from '../src/components/check-in/check-in.parts.js';

const ui = en.ui.checkIn;
const NS = 'alliance-elements';
let counter = 0;
/** A storage key of its own for each test, so no test sees another's draft or history. */
const freshKey = () => `ck-test-${Date.now()}-${++counter}`;

const $ = <T extends Element = HTMLElement>(el: AllianceCheckIn, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: AllianceCheckIn, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const heading = (el: AllianceCheckIn) => text($(el, '#step-heading'));
const status = (el: AllianceCheckIn) => text($(el, '[role=status]'));
const focused = (el: AllianceCheckIn) => el.shadowRoot!.activeElement;
const answerField = (el: AllianceCheckIn, i: number) => $<HTMLTextAreaElement>(el, `#answer-${i}`)!;

function button(el: AllianceCheckIn, name: string | RegExp): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) =>
    typeof name === 'string' ? text(b) === name : name.test(text(b)),
  );
  if (!found) throw new Error(`no button "${String(name)}" among: ${$$(el, 'button').map((b) => text(b)).join(' | ')} TEXT ${text(el.shadowRoot)}`);
  return found;
}

async function type(el: AllianceCheckIn, index: number, value: string) {
  const field = answerField(el, index);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function press(el: AllianceCheckIn, name: string | RegExp) {
  button(el, name).click();
  await el.updateComplete;
  await el.updateComplete;
}

/** Partner A answers, hands over, partner B answers, both are shown. */
async function coupleCheckIn(el: AllianceCheckIn, a: string[], b: string[]) {
  for (const [i, value] of a.entries()) await type(el, i, value);
  await press(el, ui.foldAway);
  await press(el, /^Start /);
  for (const [i, value] of b.entries()) await type(el, i, value);
  await press(el, ui.finishTurn);
  await press(el, ui.showBoth);
}

/** Opens the daily reminder (it comes once a check-in is saved); its form arrives as a part of its own. */
async function openReminder(el: AllianceCheckIn) {
  if (!$(el, '.reminder')) await soloCheckIn(el, 'A good day');
  $(el, '.reminder > summary')!.click();
  await waitUntil(() => $(el, '#reminder-time'), 'the reminder did not open');
  await el.updateComplete;
}

async function soloCheckIn(el: AllianceCheckIn, answer: string) {
  await type(el, 0, answer);
  await press(el, ui.save);
}

function entry(id: string, daysAgo: number, rating: [number | null, number | null] = [null, null], words = 'kind words'): CheckInEntry {
  const date = new Date();
  date.setHours(12, 0, 0, 0);
  date.setDate(date.getDate() - daysAgo);
  return {
    id,
    date: date.toISOString(),
    mode: 'couple',
    questions: [...en.checkIn.questions],
    responses: [
      { name: 'Sam', answers: [`${words} ${id}`, ''], rating: rating[0] },
      { name: 'Alex', answers: ['', 'a quiet evening'], rating: rating[1] },
    ],
  };
}

function seed(key: string, value: unknown) {
  localStorage.setItem(`${NS}:${key}:history`, JSON.stringify({ v: 1, t: Date.now(), data: value }));
}

function storedHistory(key: string): unknown {
  const raw = localStorage.getItem(`${NS}:${key}:history`);
  return raw === null ? undefined : (JSON.parse(raw) as { data: unknown }).data;
}

/**
 * A check-in on the page. A couple's starts on its first screen; unless `start` is set, the test
 * goes past it (Begin), to the first partner's questions, where most tests begin.
 */
async function mount(attrs: { key?: string; mode?: string; scale?: boolean; history?: boolean; a?: string; b?: string; start?: boolean } = {}) {
  const key = attrs.key ?? freshKey();
  const el = await fixture<AllianceCheckIn>(html`<alliance-check-in
    storage-key=${key}
    mode=${attrs.mode ?? 'couple'}
    ?scale=${attrs.scale}
    ?history=${attrs.history}
    partner-a=${attrs.a ?? ''}
    partner-b=${attrs.b ?? ''}
  ></alliance-check-in>`);
  await begin(el, attrs.start);
  return { el, key };
}

/**
 * Goes past the couple's first screen, if it shows (and `stay` is not set). Begin does nothing
 * until the draft has been read (a check-in under way may show instead), so it is pressed until
 * the first screen has gone.
 */
async function begin(el: AllianceCheckIn, stay = false) {
  await waitUntil(() => {
    const start = $(el, 'form.start');
    if (!start || stay) return $(el, '.step');
    start.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    return false;
  }, 'the check-in did not show its questions');
  await el.updateComplete;
}

/** The content's questions as a partner reads them: about the other, by name. */
const asked = (other: string) => en.checkIn.questionsAbout.map((q) => format(q, { name: other }));

async function mountIn(store: AllianceStore | null, storage = 'local', history = true) {
  const provider = await fixture<AllianceProvider>(html`<alliance-provider
    partner-a="Sam"
    partner-b="Alex"
    storage=${storage}
    storage-key="ck-provider-test"
    .store=${store}
  >
    <alliance-check-in ?history=${history} storage-key=${freshKey()}></alliance-check-in>
  </alliance-provider>`);
  const el = provider.querySelector('alliance-check-in')!;
  await begin(el);
  return el;
}

/** Captures downloads (the temporary `<a download>` clicks) instead of saving files. */
function captureDownloads() {
  const files: { name: string; href: string }[] = [];
  sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, href: this.href });
  });
  return { files, read: async (i: number) => (await fetch(files[i].href)).text() };
}

function importFile(el: AllianceCheckIn, content: string, name = 'check-ins.json') {
  const input = $<HTMLInputElement>(el, '#import')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('<alliance-check-in>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    sinon.restore();
    for (const key of Object.keys(localStorage)) if (key.includes(':ck-')) localStorage.removeItem(key);
  });

  describe('rendering and defaults', () => {
    it('starts with a short first screen: what it is, how long, the names to give, the privacy line once', async () => {
      const { el } = await mount({ start: true });
      expect(heading(el)).to.equal(ui.startHeading);
      expect(text($(el, '.intro'))).to.equal(en.checkIn.intro);
      expect(text($(el, '.step'))).to.contain(ui.howLong);
      expect(text($(el, '.names legend'))).to.equal(ui.namesLegend);
      expect($$(el, '.names input').length).to.equal(2);
      expect(text($(el, '.privacy'))).to.contain('only in this browser');
      expect($(el, 'textarea')).to.equal(null);
      expect($(el, '.reminder')).to.equal(null);
      await press(el, ui.start);
      expect(heading(el)).to.equal('Partner A’s turn');
      // Said once: the intro, the privacy line and the credit stay on the first screen.
      expect($(el, '.intro')).to.equal(null);
      expect($(el, '.privacy')).to.equal(null);
      expect($(el, '.credit')).to.equal(null);
      expect($(el, '.safety')).to.not.equal(null);
    });

    it('asks the names only when the page gave none, and keeps the names typed for next time', async () => {
      const key = freshKey();
      const named = await mount({ key, a: 'Sam', b: 'Alex', start: true });
      expect($(named.el, '.names')).to.equal(null);
      const { el } = await mount({ start: true });
      const [a, b] = $$<HTMLInputElement>(el, '.names input');
      a.value = 'Noor';
      a.dispatchEvent(new Event('input'));
      b.value = 'Eli';
      b.dispatchEvent(new Event('input'));
      await press(el, ui.start);
      expect(heading(el)).to.equal('Noor’s turn');
      expect($$(el, 'label[for^=answer-]').map((l) => text(l))).to.deep.equal(asked('Eli'));
      await waitUntil(() => (localStorage.getItem(`${NS}:partners`) ?? '').includes('Eli'), 'the names were not kept');
      const next = await mount({ start: true });
      expect($$<HTMLInputElement>(next.el, '.names input').map((i) => i.value)).to.deep.equal(['Noor', 'Eli']);
      // The worksheet, on the same site, offers them too.
      const worksheet = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<alliance-worksheet storage-key=${freshKey()}></alliance-worksheet>`);
      await waitUntil(() => worksheet.shadowRoot!.querySelector<HTMLInputElement>('#name-a')?.value === 'Noor', 'the worksheet did not get the names');
      expect(worksheet.shadowRoot!.querySelector<HTMLInputElement>('#name-b')!.value).to.equal('Eli');
      localStorage.removeItem(`${NS}:partners`);
    });

    it('asks the two questions from the content, in couple mode, starting with partner A', async () => {
      const { el } = await mount();
      expect(el.mode).to.equal('couple');
      expect(text($(el, '#title'))).to.equal(en.checkIn.title);
      // Each partner reads them about the other, by name; the check-in keeps them as written for both.
      expect($$(el, 'label[for^=answer-]').map((l) => text(l))).to.deep.equal(asked('Partner B'));
      expect(heading(el)).to.equal('Partner A’s turn');
      expect(text($(el, '.step-of'))).to.equal('Step 1 of 4');
      expect(text($(el, '#counter-0'))).to.equal('0 of 2,000 characters');
      expect(answerField(el, 0).maxLength).to.equal(2000);
      expect($(el, 'fieldset')).to.equal(null);
      expect($(el, '.history')).to.equal(null);
    });

    it('takes names from the provider, and partner-a / partner-b win over it', async () => {
      const provider = await fixture<AllianceProvider>(html`<alliance-provider partner-a="Sam" partner-b="Alex" storage="none">
        <alliance-check-in></alliance-check-in>
        <alliance-check-in partner-b="Robin"></alliance-check-in>
      </alliance-provider>`);
      const [first, second] = [...provider.querySelectorAll('alliance-check-in')];
      await begin(first);
      await begin(second);
      expect(heading(first)).to.equal('Sam’s turn');
      expect(text($(first, '.hint'))).to.contain('before Alex takes a turn');
      expect(text($(second, '.hint'))).to.contain('before Robin takes a turn');
    });

    it('scale adds an optional 1 to 5 radio group with words for each point', async () => {
      const { el } = await mount({ scale: true });
      const fieldset = $(el, 'fieldset')!;
      expect(text(fieldset.querySelector('legend'))).to.equal(`${en.checkIn.scaleQuestion} ${ui.optional}`);
      const radios = $$<HTMLInputElement>(el, 'input[type=radio]');
      expect(radios.map((r) => r.value)).to.deep.equal(['1', '2', '3', '4', '5']);
      expect(radios.map((r) => text(r.closest('label')!.querySelector('.point-label')))).to.deep.equal([...en.checkIn.scaleLabels]);
      expect(radios.every((r) => !r.checked && !r.required)).to.equal(true);
    });

    it('counts characters as a person types, and never keeps more than 2,000', async () => {
      const { el } = await mount();
      await type(el, 0, 'abc');
      expect(text($(el, '#counter-0'))).to.equal('3 of 2,000 characters');
      expect(answerField(el, 0).getAttribute('aria-describedby')).to.equal('counter-0');
      await type(el, 0, 'x'.repeat(2500));
      expect(text($(el, '#counter-0'))).to.equal('2,000 of 2,000 characters');
      expect(answerField(el, 0).value).to.have.length(2000);
    });
  });

  describe('couple flow', () => {
    it('offers the reminder and the copy tools once the check-in is saved, not before', async () => {
      const { el } = await mount({ a: 'Sam', b: 'Alex' });
      const tools = () => [!!$(el, '.reminder'), $$(el, 'button').some((b) => text(b) === ui.copyText)];
      expect(tools()).to.deep.equal([false, false]);
      await type(el, 0, 'one');
      await press(el, ui.foldAway);
      expect(tools()).to.deep.equal([false, false]);
      await press(el, /^Start /);
      await type(el, 0, 'two');
      await press(el, ui.finishTurn);
      await press(el, ui.showBoth);
      expect(tools()).to.deep.equal([true, true]);
      expect(text($(el, '.credit'))).to.contain('PACER');
    });

    it('names the other partner in each question, and keeps the questions as written for both', async () => {
      const { el } = await mount({ a: 'Sam', b: 'Alex' });
      const seen: AllianceCheckInSubmitEvent[] = [];
      el.addEventListener('alliance-check-in-submit', (e) => seen.push(e));
      expect($$(el, 'label[for^=answer-]').map((l) => text(l))).to.deep.equal(asked('Alex'));
      await type(el, 0, 'one');
      await press(el, ui.foldAway);
      await press(el, /^Start /);
      expect($$(el, 'label[for^=answer-]').map((l) => text(l))).to.deep.equal(asked('Sam'));
      await type(el, 0, 'two');
      await press(el, ui.finishTurn);
      await press(el, ui.showBoth);
      expect(seen[0].questions).to.deep.equal([...en.checkIn.questions]);
    });

    it('folds the first answers away, hands over, and reveals both together on "Show both"', async () => {
      const { el } = await mount({ a: 'Sam', b: 'Alex' });
      const submitted: AllianceCheckInSubmitEvent[] = [];
      el.addEventListener('alliance-check-in-submit', (e) => submitted.push(e));

      await type(el, 0, 'You made me tea');
      await type(el, 1, 'You went quiet at dinner');
      await press(el, ui.foldAway);
      expect(heading(el)).to.equal('Pass the device to Alex');
      expect(focused(el)?.id).to.equal('step-heading');
      expect(status(el)).to.equal('Sam’s answers are folded away.');
      expect(text($(el, '.step-of'))).to.equal('Step 2 of 4');
      // Folded away: not on screen, not in any field, not in the accessibility tree.
      expect(el.shadowRoot!.textContent).to.not.contain('You made me tea');
      expect($$(el, 'textarea')).to.have.length(0);

      await press(el, 'Start Alex’s turn');
      expect(heading(el)).to.equal('Alex’s turn');
      expect(focused(el)?.id).to.equal('step-heading');
      expect(answerField(el, 0).value).to.equal('');
      expect(el.shadowRoot!.textContent).to.not.contain('You made me tea');
      expect(text($(el, '.folded'))).to.equal('Sam’s answers are folded away.');

      await type(el, 0, 'You held my hand');
      await press(el, ui.finishTurn);
      expect(heading(el)).to.equal(ui.readyHeading);
      expect(el.shadowRoot!.textContent).to.not.contain('You made me tea').and.not.contain('You held my hand');
      expect(submitted).to.have.length(0);

      await press(el, ui.showBoth);
      expect(heading(el)).to.equal(ui.revealHeading);
      expect(focused(el)?.id).to.equal('step-heading');
      const pairs = $$(el, '.reveal .answers.pair');
      expect(pairs).to.have.length(2);
      expect(text(pairs[0])).to.contain('Sam').and.contain('You made me tea').and.contain('Alex').and.contain('You held my hand');
      expect(text(pairs[1])).to.contain('You went quiet at dinner').and.contain(ui.blank);

      expect(submitted).to.have.length(1);
      const event = submitted[0];
      expect(event).to.be.instanceOf(AllianceCheckInSubmitEvent);
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      expect(event.mode).to.equal('couple');
      expect(event.partners).to.deep.equal(['Sam', 'Alex']);
      expect(event.answers).to.deep.equal([
        ['You made me tea', 'You went quiet at dinner'],
        ['You held my hand', ''],
      ]);
      expect(event.rating).to.deep.equal([null, null]);
      expect(Number.isNaN(Date.parse(event.date))).to.equal(false);
      expect(event.date).to.equal(new Date(event.date).toISOString());
    });

    it('the first partner can go back from the hand-over and change their answers', async () => {
      const { el } = await mount();
      await type(el, 0, 'first words');
      await press(el, ui.foldAway);
      await press(el, 'Back to Partner A’s answers');
      expect(heading(el)).to.equal('Partner A’s turn');
      expect(answerField(el, 0).value).to.equal('first words');
    });

    it('each partner rates on their own turn; the reveal shows both ratings', async () => {
      const { el } = await mount({ scale: true });
      const seen: AllianceCheckInSubmitEvent[] = [];
      el.addEventListener('alliance-check-in-submit', (e) => seen.push(e));
      $<HTMLInputElement>(el, 'input[value="4"]')!.click();
      await el.updateComplete;
      await press(el, ui.foldAway); // a rating alone is enough
      await press(el, /^Start /);
      expect($$<HTMLInputElement>(el, 'input[type=radio]').some((r) => r.checked)).to.equal(false);
      $<HTMLInputElement>(el, 'input[value="2"]')!.click();
      await el.updateComplete;
      await press(el, ui.finishTurn);
      await press(el, ui.showBoth);
      expect(seen[0].rating).to.deep.equal([4, 2]);
      expect(text($(el, '.reveal'))).to.contain('Fairly close (4 of 5)').and.contain('A bit distant (2 of 5)');
    });

    it('a chosen point can be cleared', async () => {
      const { el } = await mount({ scale: true });
      $<HTMLInputElement>(el, 'input[value="5"]')!.click();
      await el.updateComplete;
      await press(el, ui.clearRating);
      expect($$<HTMLInputElement>(el, 'input[type=radio]').some((r) => r.checked)).to.equal(false);
      expect(focused(el)).to.equal($(el, 'input[type=radio]'));
    });
  });

  describe('solo', () => {
    it('reads as one person’s: no "together", the questions about "your partner", "Remind me"', async () => {
      const { el } = await mount({ mode: 'solo', scale: true });
      expect(text($(el, '.intro'))).to.equal(en.checkIn.soloIntro);
      expect($$(el, 'label[for^=answer-]').map((l) => text(l))).to.deep.equal([...en.checkIn.questions]);
      expect(text($(el, '.scale legend'))).to.equal(`${en.checkIn.soloScaleQuestion} ${ui.optional}`);
      const words = (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
      expect(words).to.not.match(/together|each other|Remind us/);
      await type(el, 0, 'A kind word');
      $<HTMLInputElement>(el, 'input[type=radio][value="4"]')!.click();
      await el.updateComplete;
      await press(el, ui.save);
      expect(text($(el, '.reveal'))).to.contain(en.checkIn.soloScaleQuestion);
    });

    it('one person answers and saves; no hand-over', async () => {
      const { el } = await mount({ mode: 'solo' });
      const seen: AllianceCheckInSubmitEvent[] = [];
      el.addEventListener('alliance-check-in-submit', (e) => seen.push(e));
      expect(heading(el)).to.equal(ui.soloHeading);
      expect($(el, '.step-of')).to.equal(null);
      await soloCheckIn(el, 'I listened properly today');
      expect(heading(el)).to.equal(ui.soloRevealHeading);
      expect(text($(el, '.reveal'))).to.contain('I listened properly today');
      expect(seen[0].mode).to.equal('solo');
      expect(seen[0].partners).to.deep.equal(['']);
      expect(seen[0].answers).to.deep.equal([['I listened properly today', '']]);
      await waitUntil(() => status(el) === ui.saved, 'not announced as saved');
      await waitUntil(() => (storedHistory(el.storageKey) as unknown[] | undefined)?.length === 1, 'not stored');
    });

    it('"Start a new check-in" begins again with blank answers', async () => {
      const { el } = await mount({ mode: 'solo' });
      await soloCheckIn(el, 'one');
      await press(el, ui.newCheckIn);
      expect(heading(el)).to.equal(ui.soloHeading);
      expect(answerField(el, 0).value).to.equal('');
      expect(focused(el)?.id).to.equal('step-heading');
    });
  });

  describe('an empty check-in', () => {
    it('is refused with a message at the first field, which gets the focus', async () => {
      const { el } = await mount();
      const spy = sinon.spy();
      el.addEventListener('alliance-check-in-submit', spy);
      await type(el, 0, '   ');
      await press(el, ui.foldAway);
      expect(heading(el)).to.equal('Partner A’s turn');
      const field = answerField(el, 0);
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(field.getAttribute('aria-describedby')).to.contain('empty-error');
      expect(text($(el, '#empty-error'))).to.equal(ui.emptyError);
      expect(field.nextElementSibling?.id).to.equal('empty-error');
      expect(focused(el)).to.equal(field);
      expect(spy.callCount).to.equal(0);
      await type(el, 1, 'something');
      expect($(el, '#empty-error')).to.equal(null);
      expect(answerField(el, 0).getAttribute('aria-invalid')).to.equal('false');
    });

    it('with the scale, the message mentions the scale too', async () => {
      const { el } = await mount({ mode: 'solo', scale: true });
      await press(el, ui.save);
      expect(text($(el, '#empty-error'))).to.equal(ui.emptyErrorScale);
    });
  });

  describe('keyboard', () => {
    it('a couple can complete a check-in with the keyboard alone', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">before</button>
        <alliance-check-in storage-key=${freshKey()} partner-a="Sam" partner-b="Alex"></alliance-check-in>
      </div>`);
      const el = wrapper.querySelector('alliance-check-in')!;
      await waitUntil(() => $(el, '.step'));
      const seen: AllianceCheckInSubmitEvent[] = [];
      el.addEventListener('alliance-check-in-submit', (e) => seen.push(e));
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

      await sendKeys({ press: 'Tab' });
      expect(text(focused(el))).to.equal(ui.start);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('step-heading');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.id).to.equal('answer-0');
      await sendKeys({ type: 'Tea in bed' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.id).to.equal('answer-1');
      await sendKeys({ type: 'Phone at dinner' });
      await sendKeys({ press: 'Tab' });
      expect(text(focused(el))).to.equal(ui.foldAway);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('step-heading');
      expect(heading(el)).to.equal('Pass the device to Alex');

      await sendKeys({ press: 'Tab' });
      expect(text(focused(el))).to.equal('Start Alex’s turn');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(heading(el)).to.equal('Alex’s turn');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.id).to.equal('answer-0');
      await sendKeys({ type: 'A long hug' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(text(focused(el))).to.equal(ui.finishTurn);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(heading(el)).to.equal(ui.readyHeading);

      await sendKeys({ press: 'Tab' });
      expect(text(focused(el))).to.equal(ui.showBoth);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(heading(el)).to.equal(ui.revealHeading);
      expect(seen).to.have.length(1);
      expect(seen[0].answers).to.deep.equal([
        ['Tea in bed', 'Phone at dinner'],
        ['A long hug', ''],
      ]);
    });

    it('the scale is a native radio group: arrow keys choose a point', async () => {
      const { el } = await mount({ scale: true });
      $<HTMLInputElement>(el, 'input[value="1"]')!.focus();
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, 'input[type=radio]:checked')?.value).to.equal('3');
    });
  });

  describe('storage', () => {
    it('keeps a draft while typing (debounced), and a reload continues at the same step', async () => {
      const key = freshKey();
      const first = await mount({ key, a: 'Sam', b: 'Alex' });
      await type(first.el, 0, 'Sam wrote this');
      await press(first.el, ui.foldAway);
      await press(first.el, /^Start /);
      await type(first.el, 0, 'Alex was halfway');
      const draftKey = `${NS}:${key}:draft`;
      expect(localStorage.getItem(draftKey) ?? '').to.not.contain('Alex was halfway');
      await waitUntil(() => (localStorage.getItem(draftKey) ?? '').includes('Alex was halfway'), 'the draft was not saved once typing paused');
      first.el.remove();

      const again = await mount({ key, a: 'Sam', b: 'Alex', start: true });
      await waitUntil(() => heading(again.el) === 'Alex’s turn', 'the step was not restored');
      expect(answerField(again.el, 0).value).to.equal('Alex was halfway');
      expect(again.el.shadowRoot!.textContent).to.not.contain('Sam wrote this');
      await press(again.el, ui.finishTurn);
      await press(again.el, ui.showBoth);
      expect(text($(again.el, '.reveal'))).to.contain('Sam wrote this').and.contain('Alex was halfway');
      await waitUntil(() => localStorage.getItem(draftKey) === null, 'the draft was not cleared after the check-in');
    });

    it('saves at once when the element leaves the page mid-typing', async () => {
      const key = freshKey();
      const { el } = await mount({ key });
      await type(el, 0, 'leaving now');
      el.remove();
      await waitUntil(() => (localStorage.getItem(`${NS}:${key}:draft`) ?? '').includes('leaving now'), 'not saved on leaving');
    });

    it('picks up a check-in saved in another tab', async () => {
      const { el, key } = await mount({ history: true });
      await waitUntil(() => text($(el, '.history')).includes(ui.historyEmpty));
      seed(key, [entry('from-other-tab', 1)]);
      window.dispatchEvent(new StorageEvent('storage', { key: `${NS}:${key}:history`, storageArea: localStorage }));
      await waitUntil(() => el.entries.length === 1, 'the other tab’s check-in did not arrive');
      await el.updateComplete;
      expect($$(el, 'details.entry')).to.have.length(1);
    });

    it('follows another tab’s draft, unless this page is typing', async () => {
      const { el, key } = await mount();
      const draftKey = `${NS}:${key}:draft`;
      // Begin saved the step; that write settles before the other tab's arrives.
      await new Promise((r) => setTimeout(r, 50));
      const other = { mode: 'couple', step: 'handover', answers: [['x'], []], ratings: [null, null] };
      localStorage.setItem(draftKey, JSON.stringify({ v: 1, t: Date.now() + 2, data: other }));
      window.dispatchEvent(new StorageEvent('storage', { key: draftKey, storageArea: localStorage }));
      await waitUntil(() => heading(el) === 'Pass the device to Partner B', 'the other tab’s step did not arrive');
      expect(focused(el)).to.equal(null); // nobody here acted: the focus stays put

      await press(el, 'Back to Partner A’s answers');
      await type(el, 0, 'mine, typing');
      localStorage.setItem(draftKey, JSON.stringify({ v: 1, t: Date.now() + 3, data: { ...other, answers: [['theirs'], []] } }));
      window.dispatchEvent(new StorageEvent('storage', { key: draftKey, storageArea: localStorage }));
      // Once the other tab's save is merged in, this page saves its words again; it stays on its turn.
      await waitUntil(() => localStorage.getItem(draftKey)?.includes('mine, typing'), 'the merged draft was not saved', { timeout: 3000 });
      await el.updateComplete;
      expect(answerField(el, 0).value).to.equal('mine, typing');
      expect((JSON.parse(localStorage.getItem(draftKey)!) as { data: { step: string } }).data.step).to.equal('a');
    });

    it('survives a corrupted store: unreadable values are set aside, the check-in completes', async () => {
      const key = freshKey();
      localStorage.setItem(`${NS}:${key}:history`, '{"v":1,"t":1,"data":[broken');
      localStorage.setItem(`${NS}:${key}:draft`, JSON.stringify({ v: 1, t: 1, data: { mode: 'couple', step: 'nowhere' } }));
      const { el } = await mount({ key, mode: 'solo', history: true });
      await waitUntil(() => text($(el, '.history')).includes(ui.historyEmpty));
      expect(heading(el)).to.equal(ui.soloHeading);
      await soloCheckIn(el, 'still works');
      await waitUntil(() => (storedHistory(key) as unknown[] | undefined)?.length === 1, 'not saved');
      const aside = Object.keys(localStorage).filter((k) => k.startsWith(`${NS}:recovery:${key}:history`));
      expect(aside).to.have.length(1);
      expect(localStorage.getItem(aside[0])).to.equal('{"v":1,"t":1,"data":[broken');
      for (const k of aside) localStorage.removeItem(k);
    });

    it('keeps a history that is not a list aside instead of overwriting it, and skips entries it cannot read', async () => {
      const key = freshKey();
      seed(key, { not: 'a list' });
      const first = await mount({ key, mode: 'solo', history: true });
      await waitUntil(() => text($(first.el, '.history')).includes(ui.historyEmpty));
      await soloCheckIn(first.el, 'new');
      await waitUntil(() => Array.isArray(storedHistory(key)), 'not saved');
      const aside = Object.keys(localStorage).find((k) => k.startsWith(`${NS}:${key}:history-unreadable:`));
      expect(aside, 'the unreadable history was not kept').to.not.equal(undefined);
      expect((JSON.parse(localStorage.getItem(aside!)!) as { data: unknown }).data).to.deep.equal({ not: 'a list' });

      const unknownItem = { id: 'from-a-newer-version', shape: 'unknown' };
      seed(key, [entry('good', 1), unknownItem, 'junk']);
      const second = await mount({ key, history: true });
      await waitUntil(() => second.el.entries.length === 1);
      await second.el.updateComplete;
      expect($$(second.el, 'details.entry')).to.have.length(1);
    });

    it('a full quota: the check-in completes, the notice shows once, and what was not saved can be downloaded', async () => {
      const full: AllianceStore = {
        get: () => Promise.resolve(undefined),
        set: () => Promise.reject(quota()),
        remove: () => Promise.resolve(),
        list: () => Promise.resolve([]),
      };
      const el = await mountIn(full);
      el.mode = 'solo';
      await el.updateComplete;
      await soloCheckIn(el, 'words worth keeping');
      await waitUntil(() => $(el, '.storage-notice') !== null, 'no storage notice');
      expect(heading(el)).to.equal(ui.soloRevealHeading);
      expect(text($(el, '.reveal'))).to.contain('words worth keeping');
      await waitUntil(() => status(el) === en.ui.storageUnavailable, 'the notice was not announced');
      const announced: string[] = [];
      const watcher = new MutationObserver(() => announced.push(status(el)));
      watcher.observe($(el, '[role=status]')!, { childList: true, characterData: true, subtree: true });

      await press(el, ui.newCheckIn);
      await soloCheckIn(el, 'a second one');
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      watcher.disconnect();
      expect($$(el, '.storage-notice')).to.have.length(1);
      expect(announced).to.not.include(en.ui.storageUnavailable);
      expect(el.entries.map((e) => e.responses[0].answers[0])).to.deep.equal(['a second one', 'words worth keeping']);

      const downloads = captureDownloads();
      await press(el, ui.downloadUnsaved);
      expect(downloads.files).to.have.length(1);
      expect(downloads.files[0].name).to.match(/^check-ins-\d{4}-\d{2}-\d{2}\.json$/);
      const file = JSON.parse(await downloads.read(0)) as { format: string; data: { entries: CheckInEntry[] } };
      expect(file.format).to.equal('alliance-elements/check-in');
      expect(file.data.entries.map((e) => e.responses[0].answers[0])).to.deep.equal(['words worth keeping', 'a second one']);
    });

    it('blocked storage (every call throws): the check-in still completes', async () => {
      const blocked = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      const store = { get: blocked, set: blocked, remove: blocked, list: blocked } as unknown as AllianceStore;
      const el = await mountIn(store);
      await coupleCheckIn(el, ['one'], ['two']);
      expect(heading(el)).to.equal(ui.revealHeading);
      await waitUntil(() => $(el, '.storage-notice') !== null);
      expect(el.entries).to.have.length(1);
    });

    it('works with storage="none": nothing reaches localStorage', async () => {
      const before = Object.keys(localStorage).length;
      const el = await mountIn(null, 'none');
      await coupleCheckIn(el, ['memory only'], ['also']);
      await el.updateComplete;
      expect($$(el, 'details.entry')).to.have.length(1);
      expect(Object.keys(localStorage).length).to.equal(before);
      expect($(el, '.storage-notice')).to.equal(null);
    });

    it('works with a host adapter: the history goes through it', async () => {
      const saved = new Map<string, unknown>();
      const adapter: AllianceStore = {
        get: (key) => Promise.resolve(saved.get(key) as never),
        set: (key, value) => Promise.resolve(void saved.set(key, value)),
        remove: (key) => Promise.resolve(void saved.delete(key)),
        list: () => Promise.resolve([...saved.keys()]),
      };
      const el = await mountIn(adapter);
      await coupleCheckIn(el, ['to the server'], ['fine']);
      await waitUntil(() => [...saved.keys()].some((k) => k.endsWith(':history')), 'the adapter was not used');
      const history = [...saved.entries()].find(([k]) => k.endsWith(':history'))![1] as CheckInEntry[];
      expect(history[0].responses.map((r) => r.name)).to.deep.equal(['Sam', 'Alex']);
    });
  });

  describe('what people type stays text', () => {
    it('markup in an answer is shown as text, never run', async () => {
      const hostile = '<img src=x onerror="window.__checkInXss=1"><b>bold</b>';
      const { el } = await mount({ history: true });
      await coupleCheckIn(el, [hostile], ['<script>window.__checkInXss=2</script>']);
      await new Promise((r) => setTimeout(r, 50));
      expect($$(el, 'img, b, script')).to.have.length(0);
      expect(text($(el, '.reveal'))).to.contain(hostile).and.contain('<script>');
      $<HTMLDetailsElement>(el, 'details.entry')!.open = true;
      await el.updateComplete;
      expect($(el, 'details.entry img')).to.equal(null);
      expect(text($(el, 'details.entry'))).to.contain(hostile);
      expect((window as { __checkInXss?: number }).__checkInXss).to.equal(undefined);
      expect(el.exportText()).to.contain(hostile);
    });
  });

  describe('events', () => {
    it('cancelling submit keeps the entry out of the store; the check-in still shows and can be exported', async () => {
      const { el, key } = await mount({ history: true });
      el.addEventListener('alliance-check-in-submit', (e) => e.preventDefault());
      await coupleCheckIn(el, ['for the host only'], ['ok']);
      expect(heading(el)).to.equal(ui.revealHeading);
      expect(text($(el, '.reveal'))).to.contain('for the host only');
      expect(text($(el, '.kept'))).to.equal(ui.notKept);
      expect(status(el)).to.equal(ui.notKept);
      await new Promise((r) => setTimeout(r, 30));
      expect(storedHistory(key)).to.equal(undefined);
      expect(el.entries).to.have.length(0);
      const downloads = captureDownloads();
      await press(el, ui.downloadJson);
      expect(await downloads.read(0)).to.contain('for the host only');
    });

    it('setting properties from code fires no event', async () => {
      const { el } = await mount({ history: true });
      const spy = sinon.spy();
      for (const name of ['alliance-check-in-submit', 'alliance-check-in-delete', 'alliance-check-in-restore']) el.addEventListener(name, spy);
      el.mode = 'solo';
      el.questions = ['One?'];
      el.scale = true;
      el.partnerA = 'Kim';
      await el.updateComplete;
      expect(spy.callCount).to.equal(0);
    });
  });

  describe('history', () => {
    async function withHistory(entries: unknown[], scale = false) {
      const key = freshKey();
      seed(key, entries);
      const { el } = await mount({ key, history: true, scale });
      await waitUntil(() => el.entries.length === entries.length, 'the history did not load');
      await el.updateComplete;
      return { el, key };
    }

    it('lists check-ins newest first under their month, with a count for this month and no reproach', async () => {
      const { el } = await withHistory([entry('older', 40), entry('newest', 0), entry('middle', 2)]);
      const ids = $$(el, 'details.entry').map((d) => d.dataset.id);
      expect(ids).to.deep.equal(['newest', 'middle', 'older']);
      expect($$(el, '.month-heading').length).to.be.at.least(2);
      const thisMonth = el.entries.filter((e) => new Date(e.date).getMonth() === new Date().getMonth()).length;
      expect(text($(el, '.month-count'))).to.equal(`${thisMonth} check-in${thisMonth === 1 ? '' : 's'} this month`);
      expect((el.shadowRoot!.textContent ?? '').toLowerCase()).to.not.match(/miss|streak|failed/);
      const first = $<HTMLDetailsElement>(el, 'details.entry')!;
      expect(first.open).to.equal(false);
      first.querySelector('summary')!.click();
      await el.updateComplete;
      expect(first.open).to.equal(true);
      expect(text(first)).to.contain('kind words newest').and.contain('a quiet evening');
    });

    it('deletes one with Undo; Undo brings it back', async () => {
      const { el, key } = await withHistory([entry('keep', 1), entry('drop', 0)]);
      const deleted: AllianceCheckInDeleteEvent[] = [];
      const restored: AllianceCheckInRestoreEvent[] = [];
      el.addEventListener('alliance-check-in-delete', (e) => deleted.push(e));
      el.addEventListener('alliance-check-in-restore', (e) => restored.push(e));
      $<HTMLDetailsElement>(el, 'details[data-id=drop]')!.open = true;
      $<HTMLButtonElement>(el, 'details[data-id=drop] button')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect($$(el, 'details.entry').map((d) => d.dataset.id)).to.deep.equal(['keep']);
      expect(deleted).to.have.length(1);
      expect(deleted[0].ids).to.deep.equal(['drop']);
      expect(deleted[0].all).to.equal(false);
      expect(status(el)).to.equal(ui.deleted);
      expect(focused(el)?.id).to.equal('undo');
      await waitUntil(() => (storedHistory(key) as CheckInEntry[]).length === 1, 'the delete was not saved');

      await press(el, ui.undo);
      expect($$(el, 'details.entry').map((d) => d.dataset.id)).to.deep.equal(['drop', 'keep']);
      expect(restored).to.have.length(1);
      expect(restored[0].entries.map((e) => e.id)).to.deep.equal(['drop']);
      expect(status(el)).to.equal(ui.restored);
      expect(focused(el)?.tagName).to.equal('SUMMARY');
      expect($(el, '#undo')).to.equal(null);
      await waitUntil(() => (storedHistory(key) as CheckInEntry[]).length === 2, 'the undo was not saved');
    });

    it('Undo goes away with the next action, or after a few seconds', async () => {
      const { el } = await withHistory([entry('a', 1), entry('b', 2), entry('c', 3)]);
      $<HTMLButtonElement>(el, 'details[data-id=a] button')!.click();
      await el.updateComplete;
      expect($(el, '#undo')).to.not.equal(null);
      $<HTMLButtonElement>(el, 'details[data-id=b] button')!.click(); // the next action
      await el.updateComplete;
      expect(text($(el, '.undo'))).to.contain(ui.deleted);
      await press(el, ui.undo);
      expect($$(el, 'details.entry').map((d) => d.dataset.id)).to.deep.equal(['b', 'c']);

      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      $<HTMLButtonElement>(el, 'details[data-id=c] button')!.click();
      await el.updateComplete;
      (focused(el) as HTMLElement | null)?.blur();
      await el.updateComplete;
      await clock.tickAsync(11_000);
      await el.updateComplete;
      expect($(el, '#undo')).to.equal(null);
      clock.restore();
    });

    it('deletes all only after a confirmation in a modal dialog; Keep changes nothing', async () => {
      const { el, key } = await withHistory([entry('a', 1), entry('b', 2)]);
      const deleted: AllianceCheckInDeleteEvent[] = [];
      el.addEventListener('alliance-check-in-delete', (e) => deleted.push(e));
      const dialog = $<HTMLDialogElement>(el, '#confirm')!;
      await press(el, ui.deleteAll);
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(text(dialog.querySelector('#confirm-heading'))).to.equal('Delete all 2 check-ins?');
      expect(focused(el)).to.equal(dialog.querySelector('button[value=keep]'));
      dialog.querySelector<HTMLButtonElement>('button[value=keep]')!.click();
      await waitUntil(() => !dialog.open);
      await el.updateComplete;
      expect(el.entries).to.have.length(2);
      expect(deleted).to.have.length(0);
      await waitUntil(() => focused(el)?.id === 'delete-all', 'the focus did not come back');

      await press(el, ui.deleteAll);
      dialog.querySelector<HTMLButtonElement>('button[value=delete]')!.click();
      await waitUntil(() => el.entries.length === 0, 'not deleted');
      await el.updateComplete;
      expect(deleted).to.have.length(1);
      expect(deleted[0].all).to.equal(true);
      expect([...deleted[0].ids].sort()).to.deep.equal(['a', 'b']);
      expect(text($(el, '.history'))).to.contain(ui.historyEmpty);
      await waitUntil(() => (storedHistory(key) as unknown[]).length === 0);
      await press(el, ui.undo);
      expect(el.entries.map((e) => e.id)).to.deep.equal(['a', 'b']);
    });

    it('Escape in the confirmation keeps everything', async () => {
      const { el } = await withHistory([entry('a', 1)]);
      await press(el, ui.deleteAll);
      await sendKeys({ press: 'Escape' });
      const dialog = $<HTMLDialogElement>(el, '#confirm')!;
      await waitUntil(() => !dialog.open);
      expect(el.entries).to.have.length(1);
    });

    it('with scale, draws the trend of the last weeks in SVG, with a table of its numbers', async () => {
      const { el } = await withHistory(
        [entry('a', 1, [4, 3]), entry('b', 8, [2, 5]), entry('c', 15, [3, null]), entry('old', 100, [1, 1])],
        true,
      );
      // The chart is a part of its own, loaded the first time a history with ratings shows.
      await waitUntil(() => $(el, 'svg.chart'), 'the chart never arrived');
      const chart = $(el, 'svg.chart')!;
      expect(chart.getAttribute('role')).to.equal('img');
      expect(chart.getAttribute('aria-label')).to.contain('How close you felt, the last 8 weeks').and.contain('5 ratings');
      expect(chart.querySelectorAll('.series-0 .marker')).to.have.length(3);
      expect(chart.querySelectorAll('.series-1 .marker')).to.have.length(2);
      const rows = $$(el, '.numbers tbody tr');
      expect(rows).to.have.length(3);
      expect($$(el, '.numbers thead th').map((th) => text(th))).to.deep.equal([ui.chartDate, 'Sam', 'Alex']);
      expect(text(rows[2])).to.contain('Fairly close (4 of 5)').and.contain('Somewhere in between (3 of 5)');
      expect(text(rows[0])).to.contain(ui.noRating);
      expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    });

    it('draws each partner’s weekly average, a calm line across the card, in the palette’s colours', async () => {
      const { el } = await withHistory([entry('a', 1, [4, 2]), entry('b', 2, [2, 4]), entry('c', 8, [3, 3])], true);
      await waitUntil(() => $(el, 'svg.chart'), 'the chart never arrived');
      const chart = $(el, 'svg.chart')!;
      const sam = [...chart.querySelectorAll<SVGCircleElement>('.series-0 .marker')];
      expect(sam).to.have.length(2);
      // Last week (3) and this week's two check-ins (4 and 2): both average 3, level.
      expect(sam[0].getAttribute('cy')).to.equal(sam[1].getAttribute('cy'));
      expect(text($(el, '.trend'))).to.contain(ui.chartWeekly);
      expect($$(el, '.numbers tbody tr')).to.have.length(3);
      expect(chart.getBoundingClientRect().width).to.be.closeTo($(el, '.trend')!.getBoundingClientRect().width, 1);
      const lines = [...chart.querySelectorAll('.line')].map((l) => getComputedStyle(l).stroke);
      // The first partner in the accent (as the primary button), the second in the muted ink (as a hint).
      expect(lines[0]).to.equal(getComputedStyle($(el, 'button.primary')!).backgroundColor);
      expect(lines[1]).to.equal(getComputedStyle($(el, '.hint')!).color);
      expect(lines[1]).to.not.equal(lines[0]);
    });

    it('says a trend needs a few more check-ins until a second week has ratings, and shows the numbers so far', async () => {
      const { el } = await withHistory([entry('a', 1, [4, 3]), entry('b', 2, [2, 5])], true);
      await waitUntil(() => text($(el, '.trend')).includes(ui.chartFew), 'no word on the trend to come');
      expect($(el, 'svg.chart')).to.equal(null);
      expect($$(el, '.numbers tbody tr')).to.have.length(2);
    });

    it('says so where the history would be when its part cannot be loaded (offline); Try again brings it; nothing typed is lost', async () => {
      const load = sinon.stub(checkInParts, 'history').rejects(new TypeError('Failed to fetch dynamically imported module'));
      const key = freshKey();
      seed(key, [entry('kept', 1)]);
      const { el } = await mount({ key, history: true });
      await type(el, 0, 'words typed before the network dropped');
      await waitUntil(() => text($(el, '.history')).includes(en.ui.partFailed), 'no word on the missing history');
      expect(answerField(el, 0).value).to.equal('words typed before the network dropped');
      expect(storedHistory(key)).to.have.length(1);
      load.restore();
      await press(el, en.ui.tryAgain);
      await waitUntil(() => $$(el, 'details.entry').length === 1, 'Try again did not bring the history');
      expect(text($(el, '.history'))).to.not.contain(en.ui.partFailed);
    });

    it('says so where the chart would be when its part cannot be loaded, the history still there', async () => {
      sinon.stub(checkInParts, 'chart').rejects(new TypeError('Failed to fetch dynamically imported module'));
      const { el } = await withHistory([entry('a', 1, [4, 3]), entry('b', 8, [2, 5])], true);
      await waitUntil(() => text($(el, '.trend')) === en.ui.partFailed, 'no word on the missing chart');
      expect($(el, 'svg.chart')).to.equal(null);
      expect(el.entries).to.have.length(2);
      expect($$(el, 'details.entry')).to.have.length(2);
    });

    it('exports JSON that imports back without duplicates', async () => {
      const { el } = await withHistory([entry('a', 1), entry('b', 2)]);
      const downloads = captureDownloads();
      await press(el, ui.downloadJson);
      const file = await downloads.read(0);
      expect(JSON.parse(file)).to.include({ format: 'alliance-elements/check-in', version: 1 });

      const other = await mount({ history: true });
      await waitUntil(() => text($(other.el, '.history')).includes(ui.historyEmpty));
      importFile(other.el, file);
      await waitUntil(() => other.el.entries.length === 2, 'not imported');
      await other.el.updateComplete;
      expect(text($(other.el, '#import-message'))).to.equal('2 check-ins added.');
      expect(other.el.entries).to.deep.equal(el.entries);

      importFile(other.el, file);
      await waitUntil(() => text($(other.el, '#import-message')) === ui.importNothingNew);
      expect(other.el.entries).to.have.length(2);

      importFile(el, el.exportJson([entry('c', 3), entry('a', 1)]));
      await waitUntil(() => el.entries.length === 3);
    });

    const badFiles: [string, string, string][] = [
      ['not JSON', 'this is not json {', ui.importNotJson],
      ['JSON from elsewhere', '{"hello": "world"}', ui.importNotExport],
      ['a newer version', '{"format":"alliance-elements/check-in","version":99,"data":{"entries":[]}}', ui.importNewer],
      [
        'a broken entry',
        JSON.stringify({ format: 'alliance-elements/check-in', version: 1, data: { entries: [entry('fine', 1), { id: 'x' }] } }),
        ui.importBadData,
      ],
    ];
    it('says so at the control when the file reader cannot be loaded, and changes nothing', async () => {
      const { el, key } = await withHistory([entry('mine', 1)]);
      const before = localStorage.getItem(`${NS}:${key}:history`);
      const load = sinon.stub(parts, 'importer').rejects(new TypeError('Failed to fetch dynamically imported module'));
      importFile(el, el.exportJson([entry('new', 2)]));
      await waitUntil(() => text($(el, '#import-message')) === en.ui.partFailed);
      expect($(el, '#import')!.getAttribute('aria-invalid')).to.equal('true');
      expect($<HTMLInputElement>(el, '#import')!.value).to.equal('');
      expect(el.entries.map((e) => e.id)).to.deep.equal(['mine']);
      expect(localStorage.getItem(`${NS}:${key}:history`)).to.equal(before);
      load.restore();
      importFile(el, el.exportJson([entry('new', 2)]));
      await waitUntil(() => el.entries.length === 2);
    });

    for (const [what, content, message] of badFiles) {
      it(`refuses ${what} with a message at the control, and changes nothing`, async () => {
        const { el, key } = await withHistory([entry('mine', 1)]);
        const before = localStorage.getItem(`${NS}:${key}:history`);
        importFile(el, content);
        await waitUntil(() => $(el, '#import-message') !== null, 'no message');
        const input = $(el, '#import')!;
        expect(text($(el, '#import-message'))).to.equal(message);
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(input.getAttribute('aria-describedby')).to.contain('import-message');
        expect(status(el)).to.equal(message);
        expect(el.entries.map((e) => e.id)).to.deep.equal(['mine']);
        expect(localStorage.getItem(`${NS}:${key}:history`)).to.equal(before);
      });
    }

    it('copies the history as text, or offers the text to select where copying is refused', async () => {
      const { el } = await withHistory([entry('a', 1, [4, 3])], true);
      const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
      await press(el, ui.copyText);
      await waitUntil(() => status(el) === ui.copied);
      const copied = write.firstCall.args[0];
      expect(copied).to.contain(`# ${en.checkIn.title}`).and.contain(`### ${en.checkIn.questions[0]}`).and.contain('> kind words a');
      expect(copied).to.contain('Sam: Fairly close (4 of 5)');

      write.rejects(new DOMException('denied', 'NotAllowedError'));
      await press(el, ui.copyText);
      await waitUntil(() => $(el, '#copy-box') !== null, 'no fallback');
      await el.updateComplete;
      const box = $<HTMLTextAreaElement>(el, '#copy-box')!;
      expect(box.value).to.equal(copied);
      expect(box.readOnly).to.equal(true);
      expect(focused(el)).to.equal(box);
    });

    it('shows the most recent check-ins first, older ones on request, and all of them on paper', async () => {
      const many = Array.from({ length: 15 }, (_, i) => entry(`e${i}`, i));
      const { el } = await withHistory(many);
      expect($$(el, 'details.entry')).to.have.length(12);
      await press(el, 'Show 3 older check-ins');
      expect($$(el, 'details.entry')).to.have.length(15);
      expect((focused(el)?.parentElement as HTMLElement | null)?.dataset.id).to.equal('e12');
      expect($$(el, 'button').some((b) => text(b).startsWith('Show'))).to.equal(false);

      const again = await withHistory(many);
      window.dispatchEvent(new Event('beforeprint'));
      await again.el.updateComplete;
      expect($$(again.el, 'details.entry')).to.have.length(15);
      window.dispatchEvent(new Event('afterprint'));
      await again.el.updateComplete;
      expect($$(again.el, 'details.entry')).to.have.length(12);
    });

    it('downloads the text, and prints', async () => {
      const { el } = await withHistory([entry('a', 1)]);
      const downloads = captureDownloads();
      await press(el, ui.downloadText);
      expect(downloads.files[0].name).to.match(/^check-ins-\d{4}-\d{2}-\d{2}\.md$/);
      expect(await downloads.read(0)).to.contain('kind words a');
      const print = sinon.stub(window, 'print');
      await press(el, ui.print);
      expect(print.callCount).to.equal(1);
    });
  });

  describe('daily reminder', () => {
    it('comes after saving, as a closed disclosure; its form then loads and takes the focus', async () => {
      const { el } = await mount({ mode: 'solo' });
      expect($(el, '.reminder')).to.equal(null);
      await soloCheckIn(el, 'A good day');
      const details = $<HTMLDetailsElement>(el, 'details.reminder')!;
      expect(details.open).to.equal(false);
      expect(text(details.querySelector('summary'))).to.equal(ui.reminderHeading);
      expect($(el, '#reminder-time')).to.equal(null);
      await openReminder(el);
      expect(focused(el)).to.equal($(el, '#reminder-time'));
      // One person: "Remind me", not "Remind us".
      expect(text($(el, 'label[for=reminder-time]'))).to.equal(ui.reminderTimeSolo);
    });

    it('says so in the disclosure when its part cannot be loaded; opening it again tries again; nothing saved changes', async () => {
      const { el } = await mount({ mode: 'solo' });
      await soloCheckIn(el, 'words saved before the network dropped');
      const load = sinon.stub(checkInParts, 'reminder').rejects(new TypeError('Failed to fetch dynamically imported module'));
      const details = $<HTMLDetailsElement>(el, 'details.reminder')!;
      details.querySelector('summary')!.click();
      await waitUntil(() => text(details).includes(en.ui.partFailed), 'no word on the missing reminder');
      expect(status(el)).to.equal(en.ui.partFailed);
      expect($(el, '#reminder-time')).to.equal(null);
      expect(text($(el, '.reveal'))).to.contain('words saved before the network dropped');
      expect(el.entries).to.have.length(1);
      load.restore();
      details.querySelector('summary')!.click();
      await waitUntil(() => !details.open);
      await openReminder(el);
      expect(text(details)).to.not.contain(en.ui.partFailed);
    });

    it('downloads an .ics with a daily event at the chosen time', async () => {
      const { el } = await mount({ mode: 'solo' });
      await openReminder(el);
      const downloads = captureDownloads();
      const time = $<HTMLInputElement>(el, '#reminder-time')!;
      expect(time.value).to.equal('21:00');
      time.value = '07:30';
      time.dispatchEvent(new Event('input', { bubbles: true }));
      await press(el, ui.reminderButton);
      // The calendar code arrives on the first press.
      await waitUntil(() => downloads.files.length === 1);
      expect(downloads.files[0].name).to.equal('check-in-reminder.ics');
      const ics = await downloads.read(0);
      expect(ics.endsWith('\r\n')).to.equal(true);
      expect(ics.split('\r\n').every((line) => !line.includes('\n'))).to.equal(true);
      const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
      expect(lines[0]).to.equal('BEGIN:VCALENDAR');
      expect(lines).to.include('BEGIN:VEVENT').and.include('END:VEVENT').and.include('END:VCALENDAR');
      expect(lines.find((l) => l.startsWith('DTSTART'))).to.match(/^DTSTART:\d{8}T073000$/);
      expect(lines).to.include('RRULE:FREQ=DAILY');
      expect(lines).to.include(`SUMMARY:${en.checkIn.title}`);
      expect(lines.some((l) => /^UID:.+/.test(l))).to.equal(true);
      expect(status(el)).to.equal(format(ui.reminderDone, { time: new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(new Date(2000, 0, 1, 7, 30)) }));
    });

    it('says so beside the button when the calendar code cannot be loaded, and loses nothing saved', async () => {
      const { el } = await mount({ mode: 'solo' });
      await soloCheckIn(el, 'words saved before the network dropped');
      await openReminder(el);
      const downloads = captureDownloads();
      const load = sinon.stub(parts, 'calendar').rejects(new TypeError('Failed to fetch dynamically imported module'));
      await press(el, ui.reminderButton);
      await waitUntil(() => $(el, '#reminder-failed'));
      expect(text($(el, '#reminder-failed'))).to.equal(en.ui.partFailed);
      expect(status(el)).to.equal(en.ui.partFailed);
      expect(downloads.files).to.have.length(0);
      expect(text($(el, '.reveal'))).to.contain('words saved before the network dropped');

      load.restore();
      await press(el, ui.reminderButton);
      await waitUntil(() => downloads.files.length === 1);
      expect($(el, '#reminder-failed')).to.equal(null);
    });

    it('shows that it is working while the calendar code is slow to arrive', async () => {
      const { el } = await mount({ mode: 'solo' });
      await openReminder(el);
      const downloads = captureDownloads();
      let arrive!: () => void;
      const real = parts.calendar;
      sinon.stub(parts, 'calendar').callsFake(() => new Promise((resolve) => (arrive = () => resolve(real()))).then((m) => m as Awaited<ReturnType<typeof real>>));
      await press(el, ui.reminderButton);
      const submit = () => $<HTMLButtonElement>(el, '.reminder button[type="submit"]')!;
      await waitUntil(() => text(submit()) === en.ui.partLoading, 'the button says it is working', { timeout: 2000 });
      expect(submit().getAttribute('aria-busy')).to.equal('true');
      arrive();
      await waitUntil(() => downloads.files.length === 1);
      await el.updateComplete;
      expect(text(submit())).to.equal(ui.reminderButton);
      expect(submit().getAttribute('aria-busy')).to.equal('false');
    });

    it('an empty time is refused at the field', async () => {
      const { el } = await mount({ mode: 'solo' });
      await openReminder(el);
      const downloads = captureDownloads();
      const time = $<HTMLInputElement>(el, '#reminder-time')!;
      time.value = '';
      time.dispatchEvent(new Event('input', { bubbles: true }));
      await press(el, ui.reminderButton);
      expect(downloads.files).to.have.length(0);
      expect(text($(el, '#reminder-error'))).to.equal(ui.reminderBadTime);
      expect(time.getAttribute('aria-invalid')).to.equal('true');
      expect(focused(el)).to.equal(time);
    });
  });

  describe('questions and bad values', () => {
    it('a host asks its own questions through the property, and they are stored with the check-in', async () => {
      const { el } = await mount({ mode: 'solo' });
      el.questions = ['What made you laugh?', 'What are you grateful for?', 'What do you need tomorrow?'];
      await el.updateComplete;
      expect($$(el, 'label[for^=answer-]').map((l) => text(l))).to.deep.equal([...el.questions]);
      const seen: AllianceCheckInSubmitEvent[] = [];
      el.addEventListener('alliance-check-in-submit', (e) => seen.push(e));
      await soloCheckIn(el, 'the dog');
      expect(seen[0].questions).to.deep.equal(el.questions);
    });

    it('…or as a JSON attribute, or as a list inside the element', async () => {
      const fromAttribute = await fixture<AllianceCheckIn>(
        html`<alliance-check-in storage-key=${freshKey()} questions='["One?", "Two?", "Three?"]'></alliance-check-in>`,
      );
      await begin(fromAttribute);
      expect($$(fromAttribute, 'textarea')).to.have.length(3);
      const fromList = await fixture<AllianceCheckIn>(html`<alliance-check-in storage-key=${freshKey()}>
        <ol>
          <li>What surprised you?</li>
          <li>What felt easy?</li>
        </ol>
        <p slot="privacy">Kept on this device only.</p>
      </alliance-check-in>`);
      await begin(fromList);
      expect($$(fromList, 'label[for^=answer-]').map((l) => text(l))).to.deep.equal(['What surprised you?', 'What felt easy?']);
      fromList.querySelector('ol')!.insertAdjacentHTML('beforeend', '<li>And now?</li>');
      await waitUntil(() => $$(fromList, 'textarea').length === 3, 'a changed list was not read');
      expect(warnings.messages).to.have.length(0);
    });

    it('bad questions warn once and the default questions are asked', async () => {
      const tooMany = JSON.stringify(['1', '2', '3', '4', '5', '6']);
      const el = await fixture<AllianceCheckIn>(html`<alliance-check-in storage-key=${freshKey()} questions=${tooMany}></alliance-check-in>`);
      await begin(el);
      expect(warnings.messages.filter((m) => m.includes('1 to 5 questions, not 6'))).to.have.length(1);
      expect($$(el, 'label[for^=answer-]').map((l) => text(l))).to.deep.equal(asked('Partner B'));

      (el as unknown as { questions: unknown }).questions = ['fine', 42];
      await el.updateComplete;
      expect(warnings.messages.some((m) => m.includes('question 2 is not a text'))).to.equal(true);
      (el as unknown as { questions: unknown }).questions = [];
      await el.updateComplete;
      expect(warnings.messages.some((m) => m.includes('not 0'))).to.equal(true);
      el.setAttribute('questions', 'not json');
      await el.updateComplete;
      expect(warnings.messages.some((m) => m.includes('must be an array'))).to.equal(true);
      expect($$(el, 'textarea')).to.have.length(2);

      const emptyList = await fixture<AllianceCheckIn>(html`<alliance-check-in storage-key=${freshKey()}><ul></ul></alliance-check-in>`);
      await begin(emptyList);
      expect(warnings.messages.some((m) => m.includes('the list inside it'))).to.equal(true);
      expect($$(emptyList, 'textarea')).to.have.length(2);
    });

    it('an unknown mode warns once, naming the accepted ones, and runs as a couple', async () => {
      const el = await fixture<AllianceCheckIn>(html`<alliance-check-in storage-key=${freshKey()} mode="trio"></alliance-check-in>`);
      await begin(el);
      const relevant = warnings.messages.filter((m) => m.includes('mode="trio"'));
      expect(relevant).to.have.length(1);
      expect(relevant[0]).to.contain('"couple"').and.contain('"solo"');
      expect(heading(el)).to.equal('Partner A’s turn');
    });

    it('removing an attribute falls back to the default, without an error', async () => {
      const el = await fixture<AllianceCheckIn>(html`<alliance-check-in partner-a="Kim" storage-key="ck-removed"></alliance-check-in>`);
      await begin(el);
      expect(heading(el)).to.equal('Kim’s turn');
      el.removeAttribute('partner-a');
      el.removeAttribute('storage-key');
      el.removeAttribute('mode');
      await el.updateComplete;
      // Another key: another check-in, from its first screen.
      await begin(el);
      expect(heading(el)).to.equal('Partner A’s turn');
    });

    it('the privacy note can be replaced through its slot', async () => {
      const el = await fixture<AllianceCheckIn>(html`<alliance-check-in storage-key=${freshKey()}>
        <p slot="privacy">Our own words about privacy.</p>
      </alliance-check-in>`);
      await begin(el, true);
      const slot = $<HTMLSlotElement>(el, 'slot[name=privacy]')!;
      expect(slot.assignedElements().map((e) => text(e))).to.deep.equal(['Our own words about privacy.']);
    });
  });

  describe('accessibility', () => {
    it('has no axe violations at every step of a couple check-in, with the scale', async () => {
      const { el } = await mount({ scale: true, a: 'Sam', b: 'Alex' });
      await expect(el).to.be.accessible();
      await type(el, 0, 'tea');
      await press(el, ui.foldAway);
      await expect(el).to.be.accessible();
      await press(el, /^Start /);
      await expect(el).to.be.accessible();
      await press(el, ui.finishTurn); // empty: the error state
      await expect(el).to.be.accessible();
      await type(el, 0, 'hug');
      await press(el, ui.finishTurn);
      await expect(el).to.be.accessible();
      await press(el, ui.showBoth);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in solo mode', async () => {
      const { el } = await mount({ mode: 'solo', scale: true });
      await expect(el).to.be.accessible();
      await soloCheckIn(el, 'solo words');
      await expect(el).to.be.accessible();
    });

    it('has no axe violations with a history, its chart and table open, and the delete-all confirmation', async () => {
      const key = freshKey();
      seed(key, [entry('a', 1, [4, 3]), entry('b', 6, [2, 5]), entry('c', 40, [3, 3])]);
      const { el } = await mount({ key, history: true, scale: true });
      await waitUntil(() => el.entries.length === 3);
      await el.updateComplete;
      $<HTMLDetailsElement>(el, 'details.entry')!.open = true;
      $<HTMLDetailsElement>(el, 'details.numbers')!.open = true;
      await expect(el).to.be.accessible();
      await press(el, ui.deleteAll);
      await expect(el).to.be.accessible();
      $<HTMLDialogElement>(el, '#confirm')!.close();
    });

    it('has no axe violations with the storage notice, an import error and the copy box', async () => {
      const full: AllianceStore = {
        get: () => Promise.resolve(undefined),
        set: () => Promise.reject(quota()),
        remove: () => Promise.resolve(),
        list: () => Promise.resolve([]),
      };
      const el = await mountIn(full);
      await coupleCheckIn(el, ['a'], ['b']);
      await waitUntil(() => $(el, '.storage-notice') !== null);
      importFile(el, 'nope');
      await waitUntil(() => $(el, '#import-message') !== null);
      sinon.stub(navigator.clipboard, 'writeText').rejects(new Error('no'));
      await press(el, ui.copyText);
      await waitUntil(() => $(el, '#copy-box') !== null);
      await expect(el).to.be.accessible();
    });

    it('is laid out right to left under dir="rtl"', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl">
        <alliance-check-in storage-key=${freshKey()}></alliance-check-in>
      </div>`);
      const el = wrapper.querySelector('alliance-check-in')!;
      await el.updateComplete;
      const card = $(el, '.card')!;
      const style = getComputedStyle(card);
      expect(style.direction).to.equal('rtl');
      // The accent bar sits at the start edge: the right, right to left.
      expect(parseFloat(style.borderRightWidth)).to.be.greaterThan(parseFloat(style.borderLeftWidth));
      await expect(el).to.be.accessible();
    });
  });
});
