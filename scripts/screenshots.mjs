// npm run screenshots: pictures of the library as people see it, into docs/images/. Each
// element (from demo/index.html, where every one is), at a desktop and a phone width, light and
// dark; and the top of each demo page at both widths. Uses the built files (npm run build) and
// the machine's own Chromium; the pages load nothing from elsewhere (checked), and a page that
// logs an error stops the run.
import { createServer } from 'node:http';
import { readFile, mkdir, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, extname, normalize, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs/images');
if (!existsSync(join(root, 'dist/cdn/alliance-elements.js'))) {
  console.error('dist/cdn/ is missing: run `npm run build` first.');
  process.exit(1);
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };
const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^([/\\])+/, '');
  const file = join(root, path);
  if (!file.startsWith(root + sep)) return void response.writeHead(403).end();
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const widths = { desktop: 1100, phone: 390 };
const elements = ['alliance-principle', 'alliance-principles', 'alliance-exercise-timer', 'alliance-check-in', 'alliance-worksheet', 'alliance-offer', 'alliance-practice'];
const pages = (await readdir(join(root, 'demo'))).filter((name) => name.endsWith('.html')).sort();

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
await mkdir(out, { recursive: true });
for (const old of await readdir(out)) if (/^(element|page)-.*\.png$/.test(old)) await rm(join(out, old));

const written = [];
const problems = [];
async function open(path, width, scheme) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) problems.push(`${path}: asked for ${request.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`${path}: ${message.text()}`));
  await page.goto(`${origin}/${path}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => Promise.all([...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('alliance-')).map((el) => el.updateComplete)));
  await page.waitForTimeout(300);
  return { page, context };
}

for (const scheme of ['light', 'dark']) {
  for (const [size, width] of Object.entries(widths)) {
    const { page, context } = await open('demo/index.html', width, scheme);
    for (const tag of elements) {
      const file = `element-${tag.replace('alliance-', '')}-${size}-${scheme}.png`;
      await page.locator(tag).first().screenshot({ path: join(out, file) });
      written.push(file);
    }
    await context.close();
  }
}
for (const name of pages) {
  for (const [size, width] of Object.entries(widths)) {
    const { page, context } = await open(`demo/${name}`, width, 'light');
    const file = `page-${name.replace('.html', '')}-${size}.png`;
    await page.screenshot({ path: join(out, file) });
    written.push(file);
    await context.close();
  }
}
await browser.close();
server.close();

for (const file of written) console.log(`wrote docs/images/${file}`);
if (problems.length) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
