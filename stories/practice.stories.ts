import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { practiceChoices } from '../src/components/practice/practice.js';
import { format, resolveLocale } from '../src/content/locales.js';

type Args = { practice: string };

/**
 * Four ways to practise collaboration (the PACER model, *Love. Crash. Rebuild.*). Every
 * control is native (buttons, labelled fields); the composed both/and sentence is an
 * `output` tied to its two fields; the copy result is announced politely, and where the
 * browser refuses the clipboard the sentence is shown selected instead.
 * Stories keep everything in memory (`storage="none"`).
 */
const meta: Meta<Args> = {
  title: 'Elements/Practice',
  component: 'alliance-practice',
  args: { practice: 'all' },
  argTypes: { practice: { control: 'select', options: [...practiceChoices] } },
  render: (args) =>
    html`<alliance-provider storage="none"><alliance-practice practice=${args.practice}></alliance-practice></alliance-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

export const AllFour: Story = {};
export const Reframe: Story = { args: { practice: 'reframe' } };

export const BothAnd: Story = {
  args: { practice: 'both-and' },
  play: async ({ canvasElement, globals }) => {
    const t = resolveLocale(String(globals.locale ?? 'en'));
    const el = canvasElement.querySelector('alliance-practice')!;
    const [want, need] = el.shadowRoot!.querySelectorAll('input');
    await userEvent.type(want, 'closeness');
    await userEvent.type(need, 'space');
    await expect(el.shadowRoot!.querySelector('output')!.textContent?.trim()).toBe(format(t.ui.practice.bothAndSentence, { want: 'closeness', need: 'space' }));
  },
};

export const Teamwork: Story = { args: { practice: 'teamwork' } };
export const Hero: Story = { args: { practice: 'hero' } };

export const Dark: Story = {
  render: () => html`<div class="dark-bg"><alliance-provider storage="none" theme="dark"><alliance-practice></alliance-practice></alliance-provider></div>
    <style>.dark-bg{background:#121010;padding:1.5rem}</style>`,
};

export const RightToLeft: Story = {
  args: { practice: 'reframe' },
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};
