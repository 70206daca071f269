import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { format, resolveLocale } from '../src/content/locales.js';

/**
 * How one partner can offer a collaborative alliance alone (after David Schnarch). The four
 * ways are native disclosures (Enter or Space opens one); each holds a private note. Today's
 * checklist is a fieldset of native checkboxes whose ticks start fresh each local day.
 * Stories keep everything in memory (`storage="none"`).
 */
const meta: Meta = {
  title: 'Elements/Offer',
  component: 'alliance-offer',
  render: () => html`<alliance-provider storage="none"><alliance-offer></alliance-offer></alliance-provider>`,
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const WayOpenWithNote: Story = {
  play: async ({ canvasElement }) => {
    const offer = canvasElement.querySelector('alliance-offer')!;
    const summary = offer.shadowRoot!.querySelector('summary')!;
    await userEvent.click(summary);
    const note = offer.shadowRoot!.querySelector('textarea')!;
    await userEvent.type(note, 'Offer a walk after dinner, no agenda.');
    await expect(note.value).toBe('Offer a walk after dinner, no agenda.');
  },
};

export const TwoTickedToday: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = resolveLocale(String(globals.locale ?? 'en'));
    const offer = canvasElement.querySelector('alliance-offer')!;
    const boxes = offer.shadowRoot!.querySelectorAll('input[type=checkbox]');
    await userEvent.click(boxes[0]);
    await userEvent.click(boxes[3]);
    await expect(offer.shadowRoot!.querySelector('fieldset')!.textContent).toContain(format(t.ui.offer.todayProgress, { count: 2, total: 4 }));
  },
};

export const Dark: Story = {
  render: () => html`<div class="dark-bg"><alliance-provider storage="none" theme="dark"><alliance-offer></alliance-offer></alliance-provider></div>
    <style>.dark-bg{background:#121010;padding:1.5rem}</style>`,
};

export const RightToLeft: Story = {
  render: () => html`<div dir="rtl"><alliance-provider storage="none"><alliance-offer></alliance-offer></alliance-provider></div>`,
};
