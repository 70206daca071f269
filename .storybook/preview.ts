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

/** What each Lit package records when it is evaluated: one entry per copy on the page. */
type LitGlobals = { litHtmlVersions?: string[]; reactiveElementVersions?: string[]; litElementVersions?: string[] };

/**
 * One Lit on the page, after the story rendered and played (parts the story loaded on the way
 * included): a second copy would break directives, context and `instanceof` checks across the
 * two, and is what makes Lit warn "Multiple versions of Lit loaded". Fails the story, in the
 * story tests and in Storybook alike, naming the copies and the scripts they came from.
 */
const oneLit = () => {
  const loaded = globalThis as typeof globalThis & LitGlobals;
  const copies = {
    'lit-html': loaded.litHtmlVersions ?? [],
    '@lit/reactive-element': loaded.reactiveElementVersions ?? [],
    'lit-element': loaded.litElementVersions ?? [],
  };
  const twice = Object.entries(copies).filter(([, versions]) => versions.length > 1);
  if (twice.length === 0) return;
  const scripts = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /lit-html|reactive-element|lit-element|\/lit[._/]|@?lit_/.test(name));
  throw new Error(
    `Lit is loaded more than once: ${twice.map(([name, versions]) => `${name} ${versions.join(' and ')}`).join(', ')}.\n` +
      `Scripts:\n  ${scripts.join('\n  ')}`,
  );
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
  afterEach: oneLit,
};
export default preview;
