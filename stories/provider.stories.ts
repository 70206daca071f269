import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { themes } from '../src/context/settings.js';
import { storageModes } from '../src/components/provider/provider.js';

type Args = { 'partner-a': string; 'partner-b': string; lang: string; theme: string; storage: string; 'storage-key': string };

/**
 * `<alliance-provider>` draws nothing itself (it lays out as if it were not there). It shares
 * partner names, language, theme and storage with every alliance element inside it, through
 * Lit's context protocol. Set `.store` (a property) to your own adapter to keep what people
 * write somewhere else. Every element also works without a provider, on defaults.
 */
const meta: Meta<Args> = {
  title: 'Elements/Provider',
  component: 'alliance-provider',
  args: { 'partner-a': 'Dana', 'partner-b': 'Luis', lang: 'en', theme: 'auto', storage: 'local', 'storage-key': 'alliance-elements' },
  argTypes: {
    theme: { control: 'inline-radio', options: [...themes] },
    storage: { control: 'inline-radio', options: [...storageModes] },
  },
  render: (args) => html`<alliance-provider
    partner-a=${args['partner-a']}
    partner-b=${args['partner-b']}
    lang=${args.lang}
    theme=${args.theme}
    storage=${args.storage}
    storage-key=${args['storage-key']}
  >
    <alliance-principles></alliance-principles>
  </alliance-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const DarkTheme: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div class="dark-bg">${story()}</div><style>.dark-bg{background:#121010;padding:1.5rem}</style>`],
  play: async ({ canvasElement }) => {
    const deck = canvasElement.querySelector('alliance-principles')!;
    await expect(getComputedStyle(deck).colorScheme).toBe('dark');
  },
};

export const LightTheme: Story = { args: { theme: 'light' } };

/**
 * Your help line in every element's note on scope and safety: `help-href` (an `https:`, `tel:`,
 * `mailto:` or `sms:` link) and `help-label`. `safety-text` replaces the note's wording, and an
 * element's `safety` slot replaces it for that element alone.
 */
export const YourHelpLine: Story = {
  render: () => html`<alliance-provider help-href="tel:+15550100" help-label="Our local help line, 555 0100">
    <alliance-principles></alliance-principles>
  </alliance-provider>`,
  play: async ({ canvasElement }) => {
    const deck = canvasElement.querySelector('alliance-principles')!;
    await (deck as Element & { updateComplete: Promise<unknown> }).updateComplete;
    const link = deck.shadowRoot!.querySelector('[part="safety"] a');
    await expect(link?.getAttribute('href')).toBe('tel:+15550100');
    await expect(link?.textContent).toBe('Our local help line, 555 0100');
  },
};
