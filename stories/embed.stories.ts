import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { EmbedSnippetBuilder } from './support/embed-snippet-builder.js';
import pkg from '../package.json';

const cdn = `https://cdn.jsdelivr.net/npm/alliance-elements@${pkg.version.split('.').slice(0, 2).join('.')}`;

if (!customElements.get('embed-snippet-builder')) customElements.define('embed-snippet-builder', EmbedSnippetBuilder);

/**
 * The snippet builder of the "Embed on your site" page: an element, its options, where the
 * script comes from, and the HTML to paste. Keyboard: every control is a native form control
 * in reading order; the two script sources are a radio group (the arrow keys move between them,
 * Space picks the focused one).
 */
const meta: Meta = {
  title: 'Embed on your site',
  tags: ['!autodocs'],
  render: () => html`<embed-snippet-builder></embed-snippet-builder>`,
};
export default meta;
type Story = StoryObj;

const inBuilder = <T extends Element>(builder: EmbedSnippetBuilder, selector: string) =>
  builder.shadowRoot!.querySelector<T>(selector)!;

/** What the browser does when a person picks an option of a native select. */
function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

export const SnippetBuilder: Story = {
  play: async ({ canvasElement }) => {
    const builder = canvasElement.querySelector('embed-snippet-builder')!;
    await builder.updateComplete;
    const code = () => inBuilder(builder, 'pre').textContent ?? '';
    await expect(code()).toBe(
      '<script type="module" src="/path/to/alliance-elements/dist/cdn/principle.js"></script>\n' +
        '<alliance-principle number="1"></alliance-principle>',
    );

    // A native select: the browser moves through its options with the arrow keys.
    choose(inBuilder<HTMLSelectElement>(builder, '#element'), 'alliance-exercise-timer');
    await builder.updateComplete;
    choose(inBuilder<HTMLSelectElement>(builder, '#option-exercise'), 'heads-on-pillows');
    inBuilder<HTMLInputElement>(builder, '#option-breathing').focus();
    await userEvent.keyboard(' ');
    inBuilder<HTMLInputElement>(builder, '#source-cdn').focus();
    await userEvent.keyboard(' ');
    await waitFor(() =>
      expect(code()).toBe(
        `<script type="module" src="${cdn}/dist/cdn/exercise-timer.js"></script>\n` +
          '<alliance-exercise-timer exercise="heads-on-pillows" breathing></alliance-exercise-timer>',
      ),
    );
    await waitFor(() => expect(builder.shadowRoot!.querySelector('.preview alliance-exercise-timer')?.getAttribute('exercise')).toBe('heads-on-pillows'));

    choose(inBuilder<HTMLSelectElement>(builder, '#theme'), 'warm');
    await waitFor(() => expect(code()).toContain(`<link rel="stylesheet" href="${cdn}/themes/warm.css">`));
    const card = builder.shadowRoot!.querySelector('.preview alliance-exercise-timer')!.shadowRoot!.querySelector('[part~="card"]')!;
    await waitFor(() => expect(getComputedStyle(card).backgroundColor).toBe('rgb(255, 248, 241)'));

    await userEvent.click(inBuilder(builder, 'button'));
    await waitFor(() => expect(inBuilder(builder, '[role=status]').textContent).not.toBe(''));
  },
};
