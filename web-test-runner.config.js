import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

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

// The trust suite's pages (test/trust/fixtures/) are served as a plain static host would serve
// them: no module rewriting, no injected scripts. `/raw/<path>` is any file of the repository
// served the same way (dist/, node_modules/lit). `?csp=strict` adds the strict policy,
// `?csp=strict-duplicates` the same with 'allow-duplicates' for the lit-html policy.
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');
const rootDir = resolve('.');
const mimeTypes = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
const staticFixtures = async (context, next) => {
  const raw = context.path.startsWith('/raw/');
  if (!raw && !context.path.startsWith('/test/trust/fixtures/')) return next();
  const file = resolve(rootDir, `.${raw ? context.path.slice(4) : context.path}`);
  if (!file.startsWith(rootDir + sep)) return next();
  try {
    context.body = await readFile(file);
  } catch {
    context.status = 404;
    return;
  }
  context.type = mimeTypes[extname(file)] ?? 'application/octet-stream';
  context.set('Cache-Control', 'no-store');
  if (context.query.csp === 'strict') context.set('Content-Security-Policy', STRICT_CSP);
  // What a page that may load Lit twice needs: a second copy makes its own lit-html policy.
  if (context.query.csp === 'strict-duplicates') context.set('Content-Security-Policy', `${STRICT_CSP} 'allow-duplicates'`);
};

// Records every request made by the frames inside the test's page (where the page under test is
// loaded) between `start` and `stop`, as the browser's automation sees them: a request an element
// sends elsewhere shows up here. The test's own page (the main frame) is left out: its module
// loads can be reported late.
const requestRecorder = () => {
  const recordings = new Map();
  return {
    name: 'trust-request-recorder',
    executeCommand({ command, payload, session }) {
      if (command !== 'record-requests') return undefined;
      const page = session.browser.getPage(session.id);
      if (payload?.action === 'start') {
        const requests = [];
        const listener = (request) => {
          let frame = null;
          try {
            frame = request.frame();
          } catch {
            // A request without a frame (a worker's) counts.
          }
          // The test's own page is the main frame; the page under test is a frame inside it.
          if (frame !== page.mainFrame()) requests.push(request.url());
        };
        page.on('request', listener);
        recordings.get(session.id)?.stop();
        recordings.set(session.id, { requests, stop: () => page.off('request', listener) });
        return true;
      }
      // `peek` reads what has arrived so far (the automation reports requests a little late).
      const recording = recordings.get(session.id);
      if (payload?.action === 'peek') return [...(recording?.requests ?? [])];
      recordings.delete(session.id);
      recording?.stop();
      return recording?.requests ?? [];
    },
  };
};

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  middleware: [staticFixtures],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), requestRecorder()],
  browsers: [wanted.includes('chromium') && chromium, wanted.includes('firefox') && firefox].filter(Boolean),
  browserStartTimeout: 60000,
  testFramework: { config: { timeout: 5000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), plainSummary()],
  coverageConfig: { include: ['src/**/*.ts'], report: true, reportDir: 'coverage' },
};
