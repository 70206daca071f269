import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import type { AllianceWorksheet } from '../src/components/worksheet/worksheet.js';
import type { AllianceProvider } from '../src/components/provider/provider.js';
import {
  AllianceWorksheetCompleteEvent,
  AllianceWorksheetReviseEvent,
  AllianceWorksheetStepEvent,
} from '../src/components/worksheet/worksheet.events.js';
import {
  draftToRevision,
  type WorksheetDocument,
  type WorksheetDraft,
} from '../src/components/worksheet/worksheet.model.js';
import { MemoryStore } from '../src/storage/memory.js';
import type { AllianceStore } from '../src/storage/types.js';
import { en } from '../src/content/en.js';
import { format } from '../src/content/locales.js';
import { captureWarnings, catchDownloads, text } from './helpers.js';
import { parts } from '../src/components/shared/parts.js';
import { worksheetParts } from '../src/components/worksheet/worksheet.parts.js';

type El = AllianceWorksheet;
const ui = en.ui.worksheet;
const ws = en.worksheet;

// ----- mounting -----

async function settle(el: El) {
  for (let i = 0; i < 6; i++) {
    await el.updateComplete;
    await new Promise<void>((resolve) => queueMicrotask(resolve));
  }
  await el.updateComplete;
}

/** Mounts a worksheet in a provider; `inner` is the worksheet's own markup. */
async function mount(
  options: { store?: AllianceStore; inner?: (store: AllianceStore) => TemplateResult; fakeTime?: boolean } = {},
) {
  const store = options.store ?? new MemoryStore();
  const template =
    options.inner?.(store) ??
    html`<alliance-provider .store=${store} partner-a="Dana" partner-b="Luis"><alliance-worksheet></alliance-worksheet></alliance-provider>`;
  const provider = await fixture<AllianceProvider>(template);
  const el = provider.querySelector<El>('alliance-worksheet')!;
  if (options.fakeTime) await settle(el);
  else await waitUntil(() => el.shadowRoot!.querySelector('#step-heading'), 'the worksheet never showed a step');
  await el.updateComplete;
  return { provider, el, store };
}

const root = (el: El) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: El, selector: string) => root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: El, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const heading = (el: El) => text($(el, '#step-heading'));
const status = (el: El) => text($(el, '[role=status]'));
const focused = (el: El) => root(el).activeElement as HTMLElement | null;
const boxes = (el: El) => $$<HTMLInputElement>(el, 'input[type=checkbox]');
const box = (el: El, key: string) => boxes(el).find((b) => b.value === key)!;

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function next(el: El) {
  $(el, 'button.next')!.click();
  await el.updateComplete;
}

async function back(el: El) {
  $(el, 'button.back')!.click();
  await el.updateComplete;
}

/** The first partner chooses these for the second, and the other way round. */
const PICKS_A = ['intentions:0', 'atmosphere:1', 'backup:3'];
const PICKS_B = ['intentions:1', 'responsibility:0', 'responsibility:4', 'backup:0'];

async function choose(el: El, keys: readonly string[]) {
  for (const key of keys) box(el, key).click();
  await el.updateComplete;
}

/** From the first step to the first turn. */
async function toTurns(el: El) {
  await next(el);
  await choose(el, PICKS_A);
  await next(el);
  await choose(el, PICKS_B);
  await next(el);
}

/** From the first turn to the closing step, writing "note N" on each turn. */
async function answerTurns(el: El, prefix = 'note') {
  for (let i = 0; i < 7; i++) {
    type($<HTMLTextAreaElement>(el, '#notes')!, `${prefix} ${i + 1}`);
    await next(el);
  }
}

async function fillClosing(el: El, prefix = 'closing') {
  for (const id of ['closing-a-0', 'closing-b-0', 'closing-a-1', 'closing-b-1']) type($<HTMLTextAreaElement>(el, `#${id}`)!, `${prefix} ${id}`);
  await el.updateComplete;
}

/** The whole conversation, from the first step to the document. */
async function complete(el: El, prefix = 'note') {
  await toTurns(el);
  await answerTurns(el, prefix);
  await fillClosing(el);
  await next(el);
  await waitUntil(() => $(el, '.document'), 'no document after finishing');
}

function draftAt(step: WorksheetDraft['step'], position: number, extra: Partial<WorksheetDraft> = {}): WorksheetDraft {
  return {
    step,
    position,
    names: {},
    choices: { a: PICKS_A, b: PICKS_B },
    answers: {},
    revising: false,
    ...extra,
  };
}

function documentWith(revisions: number, answer = (r: number) => `answer of revision ${r}`): WorksheetDocument {
  const list = Array.from({ length: revisions }, (_, r) => {
    const draft = draftAt('closing', 0, {
      answers: {
        'a:intentions:1': answer(r + 1),
        'closing:a:0': 'yes',
        'closing:b:0': 'yes',
        'closing:a:1': 'yes',
        'closing:b:1': 'yes',
      },
    });
    return draftToRevision(draft, ws, { a: 'Dana', b: 'Luis' }, new Date(2026, r, 10, 12));
  });
  return { id: 'doc-1', createdAt: list[0].savedAt, revisitBy: '', revisions: list };
}

function importFile(el: El, content: string, name = 'our-alliance.json') {
  const input = $<HTMLInputElement>(el, '#import')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const longDate = (date: Date) => new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(date);

const failingStore = (): AllianceStore => ({
  get: () => Promise.reject(new DOMException('blocked', 'SecurityError')),
  set: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
  remove: () => Promise.reject(new DOMException('blocked', 'SecurityError')),
  list: () => Promise.resolve([]),
});

describe('<alliance-worksheet>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    sinon.restore();
  });

  describe('rendering and defaults', () => {
    it('starts at step 1 of 5 with the five steps listed, the current one marked', async () => {
      const { el } = await mount();
      expect(text($(el, '.step-of'))).to.equal('Step 1 of 5');
      const items = $$(el, '.steps li');
      expect(items.map((li) => text(li.querySelector('.step-name')))).to.deep.equal([...ui.steps]);
      expect(items.map((li) => li.getAttribute('aria-current'))).to.deep.equal(['step', null, null, null, null]);
      expect($(el, '.steps')!.getAttribute('aria-label')).to.equal(ui.stepsLabel);
      expect(heading(el)).to.equal(ui.steps[0]);
      expect(el.step).to.equal('setup');
      expect(el.alliance).to.equal(undefined);
    });

    it('shows the worksheet’s title, intro, how-to and credit', async () => {
      const { el } = await mount();
      expect(text($(el, '#title'))).to.equal(ws.title);
      const all = text(root(el));
      expect(all).to.contain(ws.intro).and.contain(ws.howTo[2]).and.contain('zestWELLNESS');
    });

    it('the title and headings follow heading-level', async () => {
      const { el } = await mount({
        inner: (store) => html`<alliance-provider .store=${store}><alliance-worksheet heading-level="3"></alliance-worksheet></alliance-provider>`,
      });
      expect($(el, '#title')!.getAttribute('aria-level')).to.equal('3');
      expect($(el, '#step-heading')!.getAttribute('aria-level')).to.equal('4');
    });
  });

  describe('setup: names', () => {
    it('takes the names from the provider', async () => {
      const { el } = await mount();
      expect($<HTMLInputElement>(el, '#name-a')!.value).to.equal('Dana');
      expect($<HTMLInputElement>(el, '#name-b')!.value).to.equal('Luis');
      await next(el);
      expect(heading(el)).to.equal('Dana, choose for Luis');
    });

    it('the partner-a and partner-b attributes win over the provider', async () => {
      const { el } = await mount({
        inner: (store) => html`<alliance-provider .store=${store} partner-a="Dana" partner-b="Luis">
          <alliance-worksheet partner-a="Sam" partner-b="Ari"></alliance-worksheet>
        </alliance-provider>`,
      });
      await next(el);
      expect(heading(el)).to.equal('Sam, choose for Ari');
    });

    it('names typed here win, and are kept; a name cleared falls back to the locale’s', async () => {
      const { el, store } = await mount();
      type($<HTMLInputElement>(el, '#name-a')!, 'Robin');
      type($<HTMLInputElement>(el, '#name-b')!, '');
      await next(el);
      expect(heading(el)).to.equal(`Robin, choose for ${en.ui.partnerB}`);
      const saved = await store.get<WorksheetDraft>('worksheet:draft');
      expect(saved?.names).to.deep.equal({ a: 'Robin', b: '' });
    });

    it('without provider names or attributes, the fields are empty and the locale’s names are used', async () => {
      const { el } = await mount({ inner: (store) => html`<alliance-provider .store=${store}><alliance-worksheet></alliance-worksheet></alliance-provider>` });
      expect($<HTMLInputElement>(el, '#name-a')!.value).to.equal('');
      await next(el);
      expect(heading(el)).to.equal(`${en.ui.partnerA}, choose for ${en.ui.partnerB}`);
    });
  });

  describe('setup: the gentle clock', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ now: new Date(2026, 10, 23, 19, 0), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    });
    afterEach(() => clock.restore());

    const clockText = (el: El) => text($(el, '#clock-text'));

    it('is offered, not started: it counts calmly once started, and can be paused and resumed', async () => {
      const { el } = await mount({ fakeTime: true });
      expect($(el, '.clock')).to.equal(null);
      expect(text($(el, '.clock-setup'))).to.contain('90 minutes');
      $(el, '#clock-start')!.click();
      await settle(el);
      expect(clockText(el)).to.equal('0 minutes together · about 90 minutes left');
      expect(focused(el)?.id).to.equal('clock-toggle');
      await clock.tickAsync(10 * 60_000 + 100);
      await el.updateComplete;
      expect(clockText(el)).to.equal('10 minutes together · about 80 minutes left');
      expect($<HTMLProgressElement>(el, '#clock-bar')!.value).to.equal(10);
      expect($<HTMLProgressElement>(el, '#clock-bar')!.max).to.equal(90);
      $(el, '#clock-toggle')!.click();
      await el.updateComplete;
      expect(clockText(el)).to.equal('10 minutes together · about 80 minutes left · paused');
      expect(text($(el, '#clock-toggle'))).to.equal(ui.clockResume);
      await clock.tickAsync(30 * 60_000);
      await el.updateComplete;
      expect(clockText(el)).to.contain('10 minutes together');
      $(el, '#clock-toggle')!.click();
      await clock.tickAsync(5 * 60_000 + 100);
      await el.updateComplete;
      expect(clockText(el)).to.equal('15 minutes together · about 75 minutes left');
    });

    it('reads the wall clock, so late timers cannot make it wrong', async () => {
      const { el } = await mount({ fakeTime: true });
      $(el, '#clock-start')!.click();
      await settle(el);
      // Time passes but no timer fires (a throttled background tab).
      clock.setSystemTime(Date.now() + 25 * 60_000);
      el.requestUpdate();
      await el.updateComplete;
      expect(clockText(el)).to.contain('25 minutes together');
    });

    it('pauses while the page is closed: the time counted is stored and comes back, paused', async () => {
      const store = new MemoryStore();
      const first = await mount({ store, fakeTime: true });
      $(first.el, '#clock-start')!.click();
      await settle(first.el);
      await clock.tickAsync(12 * 60_000 + 100);
      first.provider.remove();
      await settle(first.el);
      expect((await store.get<{ elapsed: number }>('worksheet:clock'))?.elapsed).to.be.within(12 * 60_000, 12 * 60_000 + 200);
      await clock.tickAsync(3 * 60 * 60_000); // three hours away from the page
      const again = await mount({ store, fakeTime: true });
      expect(clockText(again.el)).to.equal('12 minutes together · about 78 minutes left · paused');
      $(again.el, '#clock-toggle')!.click();
      await clock.tickAsync(60_000 + 100);
      await again.el.updateComplete;
      expect(clockText(again.el)).to.equal('13 minutes together · about 77 minutes left');
    });

    it('past the planned time it says so calmly: same colours, no error, the bar simply full', async () => {
      const { el } = await mount({
        fakeTime: true,
        inner: (store) => html`<alliance-provider .store=${store}><alliance-worksheet minutes="20"></alliance-worksheet></alliance-provider>`,
      });
      $(el, '#clock-start')!.click();
      await settle(el);
      const colour = getComputedStyle($(el, '#clock-text')!).color;
      const background = getComputedStyle($(el, '.clock')!).backgroundColor;
      await clock.tickAsync(26 * 60_000 + 100);
      await el.updateComplete;
      expect(clockText(el)).to.equal('26 minutes together · past the 20 minutes you planned; take the time you need');
      expect(getComputedStyle($(el, '#clock-text')!).color).to.equal(colour);
      expect(getComputedStyle($(el, '.clock')!).backgroundColor).to.equal(background);
      expect($(el, '.clock [aria-invalid], .clock .field-error, .clock [role=alert]')).to.equal(null);
      expect($<HTMLProgressElement>(el, '#clock-bar')!.value).to.equal(20);
    });

    it('can be hidden and shown again, and keeps counting while hidden', async () => {
      const { el } = await mount({ fakeTime: true });
      $(el, '#clock-start')!.click();
      await settle(el);
      $(el, '#clock-hide')!.click();
      await settle(el);
      expect($(el, '.clock')).to.equal(null);
      expect(focused(el)?.id).to.equal('clock-show');
      await clock.tickAsync(4 * 60_000 + 100);
      $(el, '#clock-show')!.click();
      await settle(el);
      expect(clockText(el)).to.contain('4 minutes together');
    });

    it('shows on every step of the conversation, not on the finished alliance', async () => {
      const { el } = await mount({ fakeTime: true });
      $(el, '#clock-start')!.click();
      await settle(el);
      await next(el);
      expect($(el, '.clock')?.dataset.step).to.equal('choosing');
    });
  });

  describe('attributes and bad values', () => {
    for (const bad of ['abc', '0', '-5', '1000']) {
      it(`minutes="${bad}" warns once and plans 90 minutes`, async () => {
        const { el } = await mount({
          inner: (store) => html`<alliance-provider .store=${store}><alliance-worksheet minutes=${bad}></alliance-worksheet></alliance-provider>`,
        });
        el.requestUpdate();
        await el.updateComplete;
        const relevant = warnings.messages.filter((m) => m.includes('alliance-worksheet') && m.includes('minutes'));
        expect(relevant).to.have.length(1);
        expect(relevant[0]).to.contain(`minutes="${bad}"`).and.contain('using 90');
        expect(text($(el, '.clock-setup'))).to.contain('90 minutes');
      });
    }

    it('a good minutes value is used and does not warn', async () => {
      const { el } = await mount({
        inner: (store) => html`<alliance-provider .store=${store}><alliance-worksheet minutes="45"></alliance-worksheet></alliance-provider>`,
      });
      expect(text($(el, '.clock-setup'))).to.contain('45 minutes');
      expect(warnings.messages.filter((m) => m.includes('minutes'))).to.have.length(0);
    });
  });

  describe('choosing: 3 or 4 questions for the other', () => {
    it('shows every question as a checkbox, in a fieldset per section', async () => {
      const { el } = await mount();
      await next(el);
      const sections = $$(el, 'fieldset.section');
      expect(sections.map((f) => text(f.querySelector('legend')))).to.deep.equal(ws.sections.map((s) => s.title));
      expect(boxes(el)).to.have.length(ws.sections.reduce((n, s) => n + s.questions.length, 0));
      expect(text($(el, '.choices > legend'))).to.equal('Questions for Luis');
      expect(text($(el, '#chosen-count'))).to.equal('0 of 4 chosen');
    });

    it('fewer than 3 are refused at Next, with a message at the choices and the focus on them', async () => {
      const { el } = await mount();
      await next(el);
      await choose(el, ['intentions:0', 'backup:1']);
      await next(el);
      expect(heading(el)).to.equal('Dana, choose for Luis');
      const message = $(el, '#choice-error')!;
      expect(text(message)).to.equal(format(ui.tooFew, { min: 3, max: 4 }));
      expect(boxes(el).every((b) => b.getAttribute('aria-invalid') === 'true')).to.equal(true);
      expect(boxes(el).every((b) => b.getAttribute('aria-describedby')!.split(' ').includes('choice-error'))).to.equal(true);
      expect($(el, '.choices')!.getAttribute('aria-describedby')).to.contain('choice-error');
      expect(focused(el)).to.equal(boxes(el)[0]);
      expect(status(el)).to.equal(format(ui.tooFew, { min: 3, max: 4 }));
      // A third one makes it right, and the message goes.
      await choose(el, ['backup:2']);
      expect($(el, '#choice-error')).to.equal(null);
      await next(el);
      expect(heading(el)).to.equal('Luis, choose for Dana');
    });

    it('a fifth is refused, with a message beside it', async () => {
      const { el, store } = await mount();
      await next(el);
      await choose(el, ['intentions:0', 'intentions:1', 'atmosphere:0', 'atmosphere:1']);
      expect(text($(el, '#chosen-count'))).to.equal('4 of 4 chosen');
      box(el, 'backup:0').click();
      await el.updateComplete;
      expect(box(el, 'backup:0').checked).to.equal(false);
      expect(boxes(el).filter((b) => b.checked)).to.have.length(4);
      const refused = $(el, '#refused')!;
      expect(text(refused)).to.equal(format(ui.tooMany, { max: 4 }));
      expect(box(el, 'backup:0').getAttribute('aria-describedby')).to.contain('refused');
      // The message sits right after the refused box's label.
      expect(box(el, 'backup:0').closest('label')!.nextElementSibling).to.equal(refused);
      await waitUntil(async () => (await store.get<WorksheetDraft>('worksheet:draft'))?.choices.a.length === 4);
      expect((await store.get<WorksheetDraft>('worksheet:draft'))?.choices.a).to.not.include('backup:0');
      // Unticking one makes room again.
      box(el, 'atmosphere:1').click();
      box(el, 'backup:0').click();
      await el.updateComplete;
      expect(box(el, 'backup:0').checked).to.equal(true);
      expect($(el, '#refused')).to.equal(null);
    });

    it('each partner chooses in turn; Back returns to the first one’s choice, kept', async () => {
      const { el } = await mount();
      await next(el);
      await choose(el, PICKS_A);
      await next(el);
      expect(heading(el)).to.equal('Luis, choose for Dana');
      expect(text($(el, '.kicker'))).to.equal('Choice 2 of 2');
      expect(boxes(el).some((b) => b.checked)).to.equal(false);
      await back(el);
      expect(heading(el)).to.equal('Dana, choose for Luis');
      expect(boxes(el).filter((b) => b.checked).map((b) => b.value)).to.deep.equal(PICKS_A);
      await back(el);
      expect(heading(el)).to.equal(ui.steps[0]);
    });
  });

  describe('taking turns', () => {
    it('alternates, the first partner first, each answering what the other chose, in the content’s order', async () => {
      const { el } = await mount();
      await toTurns(el);
      const seen: string[] = [];
      for (let i = 0; i < 7; i++) {
        seen.push(`${heading(el)} | ${text($(el, '.kicker'))} | ${text($(el, '#question'))}`);
        if (i < 6) await next(el);
      }
      const q = (key: string) => {
        const [section, index] = key.split(':');
        return ws.sections.find((s) => s.id === section)!.questions[Number(index)];
      };
      expect(seen).to.deep.equal([
        `Dana’s turn | Question 1 of 7 | ${q('intentions:1')}`,
        `Luis’s turn | Question 2 of 7 | ${q('intentions:0')}`,
        `Dana’s turn | Question 3 of 7 | ${q('responsibility:0')}`,
        `Luis’s turn | Question 4 of 7 | ${q('atmosphere:1')}`,
        `Dana’s turn | Question 5 of 7 | ${q('responsibility:4')}`,
        `Luis’s turn | Question 6 of 7 | ${q('backup:3')}`,
        `Dana’s turn | Question 7 of 7 | ${q('backup:0')}`,
      ]);
    });

    it('says who chose the question, and labels the notes with whose answer it is', async () => {
      const { el } = await mount();
      await toTurns(el);
      expect(text($(el, '.step .hint'))).to.equal(`${ws.sections[0].title}, chosen by Luis`);
      expect(text($(el, 'label[for=notes]'))).to.equal('Dana’s answer');
      expect($(el, '#notes')!.getAttribute('aria-describedby')).to.contain('question');
    });

    it('keeps the notes of every turn, going back and forth', async () => {
      const { el } = await mount();
      await toTurns(el);
      type($<HTMLTextAreaElement>(el, '#notes')!, 'first notes');
      await next(el);
      type($<HTMLTextAreaElement>(el, '#notes')!, 'second notes');
      await back(el);
      expect($<HTMLTextAreaElement>(el, '#notes')!.value).to.equal('first notes');
      await next(el);
      expect($<HTMLTextAreaElement>(el, '#notes')!.value).to.equal('second notes');
      // Back from the first turn goes to the second partner's choice.
      await back(el);
      await back(el);
      expect(heading(el)).to.equal('Luis, choose for Dana');
    });

    it('announces each turn and puts the focus on it', async () => {
      const { el } = await mount();
      await toTurns(el);
      await next(el);
      expect(status(el)).to.equal('Question 2 of 7, Luis’s turn');
      expect(focused(el)?.id).to.equal('step-heading');
    });
  });

  describe('closing', () => {
    it('both partners answer both questions; empty ones are refused with a message each, the focus on the first', async () => {
      const { el } = await mount();
      await toTurns(el);
      await answerTurns(el);
      expect(heading(el)).to.equal(ui.steps[3]);
      expect($$(el, 'fieldset.closing legend').map(text)).to.deep.equal([...ws.closing]);
      expect($$(el, 'fieldset.closing label').map(text)).to.deep.equal(['Dana’s answer', 'Luis’s answer', 'Dana’s answer', 'Luis’s answer']);
      await next(el);
      expect(heading(el)).to.equal(ui.steps[3]);
      expect($$(el, '.field-error').map((e) => e.id)).to.deep.equal(['closing-a-0-error', 'closing-b-0-error', 'closing-a-1-error', 'closing-b-1-error']);
      expect($(el, '#closing-a-0')!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#closing-a-0')!.getAttribute('aria-describedby')).to.equal('closing-a-0-error');
      expect(focused(el)?.id).to.equal('closing-a-0');
      expect(status(el)).to.equal(ui.closingMissing);
      type($<HTMLTextAreaElement>(el, '#closing-a-0')!, 'We cheer loudly.');
      type($<HTMLTextAreaElement>(el, '#closing-b-0')!, '   ');
      type($<HTMLTextAreaElement>(el, '#closing-a-1')!, 'Thank you.');
      type($<HTMLTextAreaElement>(el, '#closing-b-1')!, 'You too.');
      await next(el);
      expect($$(el, '.field-error').map((e) => e.id)).to.deep.equal(['closing-b-0-error']);
      expect(focused(el)?.id).to.equal('closing-b-0');
      expect(el.alliance).to.equal(undefined);
    });

    it('Back goes to the last turn', async () => {
      const { el } = await mount();
      await toTurns(el);
      await answerTurns(el);
      await back(el);
      expect(text($(el, '.kicker'))).to.equal('Question 7 of 7');
      expect($<HTMLTextAreaElement>(el, '#notes')!.value).to.equal('note 7');
    });
  });

  describe('the result', () => {
    it('finishing gives "our alliance", dated, with everyone’s answers', async () => {
      const { el, store } = await mount();
      await complete(el);
      expect(el.step).to.equal('result');
      expect(heading(el)).to.equal(ui.documentHeading);
      const doc = $(el, '.document')!;
      expect(text(doc.querySelector('.document-names'))).to.equal('Dana and Luis');
      expect(text(doc)).to.contain(`Designed on ${longDate(new Date())}`);
      for (let i = 1; i <= 7; i++) expect(text(doc)).to.contain(`note ${i}`);
      for (const q of ws.closing) expect(text(doc)).to.contain(q);
      expect(text(doc)).to.contain('closing closing-b-1');
      expect(text(doc)).to.contain(ws.livingDocument);
      // Grouped by section in the content's order.
      expect($$(el, '.document .section-title').map(text)).to.deep.equal([...ws.sections.map((s) => s.title), ui.closingHeading]);
      expect(text($(el, '.step-of'))).to.equal('Step 5 of 5');
      await waitUntil(() => status(el).includes(ui.saved), 'saving was not announced');
      const saved = await store.get<WorksheetDocument>('worksheet:document');
      expect(saved?.revisions).to.have.length(1);
      expect(saved?.revisions[0].answers).to.have.length(7);
      expect(await store.get('worksheet:draft')).to.equal(undefined);
    });

    it('a question both partners chose shows both answers together', async () => {
      const { el } = await mount();
      await next(el);
      await choose(el, ['intentions:0', 'intentions:1', 'atmosphere:0']);
      await next(el);
      await choose(el, ['intentions:0', 'backup:0', 'backup:1']);
      await next(el);
      // Six turns, the first question answered by both.
      while (heading(el) !== ui.steps[3]) await next(el);
      await fillClosing(el);
      await next(el);
      await waitUntil(() => $(el, '.document'));
      const shared = $$(el, '.qa').find((qa) => text(qa.querySelector('.qa-question')) === ws.sections[0].questions[0])!;
      expect([...shared.querySelectorAll('.who')].map(text)).to.deep.equal(['Dana', 'Luis']);
    });
  });

  describe('save and resume', () => {
    it('a reload continues at the same step with the same text (turns)', async () => {
      const store = new MemoryStore();
      const first = await mount({ store });
      await toTurns(first.el);
      await next(first.el);
      await next(first.el);
      type($<HTMLTextAreaElement>(first.el, '#notes')!, 'Half a thought, saved while typing');
      await waitUntil(async () => {
        const draft = await store.get<WorksheetDraft>('worksheet:draft');
        return draft?.answers['a:responsibility:0'] === 'Half a thought, saved while typing';
      }, 'the notes were not saved as they were typed');
      first.provider.remove();
      const again = await mount({ store });
      await waitUntil(() => text($(again.el, '.kicker')) === 'Question 3 of 7');
      expect(heading(again.el)).to.equal('Dana’s turn');
      expect($<HTMLTextAreaElement>(again.el, '#notes')!.value).to.equal('Half a thought, saved while typing');
      expect(text($(again.el, '.step-of'))).to.equal('Step 3 of 5');
    });

    it('when the page is hidden or closed, the last words typed are saved at once, not after the pause', async () => {
      const store = new MemoryStore();
      const { el } = await mount({ store });
      await toTurns(el);
      type($<HTMLTextAreaElement>(el, '#notes')!, 'typed just before closing the tab');
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      const draft = await store.get<WorksheetDraft>('worksheet:draft');
      expect(draft?.answers['a:intentions:1']).to.equal('typed just before closing the tab');
    });

    it('a reload during the second partner’s choice continues there, choices kept', async () => {
      const store = new MemoryStore();
      const first = await mount({ store });
      await next(first.el);
      await choose(first.el, PICKS_A);
      await next(first.el);
      await choose(first.el, ['backup:0']);
      first.provider.remove();
      const again = await mount({ store });
      await waitUntil(() => heading(again.el) === 'Luis, choose for Dana');
      expect(boxes(again.el).filter((b) => b.checked).map((b) => b.value)).to.deep.equal(['backup:0']);
    });

    it('a reload during the closing keeps what was written', async () => {
      const store = new MemoryStore();
      const first = await mount({ store });
      await toTurns(first.el);
      await answerTurns(first.el);
      type($<HTMLTextAreaElement>(first.el, '#closing-b-1')!, 'Go team.');
      first.provider.remove();
      const again = await mount({ store });
      await waitUntil(() => heading(again.el) === ui.steps[3]);
      expect($<HTMLTextAreaElement>(again.el, '#closing-b-1')!.value).to.equal('Go team.');
    });

    it('the finished alliance is there after a reload', async () => {
      const store = new MemoryStore();
      const first = await mount({ store });
      await complete(first.el);
      const doc = first.el.alliance;
      first.provider.remove();
      const again = await mount({ store });
      await waitUntil(() => $(again.el, '.document'));
      expect(again.el.alliance).to.deep.equal(doc);
    });

    it('works with storage="none" (in memory only, no notice)', async () => {
      const { el } = await mount({
        inner: () => html`<alliance-provider storage="none"><alliance-worksheet></alliance-worksheet></alliance-provider>`,
      });
      await complete(el);
      expect(el.alliance?.revisions).to.have.length(1);
      expect($(el, '.storage-notice')).to.equal(null);
    });

    it('works with a host’s adapter, which receives the draft and the document', async () => {
      const values = new Map<string, unknown>();
      const adapter: AllianceStore = {
        get: (key) => Promise.resolve(values.get(key) as never),
        set: (key, value) => {
          values.set(key, structuredClone(value));
          return Promise.resolve();
        },
        remove: (key) => {
          values.delete(key);
          return Promise.resolve();
        },
        list: (prefix) => Promise.resolve([...values.keys()].filter((k) => k.startsWith(prefix))),
      };
      const spy = sinon.spy(adapter, 'set');
      const { el } = await mount({ store: adapter });
      await next(el);
      await waitUntil(() => spy.getCalls().some((c) => c.args[0] === 'worksheet:draft'));
      await choose(el, PICKS_A);
      await next(el);
      await choose(el, PICKS_B);
      await next(el);
      await answerTurns(el);
      await fillClosing(el);
      await next(el);
      await waitUntil(() => values.has('worksheet:document'));
      expect((values.get('worksheet:document') as WorksheetDocument).revisions[0].partners).to.deep.equal({ a: 'Dana', b: 'Luis' });
    });

    it('storage-key keeps two worksheets apart', async () => {
      const store = new MemoryStore();
      const { el } = await mount({
        store,
        inner: (s) => html`<alliance-provider .store=${s}><alliance-worksheet storage-key="coaching"></alliance-worksheet></alliance-provider>`,
      });
      await next(el);
      await waitUntil(async () => (await store.get('coaching:draft')) !== undefined);
      expect(await store.get('worksheet:draft')).to.equal(undefined);
    });
  });

  describe('storage failures', () => {
    it('says so where the alliance would be when its part cannot be loaded (offline); Try again brings it; nothing changes', async () => {
      const load = sinon.stub(worksheetParts, 'alliance').rejects(new TypeError('Failed to fetch dynamically imported module'));
      const store = new MemoryStore();
      const saved = documentWith(1);
      await store.set('worksheet:document', saved);
      const { el } = await mount({ store });
      await waitUntil(() => text(el.shadowRoot).includes(en.ui.partFailed), 'no word on the missing part');
      expect(heading(el)).to.equal(ui.documentHeading);
      expect($(el, '.document')).to.equal(null);
      expect(await store.get('worksheet:document')).to.deep.equal(saved);
      load.restore();
      $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === en.ui.tryAgain)!.click();
      await waitUntil(() => $(el, '.document'), 'Try again did not bring the alliance');
      await el.updateComplete;
      expect(text($(el, '.document'))).to.contain('answer of revision 1');
      expect($$(el, '.field-error').map((e) => text(e))).to.not.include(en.ui.partFailed);
    });

    it('keeps working in memory with a broken store, says so once, and offers what is unsaved', async () => {
      const files = catchDownloads();
      const { el } = await mount({ store: failingStore() });
      type($<HTMLInputElement>(el, '#name-a')!, 'Kim');
      await next(el);
      await waitUntil(() => $(el, '.storage-notice'), 'no storage notice');
      expect(text($(el, '.storage-notice-text'))).to.equal(en.ui.storageUnavailable);
      await waitUntil(() => status(el) === en.ui.storageUnavailable || status(el).includes(en.ui.storageUnavailable));
      await choose(el, PICKS_A);
      await next(el);
      await choose(el, PICKS_B);
      await next(el);
      type($<HTMLTextAreaElement>(el, '#notes')!, 'Words we must not lose');
      await el.updateComplete;
      $(el, '.storage-notice button')!.click();
      expect(files).to.have.length(1);
      expect(files[0].name).to.match(/^our-alliance-\d{4}-\d{2}-\d{2}\.md$/);
      expect(await files[0].blob.text()).to.contain('Words we must not lose').and.contain('Kim');
      await answerTurns(el);
      await fillClosing(el);
      await next(el);
      await waitUntil(() => $(el, '.document'));
      expect(text($(el, '.document'))).to.contain('note 7');
      expect($$(el, '.storage-notice')).to.have.length(1);
    });

    it('a corrupted draft is ignored: the conversation starts afresh', async () => {
      const store = new MemoryStore();
      await store.set('worksheet:draft', { step: 'nowhere', answers: 42 });
      const { el } = await mount({ store });
      expect(heading(el)).to.equal(ui.steps[0]);
    });

    it('a corrupted document is not shown, and is kept aside rather than overwritten', async () => {
      const store = new MemoryStore();
      await store.set('worksheet:document', { revisions: 'garbled' });
      const { el } = await mount({ store });
      expect(heading(el)).to.equal(ui.steps[0]);
      await complete(el);
      await waitUntil(async () => (await store.list('worksheet:document-unreadable:')).length === 1);
      const [aside] = await store.list('worksheet:document-unreadable:');
      expect(await store.get(aside)).to.deep.equal({ revisions: 'garbled' });
    });

    it('a draft at the turns with no questions chosen resumes at the choosing', async () => {
      const store = new MemoryStore();
      await store.set('worksheet:draft', draftAt('turns', 3, { choices: { a: [], b: [] } }));
      const { el } = await mount({ store });
      expect(heading(el)).to.equal('Dana, choose for Luis');
    });
  });

  describe('markup stays text', () => {
    it('names and answers with markup are shown as text, never as elements', async () => {
      const store = new MemoryStore();
      const evil = '<img src=x onerror="window.__worksheetHacked=1"><b>bold</b>';
      await store.set(
        'worksheet:draft',
        draftAt('closing', 0, {
          names: { a: evil, b: 'Luis' },
          answers: {
            'a:intentions:1': evil,
            'closing:a:0': evil,
            'closing:b:0': 'x',
            'closing:a:1': 'x',
            'closing:b:1': 'x',
          },
        }),
      );
      const { el } = await mount({ store });
      expect($<HTMLTextAreaElement>(el, '#closing-a-0')!.value).to.equal(evil);
      await next(el);
      await waitUntil(() => $(el, '.document'));
      expect($(el, '.document img, .document b')).to.equal(null);
      expect(text($(el, '.document'))).to.contain('<b>bold</b>');
      expect((window as { __worksheetHacked?: number }).__worksheetHacked).to.equal(undefined);
      expect(el.exportMarkdown()).to.contain('<b>bold</b>');
    });
  });

  describe('revisions', () => {
    it('revise → a new dated revision; the earlier one stays readable; the revise event carries it', async () => {
      const { el } = await mount();
      await complete(el, 'first');
      const reviseEvents: AllianceWorksheetReviseEvent[] = [];
      const stepEvents: AllianceWorksheetStepEvent[] = [];
      el.addEventListener('alliance-worksheet-revise', (e) => reviseEvents.push(e));
      el.addEventListener('alliance-worksheet-step', (e) => stepEvents.push(e));
      $(el, '#revise')!.click();
      await el.updateComplete;
      expect(heading(el)).to.equal(ui.steps[0]);
      expect(stepEvents.map((e) => [e.index, e.step])).to.deep.equal([[0, 'setup']]);
      expect(text($(el, '.revising'))).to.contain(ui.revisingNote);
      await next(el);
      // The choices and answers come back, ready to change.
      expect(boxes(el).filter((b) => b.checked).map((b) => b.value)).to.deep.equal(PICKS_A);
      await next(el);
      await next(el);
      expect($<HTMLTextAreaElement>(el, '#notes')!.value).to.equal('first 1');
      type($<HTMLTextAreaElement>(el, '#notes')!, 'changed our minds');
      while (heading(el) !== ui.steps[3]) await next(el);
      expect($<HTMLTextAreaElement>(el, '#closing-a-0')!.value).to.equal('closing closing-a-0');
      expect(text($(el, 'button.next'))).to.equal(ui.saveRevision);
      await next(el);
      await waitUntil(() => $(el, '.document'));
      expect(reviseEvents).to.have.length(1);
      expect(reviseEvents[0].number).to.equal(2);
      expect(reviseEvents[0].revision.answers[0].answer).to.equal('changed our minds');
      expect(reviseEvents[0].document.revisions).to.have.length(2);
      expect(reviseEvents[0].bubbles && reviseEvents[0].composed).to.equal(true);
      const today = longDate(new Date());
      expect(text($(el, '.document-meta'))).to.contain(`Last revisited ${today}`).and.contain('Revision 2');
      expect(text($(el, '.document'))).to.contain('changed our minds').and.not.contain('first 1');
      const earlier = $<HTMLDetailsElement>(el, 'details.earlier')!;
      expect(text(earlier.querySelector('summary'))).to.equal('1 earlier version');
      expect(text(earlier.querySelector('details.version summary'))).to.equal(`Revision 1, ${today}`);
      expect(text(earlier.querySelector('.version-body'))).to.contain('first 1');
      expect(earlier.querySelectorAll('input, textarea, select, button')).to.have.length(0);
      await waitUntil(() => status(el).includes('Revision 2 saved.'));
    });

    it('earlier versions are listed newest first, each dated', async () => {
      const store = new MemoryStore();
      await store.set('worksheet:document', documentWith(3));
      const { el } = await mount({ store });
      await waitUntil(() => $(el, '.document'));
      expect(text($(el, 'details.earlier > summary'))).to.equal('2 earlier versions');
      expect($$(el, 'details.version > summary').map(text)).to.deep.equal([
        `Revision 2, ${longDate(new Date(2026, 1, 10, 12))}`,
        `Revision 1, ${longDate(new Date(2026, 0, 10, 12))}`,
      ]);
      expect(text($(el, '.document'))).to.contain('answer of revision 3');
      expect(text($(el, '.document-meta'))).to.contain(`Designed on ${longDate(new Date(2026, 0, 10, 12))}`);
      expect(text($(el, '.document-meta'))).to.contain(`Last revisited ${longDate(new Date(2026, 2, 10, 12))}`);
    });

    it('stopping a revision asks first, then leaves the saved alliance as it was', async () => {
      const store = new MemoryStore();
      await store.set('worksheet:document', documentWith(1));
      const { el } = await mount({ store });
      await waitUntil(() => $(el, '.document'));
      $(el, '#revise')!.click();
      await el.updateComplete;
      $(el, '.revising button')!.click();
      await el.updateComplete;
      const dialog = $<HTMLDialogElement>(el, '#confirm')!;
      expect(dialog.open).to.equal(true);
      expect(text(dialog.querySelector('#confirm-heading'))).to.equal(ui.confirmStopRevisingHeading);
      $(el, '#confirm-yes')!.click();
      await waitUntil(() => $(el, '.document'));
      expect(el.alliance?.revisions).to.have.length(1);
      expect(await store.get('worksheet:draft')).to.equal(undefined);
    });
  });

  describe('revisit by', () => {
    it('keeps the date on the document and downloads a calendar reminder for it', async () => {
      const files = catchDownloads();
      const store = new MemoryStore();
      await store.set('worksheet:document', documentWith(1));
      const { el } = await mount({ store });
      await waitUntil(() => $(el, '.document'));
      const input = $<HTMLInputElement>(el, '#revisit')!;
      expect(input.type).to.equal('date');
      input.value = '2027-03-01';
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => $(el, '.revisit-line'));
      expect(text($(el, '.revisit-line'))).to.equal('To revisit by March 1, 2027');
      expect((await store.get<WorksheetDocument>('worksheet:document'))?.revisitBy).to.equal('2027-03-01');
      $(el, '#reminder')!.click();
      // The calendar code arrives on the first press.
      await waitUntil(() => files.length === 1);
      await el.updateComplete;
      expect(files[0].name).to.equal('revisit-our-alliance.ics');
      const ics = await files[0].blob.text();
      expect(ics).to.contain('BEGIN:VCALENDAR').and.contain('DTSTART;VALUE=DATE:20270301').and.contain('DTEND;VALUE=DATE:20270302');
      expect(ics).to.contain('SUMMARY:Revisit our alliance');
      expect(files[0].blob.type).to.contain('text/calendar');
      expect(text($(el, '#reminder-message'))).to.equal(ui.reminderDone);
      expect(el.exportMarkdown()).to.contain('To revisit by March 1, 2027');
    });

    it('says so at the field when the calendar code cannot be loaded, the date kept', async () => {
      const files = catchDownloads();
      const store = new MemoryStore();
      await store.set('worksheet:document', { ...documentWith(1), revisitBy: '2027-03-01' });
      const { el } = await mount({ store });
      await waitUntil(() => $(el, '.document'));
      const load = sinon.stub(parts, 'calendar').rejects(new TypeError('Failed to fetch dynamically imported module'));
      $(el, '#reminder')!.click();
      await waitUntil(() => text($(el, '#reminder-message')) === en.ui.partFailed);
      expect(files).to.have.length(0);
      expect($(el, '#revisit')!.getAttribute('aria-invalid')).to.equal('true');
      expect((await store.get<WorksheetDocument>('worksheet:document'))?.revisitBy).to.equal('2027-03-01');
      load.restore();
      $(el, '#reminder')!.click();
      await waitUntil(() => files.length === 1);
      await waitUntil(() => text($(el, '#reminder-message')) === ui.reminderDone);
    });

    it('shows that it is working while the calendar code is slow to arrive', async () => {
      const files = catchDownloads();
      const store = new MemoryStore();
      await store.set('worksheet:document', { ...documentWith(1), revisitBy: '2027-03-01' });
      const { el } = await mount({ store });
      await waitUntil(() => $(el, '.document'));
      let arrive!: () => void;
      const real = parts.calendar;
      sinon.stub(parts, 'calendar').callsFake(() => new Promise((resolve) => (arrive = () => resolve(real()))).then((m) => m as Awaited<ReturnType<typeof real>>));
      $(el, '#reminder')!.click();
      await waitUntil(() => text($(el, '#reminder')) === en.ui.partLoading, 'the button says it is working', { timeout: 2000 });
      expect($(el, '#reminder')!.getAttribute('aria-busy')).to.equal('true');
      arrive();
      await waitUntil(() => files.length === 1);
      await el.updateComplete;
      expect(text($(el, '#reminder'))).to.equal(ui.reminderButton);
    });

    it('asks for a day first when there is none, at the field', async () => {
      const files = catchDownloads();
      const store = new MemoryStore();
      await store.set('worksheet:document', documentWith(1));
      const { el } = await mount({ store });
      await waitUntil(() => $(el, '.document'));
      $(el, '#reminder')!.click();
      await el.updateComplete;
      expect(files).to.have.length(0);
      expect(text($(el, '#reminder-message'))).to.equal(ui.reminderNoDate);
      expect($(el, '#revisit')!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#revisit')!.getAttribute('aria-describedby')).to.contain('reminder-message');
      expect(focused(el)?.id).to.equal('revisit');
    });
  });

  describe('export and import', () => {
    it('exports Markdown: download and copy', async () => {
      const files = catchDownloads();
      const { el } = await mount();
      await complete(el);
      const md = el.exportMarkdown();
      expect(md.startsWith('# Our alliance\n')).to.equal(true);
      expect(md).to.contain('Dana and Luis').and.contain(`## ${ws.sections[0].title}`).and.contain('> note 1');
      expect(md).to.contain(`## ${ui.closingHeading}`).and.contain('> closing closing-b-1');
      $(el, '#download-md')!.click();
      expect(files[0].name).to.match(/^our-alliance-\d{4}-\d{2}-\d{2}\.md$/);
      expect(await files[0].blob.text()).to.equal(md);
      const write = sinon.stub().resolves();
      sinon.stub(navigator, 'clipboard').value({ writeText: write });
      $(el, '#copy')!.click();
      await waitUntil(() => status(el) === ui.copied);
      expect(write.firstCall.args[0]).to.equal(md);
    });

    it('a refused copy shows the text to copy by hand', async () => {
      const { el } = await mount();
      await complete(el);
      sinon.stub(navigator, 'clipboard').value({ writeText: sinon.stub().rejects(new DOMException('no', 'NotAllowedError')) });
      $(el, '#copy')!.click();
      await waitUntil(() => $(el, '#copy-box'));
      expect($<HTMLTextAreaElement>(el, '#copy-box')!.value).to.equal(el.exportMarkdown());
    });

    it('exports the whole document as versioned JSON, and importing it elsewhere gives the same alliance', async () => {
      const files = catchDownloads();
      const store = new MemoryStore();
      await store.set('worksheet:document', { ...documentWith(2), revisitBy: '2027-01-15' });
      const { el } = await mount({ store });
      await waitUntil(() => $(el, '.document'));
      $(el, '#download-json')!.click();
      expect(files[0].name).to.match(/^our-alliance-\d{4}-\d{2}-\d{2}\.json$/);
      const json = await files[0].blob.text();
      const parsed = JSON.parse(json) as { format: string; version: number; data: { document: WorksheetDocument } };
      expect(parsed.format).to.equal('alliance-elements/worksheet');
      expect(parsed.version).to.equal(1);
      expect(parsed.data.document).to.deep.equal(el.alliance);

      const other = await mount({ store: new MemoryStore() });
      expect(other.el.step).to.equal('setup');
      const steps: AllianceWorksheetStepEvent[] = [];
      other.el.addEventListener('alliance-worksheet-step', (e) => steps.push(e));
      // The file field arrives with its part when the disclosure is opened.
      $(other.el, 'details.import-new > summary')!.click();
      await waitUntil(() => $(other.el, '#import'), 'the file field did not arrive');
      importFile(other.el, json);
      await waitUntil(() => $(other.el, '.document'), 'the import did not show the alliance');
      expect(other.el.alliance).to.deep.equal(el.alliance);
      expect(text($(other.el, '#import-message'))).to.equal(ui.importedNew);
      expect(steps.map((e) => e.step)).to.deep.equal(['result']);
    });

    it('says so at the control when the file reader cannot be loaded, the alliance untouched', async () => {
      const store = new MemoryStore();
      await store.set('worksheet:document', documentWith(1));
      const { el } = await mount({ store });
      await waitUntil(() => $(el, '.document'));
      const before = el.alliance;
      const stored = await store.get('worksheet:document');
      const json = el.exportJson();
      const load = sinon.stub(parts, 'importer').rejects(new TypeError('Failed to fetch dynamically imported module'));
      importFile(el, json);
      await waitUntil(() => text($(el, '#import-message')) === en.ui.partFailed);
      expect($(el, '#import')!.getAttribute('aria-invalid')).to.equal('true');
      expect(el.alliance).to.deep.equal(before);
      expect(await store.get('worksheet:document')).to.deep.equal(stored);
      load.restore();
    });

    for (const [label, content, message] of [
      ['not JSON', 'this is not json {', ui.importNotJson],
      ['JSON but not an export', '{"hello": 1}', ui.importNotExport],
      ['another kind of export', '{"format":"alliance-elements/check-in","version":1,"data":{}}', ui.importNotExport],
      ['a newer version', '{"format":"alliance-elements/worksheet","version":9,"data":{}}', ui.importNewer],
      ['broken data', '{"format":"alliance-elements/worksheet","version":1,"data":{"document":{"id":"x","createdAt":"2026-01-01T00:00:00Z","revisions":[{"id":"r"}]}}}', ui.importBadData],
    ] as const) {
      it(`a bad file (${label}) is refused with a message next to the control, nothing lost`, async () => {
        const store = new MemoryStore();
        const doc = documentWith(1);
        await store.set('worksheet:document', doc);
        const { el } = await mount({ store });
        await waitUntil(() => $(el, '.document'));
        const before = el.alliance;
        importFile(el, content);
        await waitUntil(() => $(el, '#import-message'));
        const shown = $(el, '#import-message')!;
        expect(text(shown)).to.equal(message);
        expect(shown.classList.contains('field-error')).to.equal(true);
        expect(shown.previousElementSibling?.id === 'import-hint' || shown.parentElement?.querySelector('#import') !== null).to.equal(true);
        const input = $(el, '#import')!;
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(input.getAttribute('aria-describedby')).to.contain('import-message');
        expect(focused(el)).to.equal(input);
        expect($<HTMLDialogElement>(el, '#confirm')!.open).to.equal(false);
        expect(el.alliance).to.deep.equal(before);
        expect(await store.get('worksheet:document')).to.deep.equal(doc);
      });
    }

    it('importing over an alliance asks first; yes keeps the old one as earlier versions', async () => {
      const store = new MemoryStore();
      const mine = documentWith(1, () => 'our own words');
      await store.set('worksheet:document', mine);
      const { el } = await mount({ store });
      await waitUntil(() => $(el, '.document'));
      const file = documentWith(1, () => 'from the file');
      const theirs: WorksheetDocument = { ...file, id: 'doc-2', revisions: [{ ...file.revisions[0], id: 'imported-rev' }] };
      importFile(el, JSON.stringify({ format: 'alliance-elements/worksheet', version: 1, exportedAt: '', data: { document: theirs } }));
      await waitUntil(() => $<HTMLDialogElement>(el, '#confirm')!.open);
      expect(text($(el, '#confirm-heading'))).to.equal(ui.confirmImportHeading);
      expect(el.alliance).to.deep.equal(mine);
      $(el, '#confirm-yes')!.click();
      await waitUntil(() => el.alliance?.id === 'doc-2');
      await el.updateComplete;
      expect(text($(el, '.document'))).to.contain('from the file');
      expect(el.alliance!.revisions.map((r) => r.id)).to.deep.equal([mine.revisions[0].id, 'imported-rev']);
      expect(text($(el, '.version-body'))).to.contain('our own words');
      expect(text($(el, '#import-message'))).to.equal(ui.imported);
    });

    it('importing over an alliance, answered "keep ours", changes nothing', async () => {
      const store = new MemoryStore();
      const mine = documentWith(1);
      await store.set('worksheet:document', mine);
      const { el } = await mount({ store });
      await waitUntil(() => $(el, '.document'));
      importFile(el, JSON.stringify({ format: 'alliance-elements/worksheet', version: 1, data: { document: { ...documentWith(1), id: 'other' } } }));
      await waitUntil(() => $<HTMLDialogElement>(el, '#confirm')!.open);
      $(el, '#confirm-no')!.click();
      await waitUntil(() => $(el, '#import-message'));
      expect(text($(el, '#import-message'))).to.equal(ui.importCancelled);
      expect(el.alliance).to.deep.equal(mine);
    });
  });

  describe('start over', () => {
    it('asks first, then clears the alliance and starts at step 1', async () => {
      const store = new MemoryStore();
      await store.set('worksheet:document', documentWith(2));
      const { el } = await mount({ store });
      await waitUntil(() => $(el, '.document'));
      $(el, '#start-over')!.click();
      await el.updateComplete;
      expect(text($(el, '#confirm-text'))).to.equal(ui.confirmStartOverText);
      expect(focused(el)?.id).to.equal('confirm-no');
      $(el, '#confirm-yes')!.click();
      await waitUntil(() => heading(el) === ui.steps[0]);
      expect(await store.get('worksheet:document')).to.equal(undefined);
      expect(el.alliance).to.equal(undefined);
    });

    it('Escape keeps everything', async () => {
      const store = new MemoryStore();
      await store.set('worksheet:document', documentWith(1));
      const { el } = await mount({ store });
      await waitUntil(() => $(el, '.document'));
      $(el, '#start-over')!.click();
      await el.updateComplete;
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !$<HTMLDialogElement>(el, '#confirm')!.open);
      await el.updateComplete;
      expect(el.alliance?.revisions).to.have.length(1);
      expect($(el, '.document')).to.not.equal(null);
    });
  });

  describe('print view', () => {
    function printRules(el: El): CSSStyleRule[] {
      const sheets = [...root(el).adoptedStyleSheets];
      const rules: CSSStyleRule[] = [];
      for (const sheet of sheets) {
        for (const rule of sheet.cssRules) {
          if (rule instanceof CSSMediaRule && rule.media.mediaText.includes('print')) {
            for (const inner of rule.cssRules) if (inner instanceof CSSStyleRule) rules.push(inner);
          }
        }
      }
      return rules;
    }

    it('the print stylesheet hides .no-print, and every control of the result is inside .no-print', async () => {
      const { el } = await mount();
      await complete(el);
      const hides = printRules(el).filter((r) => r.selectorText.split(',').map((s) => s.trim()).includes('.no-print'));
      expect(hides.some((r) => r.style.getPropertyValue('display') === 'none')).to.equal(true);
      const controls = $$(el, 'button, input, textarea, select, details, dialog, .stepper, .storage-notice');
      expect(controls.length).to.be.greaterThan(8);
      for (const control of controls) expect(control.closest('.no-print'), control.outerHTML.slice(0, 80)).to.not.equal(null);
      // The document itself prints.
      expect($(el, '.document')!.closest('.no-print')).to.equal(null);
    });

    it('print-preview shows the printed look: the document alone, no buttons or controls', async () => {
      const { el } = await mount();
      await complete(el);
      el.printPreview = true;
      await el.updateComplete;
      const visible = (node: Element) => (node as HTMLElement).getClientRects().length > 0;
      expect($$(el, 'button, input, textarea').filter(visible)).to.have.length(0);
      expect(visible($(el, '.stepper')!)).to.equal(false);
      expect(visible($(el, '.document')!)).to.equal(true);
      expect(visible($(el, '#title')!)).to.equal(false);
      expect(visible($(el, '.credit')!)).to.equal(true);
    });

    it('the Print button prints', async () => {
      const print = sinon.stub(window, 'print');
      const { el } = await mount();
      await complete(el);
      $(el, '#print')!.click();
      expect(print.callCount).to.equal(1);
    });
  });

  describe('events', () => {
    it('alliance-worksheet-step when a person moves between steps (index and id), bubbling and composed', async () => {
      const { el } = await mount();
      const seen: AllianceWorksheetStepEvent[] = [];
      document.addEventListener('alliance-worksheet-step', (e) => seen.push(e));
      await next(el);
      await choose(el, PICKS_A);
      await next(el); // the second partner's choice: same step, no event
      await choose(el, PICKS_B);
      await next(el);
      await next(el); // the next turn: same step
      await back(el);
      await back(el);
      document.removeEventListener('alliance-worksheet-step', (e) => seen.push(e));
      expect(seen.map((e) => [e.index, e.step])).to.deep.equal([
        [1, 'choosing'],
        [2, 'turns'],
        [1, 'choosing'],
      ]);
      expect(seen[0]).to.be.instanceOf(AllianceWorksheetStepEvent);
      expect(seen[0].bubbles && seen[0].composed).to.equal(true);
    });

    it('moving announces the step politely and puts the focus on its heading', async () => {
      const { el } = await mount();
      await next(el);
      expect(status(el)).to.equal('Step 2 of 5: Choosing questions');
      expect(focused(el)?.id).to.equal('step-heading');
      expect($$(el, '.steps li').map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, 'step', null, null, null]);
      expect(text($(el, '.step-of'))).to.equal('Step 2 of 5');
    });

    it('alliance-worksheet-complete once, with the whole document, when they finish', async () => {
      const { el } = await mount();
      const complete$: AllianceWorksheetCompleteEvent[] = [];
      const steps: AllianceWorksheetStepEvent[] = [];
      el.addEventListener('alliance-worksheet-complete', (e) => complete$.push(e));
      await toTurns(el);
      await answerTurns(el);
      await fillClosing(el);
      el.addEventListener('alliance-worksheet-step', (e) => steps.push(e));
      await next(el);
      expect(complete$).to.have.length(1);
      expect(complete$[0]).to.be.instanceOf(AllianceWorksheetCompleteEvent);
      expect(complete$[0].bubbles && complete$[0].composed).to.equal(true);
      const doc = complete$[0].document;
      expect(doc.revisions).to.have.length(1);
      expect(doc.revisions[0].partners).to.deep.equal({ a: 'Dana', b: 'Luis' });
      expect(doc.revisions[0].answers.map((a) => a.answer)).to.deep.equal(['note 1', 'note 2', 'note 3', 'note 4', 'note 5', 'note 6', 'note 7']);
      expect(doc.revisions[0].closing.map((c) => c.answers)).to.deep.equal([
        { a: 'closing closing-a-0', b: 'closing closing-b-0' },
        { a: 'closing closing-a-1', b: 'closing closing-b-1' },
      ]);
      expect(steps.map((e) => [e.index, e.step])).to.deep.equal([[4, 'result']]);
    });

    it('no events when the store loads a conversation or an alliance, or when code sets properties', async () => {
      const spy = sinon.spy();
      const names = ['alliance-worksheet-step', 'alliance-worksheet-complete', 'alliance-worksheet-revise'];
      names.forEach((n) => document.addEventListener(n, spy));
      const store = new MemoryStore();
      await store.set('worksheet:draft', draftAt('turns', 2));
      const { el } = await mount({ store });
      await waitUntil(() => text($(el, '.kicker')) === 'Question 3 of 7');
      el.partnerA = 'Changed';
      el.minutes = 30;
      el.headingLevel = 3;
      await el.updateComplete;
      const docStore = new MemoryStore();
      await docStore.set('worksheet:document', documentWith(2));
      const other = await mount({ store: docStore });
      await waitUntil(() => $(other.el, '.document'));
      names.forEach((n) => document.removeEventListener(n, spy));
      expect(spy.callCount).to.equal(0);
    });
  });

  describe('keyboard', () => {
    async function tabTo(el: El, match: (node: HTMLElement) => boolean, limit = 40) {
      for (let i = 0; i < limit; i++) {
        const node = focused(el);
        if (node && match(node)) return node;
        await sendKeys({ press: 'Tab' });
      }
      throw new Error(`never reached the control; focus is on ${focused(el)?.outerHTML.slice(0, 60)}`);
    }
    const isNext = (n: HTMLElement) => n.classList.contains('next');

    it('the whole conversation can be done with the keyboard alone', async () => {
      const { el } = await mount({ inner: (store) => html`<alliance-provider .store=${store}><alliance-worksheet></alliance-worksheet></alliance-provider>` });
      $(el, '#name-a')!.focus();
      await sendKeys({ type: 'Noor' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Eli' });
      await sendKeys({ press: 'Enter' }); // submits the step from a text field
      await el.updateComplete;
      expect(heading(el)).to.equal('Noor, choose for Eli');
      expect(focused(el)?.id).to.equal('step-heading');
      for (let choice = 0; choice < 2; choice++) {
        for (let i = 0; i < 3; i++) {
          await sendKeys({ press: 'Tab' });
          await sendKeys({ press: ' ' });
        }
        await el.updateComplete;
        expect(boxes(el).filter((b) => b.checked)).to.have.length(3);
        await tabTo(el, isNext);
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      }
      expect(heading(el)).to.equal('Noor’s turn');
      for (let turn = 0; turn < 6; turn++) {
        await tabTo(el, (n) => n.id === 'notes');
        await sendKeys({ type: `said ${turn}` });
        await tabTo(el, isNext);
        await sendKeys({ press: ' ' });
        await el.updateComplete;
      }
      expect(heading(el)).to.equal(ui.steps[3]);
      for (const id of ['closing-a-0', 'closing-b-0', 'closing-a-1', 'closing-b-1']) {
        await tabTo(el, (n) => n.id === id);
        await sendKeys({ type: 'Thank you' });
      }
      await tabTo(el, isNext);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '.document'));
      expect(focused(el)?.id).to.equal('step-heading');
      expect(text($(el, '.document'))).to.contain('said 0').and.contain('said 5').and.contain('Noor and Eli');
    });

    it('earlier versions open with the keyboard (native disclosures)', async () => {
      const store = new MemoryStore();
      await store.set('worksheet:document', documentWith(2));
      const { el } = await mount({ store });
      await waitUntil(() => $(el, '.document'));
      const summary = $(el, 'details.earlier > summary')!;
      summary.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($<HTMLDetailsElement>(el, 'details.earlier')!.open).to.equal(true);
    });
  });

  describe('accessibility', () => {
    it('has no axe violations at every step, with errors shown, in the document and the earlier versions', async () => {
      const store = new MemoryStore();
      const { provider, el } = await mount({ store });
      await expect(provider).to.be.accessible();
      await next(el);
      await choose(el, ['intentions:0']);
      await next(el); // too few
      await expect(provider).to.be.accessible();
      await choose(el, ['intentions:1', 'atmosphere:0', 'atmosphere:1']);
      box(el, 'backup:0').click(); // a fifth
      await el.updateComplete;
      await expect(provider).to.be.accessible();
      await next(el);
      await choose(el, PICKS_B);
      await next(el);
      await expect(provider).to.be.accessible();
      while (heading(el) !== ui.steps[3]) await next(el);
      await next(el); // empty closing answers
      await expect(provider).to.be.accessible();
      await fillClosing(el);
      await next(el);
      await waitUntil(() => $(el, '.document'));
      await expect(provider).to.be.accessible();
      $(el, '#revise')!.click();
      await el.updateComplete;
      while (heading(el) !== ui.steps[3]) await next(el);
      await next(el);
      await waitUntil(() => $(el, 'details.earlier'));
      $$<HTMLDetailsElement>(el, 'details').forEach((d) => (d.open = true));
      await el.updateComplete;
      await expect(provider).to.be.accessible();
    });

    it('has no axe violations with the clock running, with the storage notice, and with a confirmation open', async () => {
      const { provider, el } = await mount({ store: failingStore() });
      $(el, '#clock-start')!.click();
      await next(el);
      await waitUntil(() => $(el, '.storage-notice'));
      await expect(provider).to.be.accessible();
      const store = new MemoryStore();
      await store.set('worksheet:document', documentWith(1));
      const other = await mount({ store });
      await waitUntil(() => $(other.el, '.document'));
      $(other.el, '#start-over')!.click();
      await other.el.updateComplete;
      await expect(other.provider).to.be.accessible();
    });
  });

  describe('between two phones', function () {
    // A passphrase is stretched with 600,000 rounds of PBKDF2.
    this.timeout(30_000);
    const share = en.ui.share;
    const press = async (el: El, name: string) => {
      await waitUntil(() => $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === name && !b.disabled), `no button "${name}"`, { timeout: 10_000 });
      $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === name)!.click();
      await el.updateComplete;
    };
    /** The other phone: the page opened with `url` (its fragment), with a store of its own. */
    const open = (url: string, store = new MemoryStore()) => {
      history.replaceState(null, '', url.slice(url.indexOf('#')));
      return mount({ store });
    };
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    async function sendFrom(passphrase = ''): Promise<{ url: string; events: Event[]; sent: WorksheetDocument }> {
      const store = new MemoryStore();
      const sent = documentWith(2);
      await store.set('worksheet:document', sent);
      const { el } = await mount({ store });
      const events: Event[] = [];
      el.addEventListener('alliance-worksheet-share', (e) => events.push(e));
      await waitUntil(() => $(el, '#share-word'), 'no way to send the alliance', { timeout: 10_000 });
      if (passphrase) {
        const field = $<HTMLInputElement>(el, '#share-word')!;
        type(field, passphrase);
      }
      await press(el, share.worksheetSend);
      await waitUntil(() => $(el, '#share-link'), 'no link', { timeout: 10_000 });
      return { url: $<HTMLInputElement>(el, '#share-link')!.value, events, sent };
    }

    it('the latest revision goes to the other phone, which keeps it as its own latest revision', async () => {
      const { url, events, sent } = await sendFrom();
      expect(url).to.contain('#alliance=worksheet:worksheet:');
      expect(events.map((e) => (e as Event & { locked: boolean }).locked)).to.deep.equal([false]);
      // The other phone has an alliance of its own already: one earlier revision.
      const store = new MemoryStore();
      const mine = documentWith(1, () => 'our own first answer');
      await store.set('worksheet:document', { ...mine, revisions: [{ ...mine.revisions[0], id: 'only-here' }] });
      const { el } = await open(url, store);
      const received: Event[] = [];
      el.addEventListener('alliance-worksheet-receive', (e) => received.push(e));
      await waitUntil(() => $(el, '#share-arrived'), 'nothing arrived', { timeout: 10_000 });
      expect(location.hash).to.equal('');
      expect(text($(el, '.share-arrived'))).to.contain('answer of revision 2');
      // Nothing kept before a person keeps it.
      expect(((await store.get<WorksheetDocument>('worksheet:document'))!).revisions.map((r) => r.id)).to.deep.equal(['only-here']);
      await press(el, share.worksheetKeep);
      await waitUntil(async () => ((await store.get<WorksheetDocument>('worksheet:document'))!).revisions.length === 2, 'not kept');
      const kept = (await store.get<WorksheetDocument>('worksheet:document'))!;
      expect(kept.revisions[0].id).to.equal('only-here');
      expect(kept.revisions[1].id).to.equal(sent.revisions[1].id);
      // Opened again: it is already here.
      const again = await open(url, store);
      await waitUntil(() => $(again.el, '#share-problem'), 'no word on a link opened twice', { timeout: 10_000 });
      expect(text($(again.el, '#share-problem'))).to.equal(share.worksheetAlready);
    });

    it('locked with a word, it opens only with it; a damaged link says so', async () => {
      const { url } = await sendFrom('heron');
      const { el, store } = await open(url);
      await waitUntil(() => $(el, '#share-passphrase'), 'no passphrase asked', { timeout: 10_000 });
      type($<HTMLInputElement>(el, '#share-passphrase')!, 'egret');
      await press(el, share.open);
      await waitUntil(() => $(el, '#share-wrong'), 'a wrong word is not refused', { timeout: 10_000 });
      type($<HTMLInputElement>(el, '#share-passphrase')!, 'heron');
      await press(el, share.open);
      await waitUntil(() => $(el, '#share-arrived'), 'the link did not open', { timeout: 10_000 });
      await press(el, share.worksheetKeep);
      await waitUntil(async () => (await store.get<WorksheetDocument>('worksheet:document'))?.revisions.length === 1, 'not kept');

      const cut = await open(url.slice(0, -10));
      await waitUntil(() => $(cut.el, '#share-passphrase'), 'no passphrase asked', { timeout: 10_000 });
      type($<HTMLInputElement>(cut.el, '#share-passphrase')!, 'heron');
      await press(cut.el, share.open);
      // Cut short, a locked link either fails its check or cannot be decoded: it never opens.
      await waitUntil(() => $(cut.el, '#share-wrong, #share-problem'), 'a damaged locked link opened', { timeout: 10_000 });
      expect($(cut.el, '#share-arrived')).to.equal(null);
    });
  });
});
