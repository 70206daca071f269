import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

// Lit must be evaluated once per page: its parts keep their state in module scope, and Lit's
// dev build warns "Multiple versions of Lit loaded" when lit-html or reactive-element runs twice
// (the preview's afterEach fails every story if it does). Two ways a second copy would load:
// a module found only while a page is open is bundled in a second pass, beside the chunks the
// page already has; or a package's own nested copy is resolved. So every module lit exports,
// and @lit/context, is bundled up front in one pass, and every Lit package resolves to one folder.
// This config serves Storybook and the story tests (the vitest plugin applies viteFinal).
const require = createRequire(import.meta.url);
const litFolder = path.dirname(require.resolve('lit'));
const litExports = Object.keys((JSON.parse(readFileSync(path.join(litFolder, 'package.json'), 'utf8')) as { exports: Record<string, unknown> }).exports);
const litEntries = litExports.map((entry) => (entry === '.' ? 'lit' : `lit/${entry.slice(2)}`));
const litPackages = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context'];

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The demo pages and the built bundle they load, served beside the stories: /demo/...
  staticDirs: [
    { from: '../demo', to: '/demo' },
    { from: '../dist', to: '/dist' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      resolve: { dedupe: litPackages },
      optimizeDeps: { include: [...litEntries, '@lit/context'] },
    }),
};
export default config;
