import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { checkInModes } from '../src/components/check-in/check-in.js';
import type { AllianceCheckIn } from '../src/components/check-in/check-in.js';
import type { CheckInEntry } from '../src/components/check-in/entries.js';
import type { AllianceStore } from '../src/storage/types.js';
import { en } from '../src/content/en.js';
import { format, resolveLocale } from '../src/content/locales.js';

type Args = { mode: string; scale: boolean; history: boolean; partnerA: string; partnerB: string };

/** A store that lives in the story (nothing reaches localStorage), seeded with what the story needs. */
function seededStore(values: Record<string, unknown> = {}): AllianceStore {
  const map = new Map<string, unknown>(Object.entries(values));
  return {
    get: (key) => Promise.resolve(structuredClone(map.get(key)) as never),
    set: (key, value) => Promise.resolve(void map.set(key, structuredClone(value))),
    remove: (key) => Promise.resolve(void map.delete(key)),
    list: (prefix) => Promise.resolve([...map.keys()].filter((k) => k.startsWith(prefix))),
  };
}

const questions = en.checkIn.questions;
const closeWords = ['You made me tea without asking.', 'You asked about my day and listened.', 'The hug by the door.', 'You laughed at my bad joke.', ''];
const awayWords = ['', 'You were on your phone at dinner.', 'The sigh when I was late.', '', 'You went quiet after the call.'];

/** Seven weeks of a couple's check-ins, most evenings, ratings drifting closer. */
function history(): CheckInEntry[] {
  const entries: CheckInEntry[] = [];
  const today = new Date();
  for (let daysAgo = 1, i = 0; daysAgo <= 50; daysAgo += 1 + (i % 3 === 0 ? 1 : 0), i++) {
    const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() - daysAgo, 21, 10 + (i % 4) * 7);
    const drift = Math.round((50 - daysAgo) / 18);
    entries.push({
      id: `story-${daysAgo}`,
      date: date.toISOString(),
      mode: 'couple',
      questions: [...questions],
      responses: [
        { name: 'Maya', answers: [closeWords[i % 5], awayWords[i % 5]], rating: Math.min(5, 2 + drift + (i % 2)) },
        { name: 'Jon', answers: [closeWords[(i + 2) % 5], awayWords[(i + 3) % 5]], rating: Math.min(5, 1 + drift + (i % 3 === 0 ? 1 : 0)) },
      ],
    });
  }
  return entries;
}

const draft = (step: string) => ({
  mode: 'couple',
  step,
  answers: [
    ['You made me tea without asking, and it felt like being seen.', 'You went quiet when I talked about my sister.'],
    step === 'ready' ? ['The hug by the door when I came home.', ''] : [],
  ],
  ratings: [4, step === 'ready' ? 3 : null],
});

function checkIn(args: Args, seed: Record<string, unknown> = {}) {
  return html`<alliance-provider partner-a=${args.partnerA} partner-b=${args.partnerB} .store=${seededStore(seed)}>
    <alliance-check-in mode=${args.mode} ?scale=${args.scale} ?history=${args.history}></alliance-check-in>
  </alliance-provider>`;
}

const element = (canvas: HTMLElement) => canvas.querySelector<AllianceCheckIn>('alliance-check-in')!;
const inShadow = <T extends Element>(el: AllianceCheckIn, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const buttonNamed = (el: AllianceCheckIn, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

/**
 * The end-of-day check-in. In couple mode the first partner answers, the answers fold away,
 * the device goes to the second partner, and both answers are revealed together. Every control
 * is native (text areas, radio buttons, buttons); after each step the focus moves to the new
 * step's heading and a polite live region says what changed. What people type is only ever
 * rendered as text. Accessibility: zero axe violations at every step (checked by these stories
 * and by the tests); the trend chart is an image with a text alternative and a table of its
 * numbers. These stories keep everything in a store that lives in the story.
 */
const meta: Meta<Args> = {
  title: 'Elements/Check-in',
  component: 'alliance-check-in',
  args: { mode: 'couple', scale: true, history: false, partnerA: 'Maya', partnerB: 'Jon' },
  argTypes: {
    mode: { control: 'inline-radio', options: [...checkInModes] },
    scale: { control: 'boolean' },
    history: { control: 'boolean' },
    partnerA: { control: 'text' },
    partnerB: { control: 'text' },
  },
  render: (args) => checkIn(args),
};
export default meta;
type Story = StoryObj<Args>;

/** A new check-in: partner A's turn, nothing written yet. */
export const Empty: Story = {};

/** Mid-way: partner A's answers are folded away and it is partner B's turn. */
export const MidWay: Story = {
  render: (args) => checkIn(args, { 'check-in:draft': draft('b') }),
  play: async ({ canvasElement, globals }) => {
    const t = resolveLocale(String(globals.locale ?? 'en'));
    const el = element(canvasElement);
    await waitFor(() => expect(inShadow(el, '#step-heading')?.textContent?.trim()).toBe(format(t.ui.checkIn.turn, { name: 'Jon' })));
    await expect(el.shadowRoot!.textContent).not.toContain('You made me tea');
  },
};

/** Both partners have answered; "Show both" reveals their answers side by side. */
export const Reveal: Story = {
  render: (args) => checkIn(args, { 'check-in:draft': draft('ready') }),
  play: async ({ canvasElement, globals }) => {
    const t = resolveLocale(String(globals.locale ?? 'en'));
    const el = element(canvasElement);
    await waitFor(() => expect(buttonNamed(el, t.ui.checkIn.showBoth)).toBeTruthy());
    await userEvent.click(buttonNamed(el, t.ui.checkIn.showBoth));
    await waitFor(() => expect(inShadow(el, '#step-heading')?.textContent?.trim()).toBe(t.ui.checkIn.revealHeading));
    await expect(inShadow(el, '.reveal')?.textContent).toContain('The hug by the door');
  },
};

/** One person records their own check-in. */
export const Solo: Story = {
  args: { mode: 'solo', partnerA: '', partnerB: '' },
  play: async ({ canvasElement, globals }) => {
    const t = resolveLocale(String(globals.locale ?? 'en'));
    const el = element(canvasElement);
    await userEvent.type(inShadow<HTMLTextAreaElement>(el, '#answer-0')!, 'I made time to listen tonight.');
    await userEvent.click(inShadow<HTMLInputElement>(el, 'input[value="4"]')!);
    await userEvent.click(buttonNamed(el, t.ui.checkIn.save));
    await waitFor(() => expect(inShadow(el, '#step-heading')?.textContent?.trim()).toBe(t.ui.checkIn.soloRevealHeading));
  },
};

/**
 * Two phones (`mode="two-devices"`): Maya has answered on her phone and sends her answers to Jon
 * in a private link (with a word they agree on, if they like): the device's share sheet where
 * there is one, copy, or a QR code for a phone in the same room. Jon opens the link on his own
 * phone, answers while Maya's answers stay folded, sees both and sends both back; both phones keep
 * the same check-in. No account and no server: the words are only in the link and on the phones.
 */
export const TwoPhones: Story = {
  args: { mode: 'two-devices' },
  render: (args) =>
    checkIn(args, {
      'check-in:draft': { ...draft('handover'), mode: 'two-devices', answers: [draft('handover').answers[0], []] },
    }),
  play: async ({ canvasElement, globals }) => {
    const el = element(canvasElement);
    // The words of two phones come with that part: read them once it has loaded.
    await waitFor(() => expect(inShadow(el, '#two-word')).toBeTruthy(), { timeout: 5000 });
    const t = resolveLocale(String(globals.locale ?? 'en'));
    const sendTo = format(t.ui.share.sendTo, { name: 'Jon' });
    await waitFor(() => expect(buttonNamed(el, sendTo)).toBeTruthy(), { timeout: 5000 });
    await expect(inShadow(el, '#step-heading')?.textContent?.trim()).toBe(format(t.ui.twoDevices.sendHeading, { name: 'Jon' }));
    await userEvent.click(buttonNamed(el, sendTo));
    await waitFor(() => expect(inShadow<HTMLInputElement>(el, '#share-link')?.value).toContain('#alliance=check-in:check-in:'), { timeout: 5000 });
    await userEvent.click(buttonNamed(el, t.ui.share.showQr));
    await waitFor(() => expect(inShadow(el, '.share-qr svg')).toBeTruthy(), { timeout: 5000 });
  },
};

/** Seven weeks of check-ins: newest first by month, the trend chart and its table, export and import. */
export const LongHistoryWithTrend: Story = {
  args: { history: true },
  render: (args) => checkIn(args, { 'check-in:history': history() }),
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await waitFor(() => expect(inShadow(el, 'svg.chart')).toBeTruthy());
    await userEvent.click(inShadow<HTMLElement>(el, 'details.numbers summary')!);
  },
};

/** No history yet. */
export const EmptyHistory: Story = { args: { history: true } };

/** The delete-all confirmation (a modal dialog; Escape keeps everything). */
export const ConfirmDeleteAll: Story = {
  args: { history: true },
  render: (args) => checkIn(args, { 'check-in:history': history().slice(0, 4) }),
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await waitFor(() => expect(inShadow(el, '#delete-all')).toBeTruthy());
    await userEvent.click(inShadow<HTMLButtonElement>(el, '#delete-all')!);
    await expect(inShadow<HTMLDialogElement>(el, '#confirm')!.open).toBe(true);
  },
};

export const Dark: Story = {
  args: { history: true },
  render: (args) => html`<div class="dark-bg">
      <alliance-provider theme="dark" partner-a=${args.partnerA} partner-b=${args.partnerB} .store=${seededStore({ 'check-in:history': history() })}>
        <alliance-check-in mode=${args.mode} ?scale=${args.scale} ?history=${args.history}></alliance-check-in>
      </alliance-provider>
    </div>
    <style>
      .dark-bg {
        background: #121010;
        padding: 1.5rem;
      }
    </style>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inShadow(element(canvasElement), 'svg.chart')).toBeTruthy());
  },
};

export const RightToLeft: Story = {
  args: { history: true },
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
  render: (args) => checkIn(args, { 'check-in:history': history().slice(0, 12), 'check-in:draft': draft('b') }),
  play: async ({ canvasElement, globals }) => {
    const t = resolveLocale(String(globals.locale ?? 'en'));
    const el = element(canvasElement);
    await waitFor(() => expect(inShadow(el, 'svg.chart')).toBeTruthy());
    await waitFor(() => expect(inShadow(el, '#step-heading')?.textContent?.trim()).toBe(format(t.ui.checkIn.turn, { name: 'Jon' })));
  },
};

/** The host's own questions, from a list inside the element, and its own privacy note. */
export const HostQuestions: Story = {
  args: { mode: 'solo', scale: false, partnerA: '', partnerB: '' },
  render: (args) => html`<alliance-provider .store=${seededStore()}>
    <alliance-check-in mode=${args.mode} ?scale=${args.scale} ?history=${args.history}>
      <ol>
        <li>What made you laugh today?</li>
        <li>What are you grateful for?</li>
        <li>What would help tomorrow?</li>
      </ol>
      <p slot="privacy">Your answers stay on this device. Our practice never sees them unless you choose to share.</p>
    </alliance-check-in>
  </alliance-provider>`,
};

export const TokenOverrides: Story = {
  decorators: [
    (story) => html`<div class="themed">${story()}</div>
      <style>
        .themed {
          --alliance-color-accent: #2d6a5f;
          --alliance-color-surface: #ffffff;
          --alliance-color-surface-alt: #eef4f2;
          --alliance-check-in-max-width: 36rem;
          --alliance-check-in-accent-width: 0;
        }
      </style>`,
  ],
};
