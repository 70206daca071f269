import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { en } from '../src/content/en.js';
import { MemoryStore } from '../src/storage/memory.js';
import type { AllianceStore } from '../src/storage/types.js';
import {
  draftToRevision,
  type WorksheetClock,
  type WorksheetDocument,
  type WorksheetDraft,
} from '../src/components/worksheet/worksheet.model.js';
import { plural, resolveLocale } from '../src/content/locales.js';

type Args = { partnerA: string; partnerB: string; minutes: number; headingLevel: number };

/**
 * The designed-alliance conversation in five steps, kept as a living document.
 *
 * Accessibility: each step is a native form (Enter in a name field goes on; Next and Back are
 * buttons), the choices are checkboxes in a fieldset per section, the notes are labelled text
 * areas, earlier versions are native disclosures and confirmations are a modal `<dialog>`.
 * On every move the focus goes to the new step's heading and a polite live region says
 * "Step 3 of 5: Taking turns". Errors (fewer than 3 questions, a fifth, an empty closing
 * answer, a bad import file) sit next to their control, tied to it with `aria-describedby`
 * and `aria-invalid`.
 *
 * Each story starts from its own in-memory store, filled beforehand, so it opens at that
 * step. To see what prints, use the Print view story (the `print-preview` attribute), or the
 * browser's print preview on the Finished story.
 */
const meta: Meta<Args> = {
  title: 'Elements/Worksheet',
  component: 'alliance-worksheet',
  args: { partnerA: 'Dana', partnerB: 'Luis', minutes: 90, headingLevel: 2 },
  render: (args) => worksheet(new MemoryStore(), args),
};
export default meta;
type Story = StoryObj<Args>;

function worksheet(store: AllianceStore, args: Args, extra = '') {
  return html`<alliance-provider .store=${store} partner-a=${args.partnerA} partner-b=${args.partnerB}>
    <alliance-worksheet minutes=${args.minutes} heading-level=${args.headingLevel} ?print-preview=${extra === 'print'}></alliance-worksheet>
  </alliance-provider>`;
}

/** A store holding what a couple has written so far (MemoryStore writes at once, so no await is needed). */
function seeded(values: { draft?: WorksheetDraft; document?: WorksheetDocument; clock?: WorksheetClock }): MemoryStore {
  const store = new MemoryStore();
  if (values.draft) void store.set('worksheet:draft', values.draft);
  if (values.document) void store.set('worksheet:document', values.document);
  if (values.clock) void store.set('worksheet:clock', values.clock);
  return store;
}

const choices = { a: ['intentions:1', 'atmosphere:0', 'backup:0'], b: ['intentions:0', 'responsibility:1', 'responsibility:4', 'backup:2'] };
const answers: Record<string, string> = {
  'a:intentions:0': 'That you’ll always make the first coffee. I shouldn’t; it’s a gift.',
  'b:intentions:1': 'A slow house with friends in it, and one long trip every year.',
  'a:responsibility:1': 'I can rely on you to tell me when you’re tired before it turns into a fight.',
  'b:atmosphere:0': 'Warm and a bit silly. Less keeping score.',
  'a:responsibility:4': 'Straight away and kindly, in private. I like a question more than a verdict.',
  'b:backup:0': 'Pause, breathe, and come back within the hour. No slammed doors.',
  'a:backup:2': 'Our Sunday walk. It resets us.',
  'closing:a:0': 'I say thank you for the small things, out loud.',
  'closing:b:0': 'I take your side in public, and ask my questions at home.',
  'closing:a:1': 'You make hard things feel lighter. I’m proud of us.',
  'closing:b:1': 'Here’s to the next ninety minutes like this one.',
};

function draft(step: WorksheetDraft['step'], position: number, extra: Partial<WorksheetDraft> = {}): WorksheetDraft {
  return { step, position, names: {}, choices, answers: {}, revising: false, ...extra };
}

function alliance(revisions: 1 | 2, revisitBy = ''): WorksheetDocument {
  const first = draftToRevision(draft('closing', 0, { answers }), en.worksheet, { a: 'Dana', b: 'Luis' }, new Date(2026, 8, 12, 20));
  const list = [first];
  if (revisions === 2) {
    const changed = { ...answers, 'b:backup:0': 'Pause, breathe, and come back within twenty minutes. We tried an hour; it was too long.' };
    list.push(draftToRevision(draft('closing', 0, { answers: changed }), en.worksheet, { a: 'Dana', b: 'Luis' }, new Date(2026, 10, 2, 19)));
  }
  return { id: 'story-alliance', createdAt: first.savedAt, revisitBy, revisions: list };
}

const shadow = (canvas: HTMLElement) => canvas.querySelector('alliance-worksheet')!.shadowRoot!;

/** Step 1: names from the provider (editable), the offer of a gentle clock, and how the conversation goes. */
export const Setup: Story = {};

/** The gentle clock, started and counting; it only ever uses calm colours. */
export const SetupWithClock: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = resolveLocale(String(globals.locale ?? 'en'));
    await waitFor(() => expect(shadow(canvasElement).querySelector('#clock-start')).toBeTruthy());
    await userEvent.click(shadow(canvasElement).querySelector<HTMLElement>('#clock-start')!);
    await waitFor(() => expect(shadow(canvasElement).querySelector('#clock-text')?.textContent).toContain(plural(t.ui.worksheet.clockUsed, String(globals.locale ?? 'en'), 0)));
  },
};

/** A clock that ran for 23 minutes before the page was closed: it waits, paused, to be resumed. */
export const ClockPaused: Story = {
  render: (args) => worksheet(seeded({ draft: draft('turns', 3), clock: { started: true, elapsed: 23 * 60_000, hidden: false } }), args),
};

/** Step 2: Dana chooses questions for Luis, two so far. */
export const Choosing: Story = {
  render: (args) => worksheet(seeded({ draft: draft('choosing', 0, { choices: { a: ['intentions:0', 'backup:1'], b: [] } }) }), args),
};

/** Next with fewer than three: the message sits at the choices and the focus goes to them. */
export const ChoosingTooFew: Story = {
  render: Choosing.render,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('button.next')).toBeTruthy());
    await userEvent.click(shadow(canvasElement).querySelector<HTMLElement>('button.next')!);
    await waitFor(() => expect(shadow(canvasElement).querySelector('#choice-error')).toBeTruthy());
  },
};

/** Step 3: whose turn it is, the question the other chose, and notes on the answer. */
export const TakingTurns: Story = {
  render: (args) => worksheet(seeded({ draft: draft('turns', 2, { answers }) }), args),
};

/** Step 4: the two closing questions, both partners answering; Finish refuses empty answers. */
export const Closing: Story = {
  render: (args) =>
    worksheet(seeded({ draft: draft('closing', 0, { answers: { ...answers, 'closing:b:1': '', 'closing:a:1': '' } }) }), args),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('button.next')).toBeTruthy());
    await userEvent.click(shadow(canvasElement).querySelector<HTMLElement>('button.next')!);
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('.field-error')).toHaveLength(2));
  },
};

/** Step 5: "our alliance", dated, with everyone's answers, and what can be done with it. */
export const Finished: Story = {
  render: (args) => worksheet(seeded({ document: alliance(1, '2027-03-01') }), args),
};

/** Revised once: the newest version shows, "last revisited" and the revision number are on it, the first is kept to read. */
export const Revised: Story = {
  render: (args) => worksheet(seeded({ document: alliance(2, '2027-03-01') }), args),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('details.earlier')).toBeTruthy());
    for (const summary of shadow(canvasElement).querySelectorAll<HTMLElement>('details summary')) await userEvent.click(summary);
    await expect(shadow(canvasElement).querySelector('.version-body')?.textContent).toContain('within the hour');
  },
};

/** A revision under way: the saved alliance stays as it is until this one is saved. */
export const Revising: Story = {
  render: (args) =>
    worksheet(seeded({ document: alliance(1), draft: draft('turns', 0, { answers, revising: true, names: { a: 'Dana', b: 'Luis' } }) }), args),
};

/** What prints: the document alone, no buttons, no controls (the `print-preview` attribute shows it on screen). */
export const PrintView: Story = {
  render: (args) => worksheet(seeded({ document: alliance(2, '2027-03-01') }), args, 'print'),
};

/** When the browser will not save: a polite notice, once, with a download of what is not saved. */
export const StorageUnavailable: Story = {
  render: (args) => {
    const failing: AllianceStore = {
      get: () => Promise.reject(new DOMException('blocked', 'SecurityError')),
      set: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
      remove: () => Promise.reject(new DOMException('blocked', 'SecurityError')),
      list: () => Promise.resolve([]),
    };
    return worksheet(failing, args);
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('#name-a')).toBeTruthy());
    await userEvent.type(shadow(canvasElement).querySelector<HTMLElement>('#name-a')!, '!');
    await waitFor(() => expect(shadow(canvasElement).querySelector('.storage-notice')).toBeTruthy(), { timeout: 3000 });
  },
};

export const Dark: Story = {
  render: (args) => html`<div class="dark-bg">
      <alliance-provider .store=${seeded({ document: alliance(2, '2027-03-01') })} partner-a=${args.partnerA} partner-b=${args.partnerB} theme="dark">
        <alliance-worksheet></alliance-worksheet>
      </alliance-provider>
    </div>
    <style>
      .dark-bg {
        background: #121010;
        padding: 1.5rem;
      }
    </style>`,
};

export const DarkTakingTurns: Story = {
  render: (args) => html`<div class="dark-bg">
      <alliance-provider .store=${seeded({ draft: draft('turns', 1, { answers }) })} partner-a=${args.partnerA} partner-b=${args.partnerB} theme="dark">
        <alliance-worksheet></alliance-worksheet>
      </alliance-provider>
    </div>
    <style>
      .dark-bg {
        background: #121010;
        padding: 1.5rem;
      }
    </style>`,
};

/** Right to left: the steps, the arrows on Next and Back, and every margin mirror. */
export const RightToLeft: Story = {
  render: (args) => html`<div dir="rtl">${worksheet(seeded({ draft: draft('turns', 1, { answers }) }), args)}</div>`,
};
