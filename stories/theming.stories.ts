/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { html, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
// ?raw: the files exactly as they ship, not run through the bundler's CSS pipeline.
import warm from '../themes/warm.css?raw';
import calm from '../themes/calm.css?raw';

/**
 * The example themes in themes/, each in light and dark. A page links one and it applies to
 * `:root`; here each is scoped to its own wrapper (in a `<style>` element, never a `style`
 * attribute), so that both can show on one page.
 */
const meta: Meta = {
  title: 'Theming',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
};
export default meta;
type Story = StoryObj;

/** The elements under one theme: the light scheme beside the dark one, set by the provider. */
function themed(name: string, css: string): TemplateResult {
  const scope = `theme-${name}`;
  const scheme = (theme: 'light' | 'dark') =>
    html`<section class="scheme ${theme}" aria-label=${`${name} theme, ${theme}`}>
      <alliance-provider theme=${theme} storage="none" storage-key=${`theming-${name}-${theme}`}>
        <alliance-principle number="3" variant="compact"></alliance-principle>
        <alliance-exercise-timer exercise="heads-on-pillows" minutes="5"></alliance-exercise-timer>
        <alliance-practice practice="both-and"></alliance-practice>
      </alliance-provider>
    </section>`;
  return html`${staticHtml`<style>${unsafeStatic(css.replaceAll(':root', `.${scope}`))}</style>`}
    <style>
      .themes {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr));
      }
      .scheme {
        display: grid;
        gap: 1.5rem;
        align-content: start;
        padding: 1.5rem;
      }
      .scheme.light {
        background: #ffffff;
      }
      .scheme.dark {
        background: #121010;
      }
    </style>
    <div class="themes ${scope}">${scheme('light')}${scheme('dark')}</div>`;
}

/** themes/warm.css: terracotta and apricot, rounder cards, a book face for titles. */
export const Warm: Story = {
  render: () => themed('warm', warm),
  play: async ({ canvasElement }) => {
    // The theme's surface, light-dark(#fff8f1, #241a15), in each scheme the provider sets.
    const [light, dark] = [...canvasElement.querySelectorAll('alliance-exercise-timer')].map(
      (timer) => getComputedStyle(timer.shadowRoot!.querySelector('[part~="card"]')!).backgroundColor,
    );
    await expect(light).toBe('rgb(255, 248, 241)');
    await expect(dark).toBe('rgb(36, 26, 21)');
  },
};

/** themes/calm.css: sage and slate, flat cards, a little more room. */
export const Calm: Story = {
  render: () => themed('calm', calm),
};
