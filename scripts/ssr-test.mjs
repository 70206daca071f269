// Server rendering, as a static site or a Node server does it: every element rendered by Lit's
// own SSR (`@lit-labs/ssr`) in plain Node, with no DOM shim installed; the HTML read in Chromium
// with JavaScript off (each element's words are there, in declarative shadow DOM); then, with
// JavaScript on, hydrated by `@lit-labs/ssr-client`: the server's DOM kept (no second render
// over it), no console error or warning, and the elements working. Then the Eleventy example
// (examples/eleventy) is built and read the same two ways.
// Needs `npm run build` first. Ends with one line: "N passed, N failed".
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const failures = [];
let passed = 0;
const ok = (message) => {
  passed++;
  console.log(`ok   ${message}`);
};
const fail = (message) => {
  failures.push(message);
  console.error(`FAIL ${message}`);
};
const check = (condition, message, detail = '') => (condition ? ok(message) : fail(detail ? `${message}: ${detail}` : message));

if (!existsSync(join(root, 'dist/define.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// 1. Rendered in Node, no shim: nothing installs a window or a document.
const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
await import(join(root, 'dist/define.js'));
const { en } = await import(join(root, 'dist/content/en.js'));
const { es } = await import(join(root, 'dist/content/es.js'));
// A server that renders Spanish loads it first, as the README says.
await (await import(join(root, 'dist/index.js'))).loadLocale('es');
check(typeof globalThis.window === 'undefined' && typeof globalThis.document === 'undefined', 'the elements load in Node with no DOM shim (no window, no document)');

const hugging = en.exercises.items[0];
/** Each element, and words a reader must find in it before any script runs. */
const cases = [
  { tag: 'alliance-principle', words: [en.principles.items[4].title, en.principles.items[4].question] },
  { tag: 'alliance-principles', words: [en.principles.items[0].title] },
  { tag: 'alliance-exercise-timer', words: [hugging.title, hugging.summary, '10:00'] },
  { tag: 'alliance-check-in', words: [en.checkIn.title] },
  { tag: 'alliance-worksheet', words: [en.worksheet.title] },
  { tag: 'alliance-offer', words: [en.offer.title, en.offer.ways[0].title] },
  { tag: 'alliance-practice', words: [en.practices.title] },
  { tag: 'alliance-provider', words: ['Inside the provider'] },
];
const page = html`
  <main>
    <alliance-principle number="5"></alliance-principle>
    <alliance-principles></alliance-principles>
    <alliance-exercise-timer exercise="hugging-till-relaxed"></alliance-exercise-timer>
    <alliance-check-in storage="none"></alliance-check-in>
    <alliance-check-in id="two" mode="two-devices" history storage-key="ssr-two"></alliance-check-in>
    <alliance-worksheet></alliance-worksheet>
    <alliance-offer></alliance-offer>
    <alliance-practice></alliance-practice>
    <alliance-provider partner-a="Sam" partner-b="Alex"><p>Inside the provider</p><alliance-check-in id="named" storage="none"></alliance-check-in></alliance-provider>
    <section lang="es"><alliance-principle number="1" id="inherits-spanish"></alliance-principle></section>
    <alliance-principle number="2" lang="es" id="own-spanish"></alliance-principle>
  </main>
`;
let body = '';
try {
  body = await collectResult(render(page));
  ok('Lit SSR renders all eight elements in Node');
} catch (error) {
  fail(`Lit SSR threw: ${error.stack ?? error}`);
}
for (const { tag } of cases.slice(0, 7)) {
  const start = body.indexOf(`<${tag}`);
  const found = start >= 0 ? body.slice(start).search(/<template [^>]*shadowrootmode="open"/) : -1;
  const template = found >= 0 ? start + found : -1;
  check(template > start && template < body.indexOf(`</${tag}>`, start), `<${tag}> is rendered with its shadow root (declarative shadow DOM)`);
}
check(typeof globalThis.window === 'undefined', 'rendering installed no window either');

// 2. The page and its hydration script: Lit's hydration support first, then the elements.
const out = join(root, '.check/ssr');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>Server-rendered alliance elements</title></head>
  <body>${body}</body>
</html>
`,
);
writeFileSync(join(out, 'client.js'), `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport '${join(root, 'dist/define.js')}';\n`);
const { rollup } = await import('rollup');
const { nodeResolve } = await import('@rollup/plugin-node-resolve');
const bundle = await rollup({ input: join(out, 'client.js'), plugins: [nodeResolve()], onwarn: (w, warn) => (w.code === 'THIS_IS_UNDEFINED' ? undefined : warn(w)) });
await bundle.write({ dir: out, entryFileNames: 'hydrate.js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es' });
await bundle.close();

// 3. The Eleventy example, built as a blog would build it.
try {
  execFileSync(process.execPath, [join(root, 'examples/eleventy/build.mjs')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  ok('the Eleventy example builds (examples/eleventy, with @lit-labs/eleventy-plugin-lit)');
} catch (error) {
  fail(`the Eleventy example does not build:\n${error.stdout}${error.stderr}`);
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
const serve = (dir) =>
  new Promise((resolvePort) => {
    const server = createServer((request, response) => {
      const path = join(dir, decodeURIComponent(new URL(request.url, 'http://x').pathname).replace(/\/$/, '/index.html'));
      if (!path.startsWith(dir) || !existsSync(path)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
    });
    server.listen(0, '127.0.0.1', () => resolvePort(server));
  });

const { chromium } = await import('playwright');
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
const servers = [];
try {
  const ssr = await serve(out);
  const blog = await serve(join(root, 'examples/eleventy/_site'));
  servers.push(ssr, blog);
  const ssrUrl = `http://127.0.0.1:${ssr.address().port}/`;
  const blogUrl = `http://127.0.0.1:${blog.address().port}/`;

  // 4. JavaScript off: the words are in the page.
  const off = await browser.newContext({ javaScriptEnabled: false });
  const offPage = await off.newPage();
  await offPage.goto(ssrUrl);
  for (const { tag, words } of cases) {
    const missing = [];
    for (const w of words) if ((await offPage.locator(tag).getByText(w, { exact: false }).count()) === 0) missing.push(w);
    check(missing.length === 0, `JavaScript off: <${tag}> shows its words`, `missing ${missing.join(' | ')}`);
  }
  check((await offPage.locator('#own-spanish').getByText(es.principles.items[1].title).count()) > 0, 'JavaScript off: a card with lang="es" was rendered in Spanish on the server');
  check((await offPage.locator('#two').getByText(en.ui.checkIn.startHeading).count()) > 0, 'JavaScript off: a check-in on two phones (with its history asked for) shows its first screen');
  await offPage.goto(blogUrl);
  const blogWords = [en.principles.items[4].title, hugging.title, hugging.levels[0][0].text];
  const blogMissing = [];
  for (const w of blogWords) if ((await offPage.getByText(w, { exact: false }).count()) === 0) blogMissing.push(w);
  check(blogMissing.length === 0, 'JavaScript off: the Eleventy page shows the principle card and the timer’s text', `missing ${blogMissing.join(' | ')}`);
  await off.close();

  // 5. JavaScript on: hydrated over the server's DOM, without a console error or warning.
  const on = await browser.newContext();
  const onPage = await on.newPage();
  const messages = [];
  onPage.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && messages.push(`${m.type()}: ${m.text()}`));
  onPage.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await onPage.goto(ssrUrl);
  // Mark every server-rendered node before the script runs: a second render would replace them.
  const marked = await onPage.evaluate(() => {
    let count = 0;
    for (const el of document.querySelectorAll('main *')) {
      if (!el.localName.startsWith('alliance-') || !el.shadowRoot) continue;
      for (const node of el.shadowRoot.querySelectorAll('*')) node.serverRendered = true;
      count++;
    }
    return count;
  });
  await onPage.addScriptTag({ type: 'module', url: 'hydrate.js' });
  await onPage.waitForFunction(() => [...document.querySelectorAll('main *')].filter((el) => el.localName.startsWith('alliance-')).every((el) => customElements.get(el.localName) && el.hasUpdated));
  await onPage.evaluate(() => Promise.all([...document.querySelectorAll('main *')].filter((el) => el.updateComplete).map((el) => el.updateComplete)));
  const kept = await onPage.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((el) => el.localName.startsWith('alliance-') && el.shadowRoot && el.localName !== 'alliance-provider')
      .map((el) => {
        const first = el.shadowRoot.querySelector('article, section, div');
        return { tag: el.localName, kept: Boolean(first?.serverRendered) };
      }),
  );
  check(marked >= 9 && kept.every((k) => k.kept), 'JavaScript on: every element hydrates over the server’s DOM, not a second render over it', JSON.stringify(kept.filter((k) => !k.kept)));
  // The page's language reaches an element that did not say its own, once hydrated.
  await onPage.waitForFunction(() => document.querySelector('#inherits-spanish')?.shadowRoot?.textContent.includes('Principio 1'), null, { timeout: 5000 }).catch(() => {});
  check(await onPage.evaluate(() => document.querySelector('#inherits-spanish').shadowRoot.textContent.includes('Principio 1')), 'after hydrating, a card in a Spanish section turns Spanish (the server wrote English)');
  // The provider's names reach a check-in the server rendered without them: it stops asking.
  await onPage.waitForFunction(() => !document.querySelector('#named').shadowRoot.querySelector('fieldset.names'), null, { timeout: 5000 }).catch(() => {});
  check(await onPage.evaluate(() => !document.querySelector('#named').shadowRoot.querySelector('fieldset.names')), 'after hydrating, a check-in inside a provider with names stops asking for them (the server asked)');
  // The elements work: the deck turns, the timer starts.
  const deck = onPage.locator('alliance-principles');
  await deck.getByRole('button', { name: en.ui.deck?.next ?? 'Next principle' }).click().catch(() => deck.locator('button').last().click());
  check(await deck.getByText(en.principles.items[1].title).count() > 0, 'after hydrating, the deck’s next button shows principle 2');
  const timer = onPage.locator('alliance-exercise-timer');
  await timer.locator('button.primary').click();
  check(await timer.evaluate((el) => el.state === 'running' && el.matches(':state(running)')), 'after hydrating, the timer starts');
  check(messages.length === 0, 'hydration logs no console error or warning', messages.join('\n'));

  // 6. The Eleventy page works once its script loads.
  const blogPage = await on.newPage();
  const blogMessages = [];
  blogPage.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && blogMessages.push(`${m.type()}: ${m.text()}`));
  blogPage.on('pageerror', (e) => blogMessages.push(`pageerror: ${e.message}`));
  await blogPage.goto(blogUrl);
  await blogPage.waitForFunction(() => document.querySelector('alliance-exercise-timer')?.hasUpdated);
  const blogTimer = blogPage.locator('alliance-exercise-timer');
  await blogTimer.locator('button.primary').click();
  check(await blogTimer.evaluate((el) => el.state === 'running'), 'the Eleventy page’s timer starts once its script loads');
  check(blogMessages.length === 0, 'the Eleventy page logs no console error or warning', blogMessages.join('\n'));
  await on.close();
} catch (error) {
  fail(`browser checks: ${error.stack ?? error}`);
} finally {
  await browser.close();
  for (const server of servers) server.close();
}

console.log(`${passed} passed, ${failures.length} failed`);
process.exitCode = failures.length ? 1 : 0;
