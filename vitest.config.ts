import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Story tests: every story renders, its play function passes, and axe finds no violation.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        // Bundled up front: a dependency found halfway through a run reloads the page and
        // fails the story file that was loading.
        optimizeDeps: {
          include: [
            'lit',
            'lit/decorators.js',
            'lit/directives/if-defined.js',
            'lit/directives/class-map.js',
            'lit/directives/style-map.js',
            'lit/directives/keyed.js',
            'lit/directives/live.js',
            '@lit/context',
            'storybook/test',
          ],
        },
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
                args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                  '--disable-background-networking', '--disable-component-update', '--disable-sync'],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
