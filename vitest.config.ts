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
        // Lit and every module it exports are bundled up front by .storybook/main.ts (viteFinal,
        // which this plugin applies): a dependency found halfway through a run reloads the page and
        // fails the story file that was loading, or loads a second copy of Lit beside the first.
        optimizeDeps: { include: ['storybook/test'] },
        test: {
          name: 'storybook',
          // The spoken cues' story waits for the device to list its voices (up to 5 s).
          testTimeout: 15_000,
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
