import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { writeSync } from 'node:fs';

// Browsers come from the system (Debian: apt-get install chromium firefox-esr); no tool downloads its own.
// BROWSERS=chromium (default) | firefox | chromium,firefox
const wanted = (process.env.BROWSERS ?? 'chromium').split(',');

const chromium = playwrightLauncher({
  product: 'chromium',
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  },
});

// Firefox ESR through WebDriver BiDi (puppeteer-core).
const firefox = chromeLauncher({
  puppeteer: puppeteerCore,
  launchOptions: { browser: 'firefox', headless: true, executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr' },
});

// Ends the run with a plain "N passed, N failed" line, the exit code untouched.
const plainSummary = () => ({
  stop({ sessions }) {
    let passed = 0, failed = 0, skipped = 0;
    const walk = (suite) => {
      for (const t of suite.tests) {
        if (t.skipped) skipped++;
        else if (t.passed) passed++;
        else failed++;
      }
      suite.suites.forEach(walk);
    };
    for (const s of sessions) {
      const before = failed;
      if (s.testResults) walk(s.testResults);
      // A file that failed to load, or an error outside any test, fails the run too.
      if (!s.passed && failed === before) failed++;
    }
    const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
    process.once('exit', () => writeSync(1, line));
  },
});

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [wanted.includes('chromium') && chromium, wanted.includes('firefox') && firefox].filter(Boolean),
  browserStartTimeout: 60000,
  testFramework: { config: { timeout: 5000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), plainSummary()],
  coverageConfig: { include: ['src/**/*.ts'], report: true, reportDir: 'coverage' },
};
