// Loads a page in headless Chromium, reports what each alliance element rendered and any
// error, and saves a screenshot. Usage: node scripts/screenshot.mjs <url> <out.png> [width] [height] [dark]
import { chromium } from 'playwright';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url, out, width = '1100', height = '800', scheme = 'light'] = process.argv.slice(2);
const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'alliance-shot-')), {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: Number(width), height: Number(height) },
  colorScheme: scheme === 'dark' ? 'dark' : 'light',
});
const page = ctx.pages()[0] ?? (await ctx.newPage());
const problems = [];
const requests = [];
page.on('pageerror', (e) => problems.push(`pageerror: ${e}`));
page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`${m.type()}: ${m.text()}`));
page.on('request', (r) => requests.push(r.url()));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(400);
const rendered = await page.evaluate(() =>
  [...document.querySelectorAll('*')]
    .filter((el) => el.localName.startsWith('alliance-') && el.localName !== 'alliance-provider')
    .map((el) => `${el.localName}: ${(el.shadowRoot?.textContent ?? '(no shadow root)').replace(/\s+/g, ' ').trim().slice(0, 120)}`),
);
await page.screenshot({ path: out, fullPage: true });
const origin = new URL(url).origin;
console.log(JSON.stringify({ url, out, rendered, problems, foreignRequests: requests.filter((r) => !r.startsWith(origin)) }, null, 1));
await ctx.close();
