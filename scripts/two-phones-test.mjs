// Two phones, really apart: demo/two-phones.html opened in two browser contexts (two sets of
// storage, as two phones have), in Chromium and in Firefox. The first partner answers and makes
// the link; the second opens it, answers, sees both, saves and makes the link back; the first
// opens that and saves. Both histories must then hold the same check-in, with and without a
// passphrase, and no request may leave the page's origin.
// Needs `npm run build` first. Ends with one line: "N passed, N failed".
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const failures = [];
let passed = 0;
const check = (condition, message, detail = '') => {
  if (condition) {
    passed++;
    console.log(`ok   ${message}`);
  } else {
    failures.push(message);
    console.error(`FAIL ${message}${detail ? `: ${detail}` : ''}`);
  }
};

if (!existsSync(join(root, 'dist/cdn/alliance-elements.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json' };
const server = createServer((request, response) => {
  const path = join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname));
  if (!path.startsWith(root) || !existsSync(path)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const page = `${origin}/demo/two-phones.html`;

/** Runs in the page: acts on the check-in inside its shadow root. */
function act({ action, a, b }) {
  const el = document.querySelector('alliance-check-in');
  const root = el.shadowRoot;
  const find = (name) => [...root.querySelectorAll('button')].find((button) => button.textContent.trim() === name && !button.disabled);
  switch (action) {
    case 'fill': {
      const field = root.querySelector(a);
      if (!field) return false;
      field.value = b;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      return true;
    }
    case 'click': {
      const button = find(a);
      button?.click();
      return !!button;
    }
    case 'rate': {
      const radio = root.querySelector(`input[type=radio][value="${a}"]`);
      radio?.click();
      return !!radio;
    }
    case 'begin': {
      const begin = root.querySelector('form.start button[type=submit]');
      begin?.click();
      return !!begin;
    }
    case 'value':
      return root.querySelector(a)?.value ?? null;
    case 'text':
      return root.textContent.replace(/\s+/g, ' ');
    case 'has':
      return !!root.querySelector(a);
    case 'entries':
      return el.entries.map((e) => ({ id: e.id, date: e.date, responses: e.responses }));
    case 'hash':
      return location.hash;
  }
  return null;
}

/** Waits until `action` in the page gives a truthy answer, and returns it. */
async function until(tab, action, a, b, what, timeout = 20_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const answer = await tab.evaluate(act, { action, a, b });
    if (answer) return answer;
    if (Date.now() > end) throw new Error(`timed out: ${what ?? `${action} ${a ?? ''}`}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** One round trip between two tabs in two contexts. */
async function roundTrip(label, first, second, passphrase) {
  const requests = [];
  for (const tab of [first, second]) tab.on('request', (request) => requests.push(request.url()));
  await first.goto(page);
  await until(first, 'has', '#name-a', undefined, 'the first screen');
  await until(first, 'fill', '#name-a', 'Sam');
  await until(first, 'fill', '#name-b', 'Alex');
  await until(first, 'begin');
  await until(first, 'fill', '#answer-0', 'You made me tea.');
  await until(first, 'fill', '#answer-1', 'Your phone at dinner.');
  await until(first, 'rate', '4');
  await until(first, 'click', 'Done');
  if (passphrase) await until(first, 'fill', '#two-word', passphrase);
  await until(first, 'click', 'Send to Alex');
  const link = await until(first, 'value', '#share-link', undefined, 'the link');
  check(link.startsWith(`${page}#alliance=check-in:check-in:`) && !link.includes('tea'), `${label}: the first phone makes a private link to the same page, its words not readable in it`);

  await second.goto(link);
  if (passphrase) {
    await until(second, 'fill', '#two-passphrase', passphrase, 'the passphrase asked');
    await until(second, 'click', 'Open');
  }
  await until(second, 'click', 'Answer now', undefined, 'the link opened');
  check((await second.evaluate(act, { action: 'hash' })) === '', `${label}: the second phone clears the link from its address`);
  const folded = await second.evaluate(act, { action: 'text' });
  check(!folded.includes('You made me tea.') && folded.includes('Sam’s answers are folded away.'), `${label}: the first partner's answers stay folded until the second has answered`);
  await until(second, 'fill', '#answer-0', 'You listened.');
  await until(second, 'click', 'Done');
  await until(second, 'click', 'Send to Sam', undefined, 'the link back');
  const back = await until(second, 'value', '#share-link', undefined, 'the link back');

  await first.goto(back);
  if (passphrase) {
    await until(first, 'fill', '#two-passphrase', passphrase, 'the passphrase asked on the first phone');
    await until(first, 'click', 'Open');
  }
  await until(first, 'click', 'Save on this phone', undefined, 'both answers on the first phone');
  const [a] = await until(first, 'entries', undefined, undefined, 'the first phone keeps it');
  const [b] = await until(second, 'entries', undefined, undefined, 'the second phone keeps it');
  check(
    a && b && a.id === b.id && a.date === b.date && JSON.stringify(a.responses) === JSON.stringify(b.responses) && a.responses[1].answers[0] === 'You listened.',
    `${label}: both phones' histories hold the same check-in`,
    JSON.stringify({ a, b }),
  );
  const away = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
  // The page's own files were seen (so the listener works), and nothing else.
  check(requests.some((url) => url.startsWith(`${origin}/dist/`)) && away.length === 0, `${label}: no request leaves the page's origin`, away.join(' ') || `${requests.length} requests seen`);
}

const browsers = [];
try {
  // Chromium through Playwright, Firefox through Puppeteer's WebDriver BiDi (Debian's browsers).
  const { chromium } = await import('playwright');
  const chrome = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  browsers.push(chrome);
  for (const passphrase of ['', 'blue heron']) {
    const [one, two] = await Promise.all([chrome.newContext(), chrome.newContext()]);
    await roundTrip(`Chromium${passphrase ? ', with a passphrase' : ''}`, await one.newPage(), await two.newPage(), passphrase);
    await Promise.all([one.close(), two.close()]);
  }
  const puppeteer = await import('puppeteer-core');
  const firefox = await puppeteer.launch({ browser: 'firefox', headless: true, executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr' });
  browsers.push(firefox);
  for (const passphrase of ['', 'blue heron']) {
    const [one, two] = await Promise.all([firefox.createBrowserContext(), firefox.createBrowserContext()]);
    await roundTrip(`Firefox${passphrase ? ', with a passphrase' : ''}`, await one.newPage(), await two.newPage(), passphrase);
    await Promise.all([one.close(), two.close()]);
  }
} catch (error) {
  check(false, 'the two phones play through', error.stack ?? String(error));
} finally {
  for (const browser of browsers) await browser.close().catch(() => {});
  server.close();
}

console.log(`${passed} passed, ${failures.length} failed`);
process.exitCode = failures.length ? 1 : 0;
