// What every benchmark part shares: a static server, a Chromium of the machine's own driven over
// CDP, a few statistics and Markdown tables.
import { createServer } from 'node:http';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, extname, normalize, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const log = (...args) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...args);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.map': 'application/json',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/**
 * A tiny static server on the loopback address: the repository at `/`, and each of `mounts`
 * (`{ '/.bench/': '/tmp/dir' }`) at its prefix. Nothing outside those folders is served.
 */
export async function startServer(mounts = {}) {
  const roots = [...Object.entries(mounts), ['/', root]];
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const [prefix, dir] = roots.find(([p]) => pathname.startsWith(p));
    const file = normalize(join(dir, pathname.slice(prefix.length)));
    if (file !== dir && !file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/**
 * Starts the machine's Chromium (never a downloaded one) and connects Playwright over CDP.
 *
 * Why not playwright.launch(): Playwright turns on focus emulation in every page it opens, which
 * keeps a page "visible" whatever tab is in front, and its default switches turn background
 * throttling off. Connecting over CDP with `noDefaults` leaves the browser as a person's would be.
 */
export async function launchChromium({ args = [] } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'alliance-bench-'));
  const chromeArgs = [
    '--headless',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...args,
    'about:blank',
  ];
  const chrome = spawn(process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
  let browser;
  try {
    const endpoint = await new Promise((resolve, reject) => {
      let text = '';
      const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${text}`)), 30_000);
      chrome.stderr.on('data', (chunk) => {
        text += chunk;
        const match = text.match(/DevTools listening on (ws:\S+)/);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      chrome.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${text}`)));
    });
    browser = await chromium.connectOverCDP(endpoint, { noDefaults: true });
  } catch (error) {
    chrome.kill();
    await rm(profile, { recursive: true, force: true }).catch(() => {});
    throw error;
  }
  const context = browser.contexts()[0];
  return {
    browser,
    context,
    version: browser.version(),
    async close() {
      await browser.close().catch(() => {});
      chrome.kill();
      await new Promise((r) => (chrome.exitCode === null ? chrome.once('exit', r) : r()));
      // Its helper processes may still be writing to the profile for a moment.
      await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => {});
    },
  };
}

/** Fails on any request that leaves the bench server: a peer must not fetch icons or fonts from elsewhere. */
export function sameOriginOnly(page, origin, onForeign) {
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && url !== 'about:blank') onForeign(url);
  });
}

export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}
export const median = (values) => quantile(values, 0.5);

/** A Markdown table; `align` is a string of `l` and `r`, one per column. */
export function table(rows, align = '') {
  const [head, ...body] = rows;
  const sepRow = head.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [head, sepRow, ...body].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

export const ms = (value, digits = 1) => `${value.toFixed(digits)} ms`;
export const signedMs = (value) =>
  value === undefined || value === null ? 'did not finish' : `${value >= 0 ? '+' : '−'}${Math.abs(Math.round(value)).toLocaleString('en-US')} ms`;
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const ratio = (value) => `${value.toFixed(2)}×`;

/**
 * What the bench page loads, in a temporary folder served at /.bench/: a snapshot of dist/cdn
 * (a rebuild during a run does not change what is measured) and, with `peers`, the floor and
 * the Shoelace card bundled with the production build of the same Lit. Returns the folder and
 * a function that removes it.
 */
export async function prepareAssets({ peers = false } = {}) {
  const { cp, stat } = await import('node:fs/promises');
  try {
    await stat(join(root, 'dist/cdn/alliance-elements.js'));
    await stat(join(root, 'build/content/en.js'));
  } catch {
    throw new Error('dist/cdn/ or build/ is missing: run `npm run build` first.');
  }
  const dir = await mkdtemp(join(tmpdir(), 'alliance-bench-assets-'));
  await cp(join(root, 'dist/cdn'), join(dir, 'cdn'), { recursive: true });
  if (peers) {
    const { rollup } = await import('rollup');
    const { nodeResolve } = await import('@rollup/plugin-node-resolve');
    const { default: terser } = await import('@rollup/plugin-terser');
    const { default: minifyHTML } = await import('@lit-labs/rollup-plugin-minify-html-literals');
    const terserOpts = { ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } };
    const build = async (name, input, plugins) => {
      const bundle = await rollup({
        input,
        plugins: [nodeResolve({ exportConditions: ['production'] }), ...plugins, terser(terserOpts)],
        onwarn: (w, warn) => (w.code === 'THIS_IS_UNDEFINED' ? undefined : warn(w)),
      });
      await bundle.write({ file: join(dir, `${name}.js`), format: 'es', inlineDynamicImports: true });
      await bundle.close();
    };
    // The floor's templates are minified like the CDN build's; Shoelace's code is left as it ships.
    await build('floor', join(root, 'bench/minimal-card.js'), [minifyHTML()]);
    await build('shoelace', join(root, 'bench/shoelace-card.js'), []);
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
