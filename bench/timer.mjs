// npm run bench [-- --minutes 7] [-- --grace-seconds 30] [-- --hidden-after-deadline 30] [-- --naive-wait SECONDS]
//
// Runs <alliance-exercise-timer> and a naive setInterval timer that counts ticks, side by
// side on one page in headless Chromium, both set to the same length (7 minutes unless
// --minutes says otherwise). Right after the start a second tab comes to the front, so the
// timers' tab is really hidden (document.visibilityState is checked) for the whole run and
// 30 s past it: more than 6 minutes by default, past the 5 minutes after which Chromium's
// intensive throttling wakes chained timers only once a minute. Then the tab is shown again
// so that the naive timer can finish, and a table tells how late each one completed
// against the wall-clock deadline.
//
// This is a benchmark, not a test: it takes the timer's length plus a few minutes, and its
// numbers are for the README. It needs `npm run build` first (it loads dist/cdn/).
//
// Why Chromium is started here and not by playwright.launch(): Playwright turns on focus
// emulation in every page it opens, which keeps a page "visible" whatever tab is in front,
// and its default switches turn background throttling off. Connecting over CDP with
// `noDefaults` leaves the browser as a person's would be.
import { createServer } from 'node:http';
import { readFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, extname, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? Number(process.argv[i + 1]) : fallback;
};
const minutes = arg('minutes', 7);
const graceSeconds = arg('grace-seconds', undefined);
const afterDeadlineMs = arg('hidden-after-deadline', 30) * 1000;
// How long to wait for the naive timer once visible again; by default, as long as it still has to count.
const naiveWaitArg = arg('naive-wait', undefined);
if (!(minutes > 0)) throw new Error('--minutes must be a positive number');

const log = (...args) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...args);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const fmt = (ms) => (ms === undefined ? 'did not finish' : `${ms >= 0 ? '+' : ''}${Math.round(ms).toLocaleString('en-US')} ms`);
const mmss = (ms) => `${Math.floor(ms / 60000)} min ${String(Math.round((ms % 60000) / 1000)).padStart(2, '0')} s`;

try {
  await stat(join(root, 'dist/cdn/alliance-elements.js'));
} catch {
  console.error('dist/cdn/alliance-elements.js is missing: run `npm run build` first.');
  process.exit(1);
}

// A tiny static server for the repository, on the loopback address only.
const types = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json', '.json': 'application/json', '.css': 'text/css' };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(root, path));
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

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
  // Only to try the benchmark quickly: Chromium's grace period before intensive throttling.
  ...(graceSeconds === undefined ? [] : [`--enable-features=IntensiveWakeUpThrottling:grace_period_seconds/${graceSeconds}`]),
  'about:blank',
];
const chrome = spawn(process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
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

let browser;
try {
  browser = await chromium.connectOverCDP(endpoint, { noDefaults: true });
  const context = browser.contexts()[0];
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => log('page error:', e.message));
  await page.goto(`${origin}/bench/timer-page.html?minutes=${minutes}`);
  await page.waitForFunction(() => window.bench?.ready && customElements.get('alliance-exercise-timer'));
  const version = browser.version();

  // A real click: the person's press that lets the timer make sound.
  await page.locator('alliance-exercise-timer button.primary').click();
  await page.waitForFunction(() => window.bench.ours.start && window.bench.naive.start);
  const { ours, naive } = await page.evaluate(() => ({ ours: window.bench.ours.start, naive: window.bench.naive.start }));
  const plannedMs = minutes * 60_000;
  const deadlines = { ours: ours + plannedMs, naive: naive + plannedMs };

  // Another tab to the front: the timers' tab is hidden now.
  const front = await context.newPage();
  await front.goto('about:blank');
  await sleep(500);
  const hidden = await page.evaluate(() => document.visibilityState);
  if (hidden !== 'hidden') throw new Error(`the timers' tab should be hidden, but document.visibilityState is "${hidden}"`);
  log(`Chromium ${version}: both timers started for ${minutes} min; the tab is hidden. Waiting ${mmss(plannedMs + afterDeadlineMs)}.`);

  // Look at what each timer shows at the deadline (evaluating does not wake the page's timers).
  await sleep(Math.max(0, deadlines.ours + 1_000 - Date.now()));
  const atDeadline = await page.evaluate(() => window.bench.read());
  log(`1 s after the deadline, hidden: ours shows ${atDeadline.ours} (${atDeadline.oursState}), the naive one ${atDeadline.naive}`);
  await sleep(Math.max(0, deadlines.ours + afterDeadlineMs - Date.now()));

  // Show the tab again: the naive timer needs it to finish; ours should be right at once.
  const shownAt = Date.now();
  await page.bringToFront();
  const onShow = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const read = () => requestAnimationFrame(() => resolve({ ...window.bench.read(), state: document.visibilityState }));
        if (document.visibilityState === 'visible') read();
        else document.addEventListener('visibilitychange', read, { once: true });
      }),
  );
  const [m, sec] = String(onShow.naive).split(':').map(Number);
  const naiveWaitMs = naiveWaitArg !== undefined ? naiveWaitArg * 1000 : ((m || 0) * 60 + (sec || 0)) * 1000 + 30_000;
  log(`shown again: ours shows ${onShow.ours}, the naive one ${onShow.naive}; waiting up to ${Math.round(naiveWaitMs / 1000)} s for the naive one to finish`);
  await page.waitForFunction(() => window.bench.naive.complete, null, { timeout: naiveWaitMs }).catch(() => {});
  const b = await page.evaluate(() => window.bench);

  const hiddenMs = shownAt - (b.visibility.find(([, s]) => s === 'hidden')?.[0] ?? shownAt);
  const hiddenTicks = b.naive.ticks.filter((t) => t < shownAt);
  let longestGap = 0;
  for (let i = 1; i < hiddenTicks.length; i++) longestGap = Math.max(longestGap, hiddenTicks[i] - hiddenTicks[i - 1]);
  const countedWhileHidden = hiddenTicks.length;
  const endBell = b.bells.at(-1);
  const bellDueWall = endBell ? endBell.scheduledAtWall + (endBell.when - endBell.scheduledAtAudio) * 1000 : undefined;
  const audioDrift =
    b.audio !== undefined && b.ours.audioAtComplete && endBell
      ? (b.ours.audioAtComplete.audio - endBell.scheduledAtAudio) * 1000 - (b.ours.audioAtComplete.wall - endBell.scheduledAtWall)
      : undefined;

  const rows = [
    ['Timer', 'Completed vs deadline', 'Page when it completed', 'Shown 1 s after deadline', 'Shown when visible again'],
    [
      '<alliance-exercise-timer>',
      fmt(b.ours.complete === undefined ? undefined : b.ours.complete - deadlines.ours),
      b.ours.visibility ?? '-',
      atDeadline.ours,
      onShow.ours,
    ],
    [
      'naive setInterval',
      fmt(b.naive.complete === undefined ? undefined : b.naive.complete - deadlines.naive),
      b.naive.visibility ?? '-',
      atDeadline.naive,
      onShow.naive,
    ],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const line = (r) => `| ${r.map((cell, c) => String(cell).padEnd(widths[c])).join(' | ')} |`;
  console.log();
  console.log(`Exercise timer benchmark: ${minutes} min, Chromium ${version} headless, tab hidden for ${mmss(hiddenMs)}`);
  console.log();
  console.log(line(rows[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows.slice(1)) console.log(line(r));
  console.log();
  console.log(`- End bell, on the Web Audio clock: due ${fmt(bellDueWall === undefined ? undefined : bellDueWall - deadlines.ours)} from the deadline` +
    (audioDrift === undefined ? '' : ` (audio clock vs wall clock over the run: ${fmt(audioDrift)})`) +
    (b.audio ? '' : ' (no AudioContext in this browser)'));
  console.log(`- Naive timer while hidden: ${countedWhileHidden} ticks counted for ${Math.round(hiddenMs / 1000)} s; longest gap between ticks ${(longestGap / 1000).toFixed(1)} s` +
    (longestGap > 30_000 ? ' (intensive throttling applied)' : ' (intensive throttling did not apply)'));
  if (b.ours.firstStep !== undefined) log(`first step event ${b.ours.firstStep - b.ours.start} ms after the start event`);
  if (graceSeconds !== undefined) console.log(`- Intensive-throttling grace period shortened to ${graceSeconds} s for this run.`);
} finally {
  await browser?.close().catch(() => {});
  chrome.kill();
  server.close();
  await rm(profile, { recursive: true, force: true }).catch(() => {});
}
