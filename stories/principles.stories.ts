import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { deckModes } from '../src/components/principles/principles.js';
import { principleVariants } from '../src/components/principle/principle.js';
import { format, resolveLocale } from '../src/content/locales.js';

type Args = { mode: string; start: number; variant: string };

/**
 * The eight principles together. In the carousel, the previous and next buttons and the
 * arrow keys (mirrored right to left; Home and End too) move between cards, and the new
 * position is announced politely. `daily` shows the principle of the day, the same for
 * everyone on one local calendar day. Accessibility: the carousel follows the WAI-ARIA
 * carousel pattern (a named region, slides as named groups).
 */
const meta: Meta<Args> = {
  title: 'Elements/Principles',
  component: 'alliance-principles',
  args: { mode: 'carousel', start: 1, variant: 'card' },
  argTypes: {
    mode: { control: 'inline-radio', options: [...deckModes] },
    start: { control: { type: 'number', min: 1, max: 8 } },
    variant: { control: 'inline-radio', options: [...principleVariants] },
  },
  render: (args) =>
    html`<alliance-principles mode=${args.mode} start=${args.start} variant=${args.variant}></alliance-principles>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Carousel: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = resolveLocale(String(globals.locale ?? 'en'));
    const deck = canvasElement.querySelector('alliance-principles')!;
    const next = deck.shadowRoot!.querySelectorAll('button')[1];
    await userEvent.click(next);
    await expect(deck.shadowRoot!.querySelector('[part=position]')!.textContent).toBe(format(t.ui.deck.position, { current: 2, total: 8 }));
  },
};

export const List: Story = { args: { mode: 'list', variant: 'compact' } };

export const Daily: Story = { args: { mode: 'daily' } };

export const StartAtFive: Story = { args: { start: 5 } };

export const Dark: Story = {
  decorators: [
    (story) => html`<div class="dark-bg"><alliance-provider theme="dark">${story()}</alliance-provider></div>
      <style>.dark-bg{background:#121010;padding:1.5rem}</style>`,
  ],
};

export const RightToLeft: Story = {
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};

export const TokenOverrides: Story = {
  decorators: [
    (story) => html`<div class="themed">${story()}</div>
      <style>
        .themed {
          --alliance-color-accent: #3b4f8f;
          --alliance-color-surface: #f5f6fb;
          --alliance-color-surface-alt: #e6e9f5;
          --alliance-principles-gap: 2rem;
        }
      </style>`,
  ],
};
