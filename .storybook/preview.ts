import type { Decorator, Loader, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import customElements from '../custom-elements.json';
import '../src/define.js';
import { loadLocale } from '../src/content/locales.js';

// Docs and controls come from the manifest: attributes, properties, events, slots, parts, CSS properties.
setCustomElementsManifest(customElements);

/**
 * Every story in the language and direction picked in the toolbar (Arabic is always right to
 * left), in a page typeface as a site would set one: the elements take the page's.
 */
const withLocale: Decorator = (story, { globals }) => {
  const lang = String(globals.locale ?? 'en');
  const dir = lang === 'ar' ? 'rtl' : String(globals.direction ?? 'ltr');
  return html`<div lang=${lang} dir=${dir} style="font-family: system-ui, sans-serif">${story()}</div>`;
};

/** The language is there before the story renders, so it never shows in English first. */
const localeLoader: Loader = async ({ globals }) => {
  await loadLocale(String(globals.locale ?? 'en'));
  return {};
};

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'ar', title: 'العربية' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction of the page',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', direction: 'ltr' },
  decorators: [withLocale],
  loaders: [localeLoader],
};
export default preview;
