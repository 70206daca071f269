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
