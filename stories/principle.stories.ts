import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { principleVariants } from '../src/components/principle/principle.js';

type Args = { number: number; variant: string; 'heading-level': number };

/**
 * One of the eight points of a collaborative alliance (David Schnarch, *Intimacy and Desire*,
 * chapter 11) as a card. Accessibility: the title is a heading (level 3 unless
 * `heading-level` says otherwise), the card is an `article` named by it, and the
 * reflection question is quoted text, so a screen reader reads the card in order.
 */
const meta: Meta<Args> = {
  title: 'Elements/Principle',
  component: 'alliance-principle',
  args: { number: 1, variant: 'card', 'heading-level': 3 },
  argTypes: {
    number: { control: { type: 'number', min: 1, max: 8, step: 1 } },
    variant: { control: 'inline-radio', options: [...principleVariants] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (args) =>
    html`<alliance-principle
      number=${args.number}
      variant=${args.variant}
      heading-level=${args['heading-level']}
    ></alliance-principle>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('alliance-principle')!;
    await expect(card.shadowRoot!.querySelector('[role=heading]')).toBeTruthy();
  },
};

export const Compact: Story = { args: { number: 4, variant: 'compact' } };

/** All eight, compact, as a list a page might show. */
export const AllEight: Story = {
  render: () =>
    html`<div class="stack">
      ${[1, 2, 3, 4, 5, 6, 7, 8].map((n) => html`<alliance-principle number=${n} variant="compact"></alliance-principle>`)}
    </div>`,
  decorators: [(story) => html`<style>.stack{display:grid;gap:1rem}</style>${story()}`],
};

/** A host page can replace the title and the text through slots. */
export const CustomText: Story = {
  render: () => html`<alliance-principle number="5">
    <span slot="title">Keep your word, even first</span>
    <span slot="text">Our practice's own summary of this principle goes here.</span>
  </alliance-principle>`,
};

/** Dark, set by the provider's `theme` (without one, the card follows the system setting). */
export const Dark: Story = {
  args: { number: 7 },
  decorators: [
    (story) => html`<div class="dark-bg"><alliance-provider theme="dark">${story()}</alliance-provider></div>
      <style>.dark-bg{background:#121010;padding:1.5rem}</style>`,
  ],
};

export const RightToLeft: Story = {
  args: { number: 2 },
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};

/** Tokens set on any ancestor restyle the card: here a calm green theme with a serif body. */
export const TokenOverrides: Story = {
  args: { number: 8 },
  decorators: [
    (story) => html`<div class="themed">${story()}</div>
      <style>
        .themed {
          --alliance-color-accent: #2f6b4f;
          --alliance-color-surface: #f4f8f5;
          --alliance-color-surface-alt: #e3eee7;
          --alliance-font-family: Georgia, serif;
          --alliance-radius-m: 0;
          --alliance-principle-accent-width: 0.75rem;
        }
      </style>`,
  ],
};

/** A number outside 1 to 8 shows a notice (and warns once in the console). */
export const BadNumber: Story = { args: { number: 9 } };
