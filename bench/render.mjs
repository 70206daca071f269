// Render benchmark: how long it takes to upgrade and first-render N <alliance-principle> cards,
// beside the same DOM and CSS in a minimal hand-written Lit element (the floor) and the same
// text in Shoelace's <sl-card>, with and without 4× CPU throttling.
//
// Cold runs: every sample is a fresh page that loads one implementation only. Warm runs: one page
// per implementation renders, removes and renders again. Either way the three take turns in a
// rotating order, so that a busy moment on the machine falls on each in turn; the first
// `warmup` samples of each are left out, and the tables give medians.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchChromium, startServer, prepareAssets, sameOriginOnly, median, quantile, log } from './lib.mjs';

export const implementations = ['ours', 'floor', 'shoelace'];

const rotate = (list, by) => list.map((_, i) => list[(i + by) % list.length]);

async function openBenchPage(chrome, origin, impl, rate, foreign) {
  const page = await chrome.context.newPage();
  sameOriginOnly(page, origin, (url) => foreign.add(url));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning' ? errors.push(m.text()) : undefined));
  const cdp = await chrome.context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(`${origin}/bench/page.html?impl=${impl}`);
  await page.waitForFunction(() => window.bench?.ready);
  await page.evaluate(() => window.bench.settle());
  return { page, cdp, errors };
}

/**
 * Runs the render benchmark. `cold`: every run a fresh page, as when a page shows its cards on
 * load (100 cards get twice the runs: they are quick, and noisier). `warm`: one page per
 * implementation that renders the cards, removes them and renders them again, which leaves out
 * what a page does once (compiling, first styles, fonts) and is steadier on a busy machine.
 * Returns every sample and, per mode, throttling and count, the median time of each
 * implementation and its ratios.
 */
export async function renderBench({ runs = 15, warmup = 3, counts = [100, 1000], rates = [1, 4], profile, profileCount = 100 } = {}) {
  const assets = await prepareAssets({ peers: true });
  const server = await startServer({ '/.bench/': assets.dir });
  const chrome = await launchChromium();
  const foreign = new Set();
  const samples = new Map();
  const key = (mode, rate, n, impl) => `${mode}/${rate}/${n}/${impl}`;
  const keep = (k, sample) => {
    if (!samples.has(k)) samples.set(k, []);
    samples.get(k).push(sample);
  };
  const check = (impl, n, ok, errors) => {
    if (ok !== n) throw new Error(`${impl}: only ${ok} of ${n} cards rendered`);
    if (errors.length) throw new Error(`${impl}: the page reported ${errors.join('; ')}`);
  };
  const coldRuns = (n) => (n <= 100 ? 2 * runs : runs);
  try {
    for (const rate of rates) {
      for (const n of counts) {
        log(`render: ${n} cards, CPU ${rate}×, ${coldRuns(n)} fresh pages and ${runs} warm runs of each`);
        for (let r = 0; r < coldRuns(n); r++) {
          for (const impl of rotate(implementations, r)) {
            const { page, cdp, errors } = await openBenchPage(chrome, server.origin, impl, rate, foreign);
            const { ms, ok, layout } = await page.evaluate((count) => window.bench.render(count), n);
            await cdp.detach().catch(() => {});
            await page.close();
            check(impl, n, ok, errors);
            if (r >= warmup) keep(key('cold', rate, n, impl), { ms, layout });
          }
        }
        const open = {};
        for (const impl of implementations) open[impl] = await openBenchPage(chrome, server.origin, impl, rate, foreign);
        for (let r = 0; r < runs; r++) {
          for (const impl of rotate(implementations, r)) {
            const { page, errors } = open[impl];
            await page.bringToFront();
            await page.evaluate(() => {
              window.bench.clear();
              return window.bench.settle();
            });
            const { ms, ok, layout } = await page.evaluate((count) => window.bench.render(count), n);
            check(impl, n, ok, errors);
            if (r >= warmup) keep(key('warm', rate, n, impl), { ms, layout });
          }
        }
        for (const { page, cdp } of Object.values(open)) {
          await cdp.detach().catch(() => {});
          await page.close();
        }
      }
    }
    if (profile) await profileOurs(chrome, server.origin, foreign, profile, profileCount);
  } finally {
    await chrome.close();
    await server.close();
    await assets.remove();
  }
  if (foreign.size) throw new Error(`a page fetched from outside the bench server: ${[...foreign].join(', ')}`);

  const results = [];
  for (const mode of ['cold', 'warm']) {
    for (const rate of rates) {
      for (const n of counts) {
        const row = { mode, rate, n, runs: (mode === 'cold' ? coldRuns(n) : runs) - warmup };
        for (const impl of implementations) {
          const runsOf = samples.get(key(mode, rate, n, impl)) ?? [];
          const values = runsOf.map((s) => s.ms);
          row[impl] = {
            median: median(values),
            p25: quantile(values, 0.25),
            p75: quantile(values, 0.75),
            // The part spent in style and layout once every element had rendered.
            layoutShare: median(runsOf.map((s) => s.layout / s.ms)),
            samples: values.map((v) => Math.round(v * 10) / 10),
          };
        }
        row.oursToFloor = row.ours.median / row.floor.median;
        row.shoelaceToFloor = row.shoelace.median / row.floor.median;
        row.oursToShoelace = row.ours.median / row.shoelace.median;
        results.push(row);
      }
    }
  }
  return { chromium: chrome.version, runs, warmup, results };
}

/**
 * A CPU profile of <alliance-principle> and of the floor rendering `count` cards, written to `file`, and the
 * functions with the most self time printed: where the time goes when a target is missed.
 */
async function profileOurs(chrome, origin, foreign, file, count) {
  for (const impl of ['ours', 'floor']) {
    const { page, cdp } = await openBenchPage(chrome, origin, impl, 1, foreign);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.evaluate((n) => window.bench.render(n), count);
    const { profile } = await cdp.send('Profiler.stop');
    await page.close();
    const out = file.replace(/(\.cpuprofile)?$/, `-${impl}.cpuprofile`);
    await writeFile(out, JSON.stringify(profile));
    // Self time per function, from the samples.
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const self = new Map();
    const deltas = profile.timeDeltas;
    profile.samples.forEach((id, i) => {
      const { callFrame } = byId.get(id);
      const name = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.split('/').pop()}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}`;
      self.set(name, (self.get(name) ?? 0) + (deltas[i] ?? 0) / 1000);
    });
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 15);
    console.log(`\n${impl}: ${count} cards, top self time (profile in ${out})`);
    for (const [name, t] of top) console.log(`${t.toFixed(1).padStart(8)} ms  ${name}`);
  }
}

// node bench/render.mjs [--runs N] [--profile FILE]: the render part alone, printed.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const result = await renderBench({ runs: Number(arg('runs') ?? 15), warmup: Number(arg('warmup') ?? 3), profile: arg('profile'), profileCount: Number(arg('profile-count') ?? 100) });
  for (const r of result.results) {
    console.log(
      `${r.mode} ${String(r.n).padStart(5)} cards, CPU ${r.rate}×: ours ${r.ours.median.toFixed(1)} ms, floor ${r.floor.median.toFixed(1)} ms, ` +
        `shoelace ${r.shoelace.median.toFixed(1)} ms; ours/floor ${r.oursToFloor.toFixed(2)}, shoelace/floor ${r.shoelaceToFloor.toFixed(2)}`,
    );
  }
}
