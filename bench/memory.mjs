// Memory benchmark: the heap before, while and after 1,000 elements are mounted and removed,
// after garbage collection each time (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage,
// Memory.getDOMCounters). Two pages: a mix of the eight elements (125 of each), and 1,000
// principle cards. Each mounts and removes its elements three times: memory that a removed
// element leaves behind grows from one round to the next.
import { fileURLToPath } from 'node:url';
import { launchChromium, startServer, prepareAssets, sameOriginOnly, log } from './lib.mjs';

/** A leak: what stays after removal is over 10% of what the elements took, or over 1 MB. */
export function verdict(baseline, peak, after) {
  const kept = after - baseline;
  const took = peak - baseline;
  const reasons = [];
  if (kept > 0.1 * took) reasons.push(`${(kept / 1024).toFixed(0)} KB kept is over 10% of the ${(took / 1024).toFixed(0)} KB the elements took`);
  if (kept > 1024 * 1024) reasons.push(`${(kept / 1048576).toFixed(2)} MB kept is over 1 MB`);
  return { leak: reasons.length > 0, kept, took, reasons };
}

async function measureMix(chrome, origin, mix, { count, rounds }) {
  const foreign = new Set();
  const page = await chrome.context.newPage();
  sameOriginOnly(page, origin, (url) => foreign.add(url));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning' ? errors.push(m.text()) : undefined));
  await page.goto(`${origin}/bench/page.html?impl=ours`);
  await page.waitForFunction(() => window.bench?.ready);
  const cdp = await chrome.context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const collect = async () => {
    await page.evaluate(() => window.bench.settle());
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  };
  const measure = async () => {
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    const js = heap.usedSize;
    const blink = heap.embedderHeapUsedSize ?? 0;
    return { js, blink, total: js + blink, nodes: dom.nodes, listeners: dom.jsEventListeners };
  };
  const mount = async (n) => {
    const rendered = await page.evaluate(([c, m]) => window.bench.mount(c, m), [n, mix]);
    if (rendered !== n) throw new Error(`${mix}: only ${rendered} of ${n} elements rendered`);
  };

  // One of each first: what the first element of a kind sets up once for the page (its
  // templates, style sheets, the English text) is not what a removed element leaves behind.
  await mount(mix === 'principle' ? 1 : 8);
  await page.evaluate(() => window.bench.clear());
  await collect();
  const baseline = await measure();
  const roundsOut = [];
  for (let round = 1; round <= rounds; round++) {
    await mount(count);
    const unsettled = await measure();
    await collect();
    const mounted = await measure();
    await page.evaluate(() => window.bench.clear());
    await collect();
    const after = await measure();
    roundsOut.push({ round, peak: Math.max(unsettled.total, mounted.total), mounted, after });
    log(`memory (${mix}): round ${round}: ${(mounted.total / 1048576).toFixed(2)} MB mounted, ${(after.total / 1048576).toFixed(2)} MB after removal (baseline ${(baseline.total / 1048576).toFixed(2)} MB)`);
  }
  await page.close();
  if (errors.length) throw new Error(`${mix}: the page reported ${errors.join('; ')}`);
  if (foreign.size) throw new Error(`a page fetched from outside the bench server: ${[...foreign].join(', ')}`);
  const last = roundsOut.at(-1);
  return {
    mix,
    count,
    baseline,
    rounds: roundsOut,
    verdict: verdict(baseline.total, last.mounted.total, last.after.total),
    nodesKept: last.after.nodes - baseline.nodes,
    listenersKept: last.after.listeners - baseline.listeners,
  };
}

export async function memoryBench({ count = 1000, rounds = 3 } = {}) {
  const assets = await prepareAssets();
  const server = await startServer({ '/.bench/': assets.dir });
  const chrome = await launchChromium();
  try {
    const results = [];
    for (const mix of ['mix', 'principle']) results.push(await measureMix(chrome, server.origin, mix, { count, rounds }));
    return { chromium: chrome.version, results };
  } finally {
    await chrome.close();
    await server.close();
    await assets.remove();
  }
}

// node bench/memory.mjs: the memory part alone, printed.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await memoryBench();
  console.log(JSON.stringify(result, null, 2));
}
