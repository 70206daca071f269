// npm run bench [-- size|render|memory|timer ...] [-- --quick] [-- --runs 15] [timer options]
//
// Runs the benchmark parts (all four by default, in the order size, render, memory, timer) and
// writes docs/benchmarks.md from bench/report.md, the template that holds the method and what
// we found. The numbers of every part are kept in docs/benchmarks.json, so that running one part
// refreshes its section and leaves the others as they were last measured.
//
// --quick: a 1-minute hidden timer run (see bench/timer.mjs) and 8 render runs instead of 15,
// for development; the report says so. --report: no measuring, only docs/benchmarks.md written
// again from docs/benchmarks.json and the template. Needs `npm run build` first.
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem, release, platform } from 'node:os';
import { join } from 'node:path';
import { root, log, table, ms, kb, ratio, signedMs } from './lib.mjs';
import { sizeReport } from '../scripts/size-report.mjs';
import { renderBench } from './render.mjs';
import { memoryBench } from './memory.mjs';
import { timerBench, timerOptions, timerMarkdown } from './timer.mjs';

const allParts = ['size', 'render', 'memory', 'timer'];
const valued = new Set(['--runs', '--warmup', '--minutes', '--visible-minutes', '--grace-seconds', '--hidden-after-deadline', '--naive-wait', '--profile']);
const argv = process.argv.slice(2);
const positional = argv.filter((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1]));
const unknown = positional.filter((p) => !allParts.includes(p));
if (unknown.length) {
  console.error(`Unknown part ${unknown.join(', ')}: choose from ${allParts.join(', ')}.`);
  process.exit(2);
}
const parts = positional.length ? allParts.filter((p) => positional.includes(p)) : allParts;
const quick = argv.includes('--quick');
const option = (name) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};

const jsonFile = join(root, 'docs/benchmarks.json');
const mdFile = join(root, 'docs/benchmarks.md');
const templateFile = join(root, 'bench/report.md');
const budgetFile = join(root, 'size-budget.json');

function machine(chromium) {
  const cpu = cpus();
  return {
    cpu: `${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${cpu.length}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GB`,
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium,
    load: loadavg()[0].toFixed(2),
  };
}
const machineLine = (m) => `${m.cpu}, ${m.memory} RAM, ${m.os}, Node ${m.node}${m.chromium ? `, Chromium ${m.chromium} headless` : ''}`;

const results = existsSync(jsonFile) ? JSON.parse(await readFile(jsonFile, 'utf8')) : { parts: {} };

async function runPart(part) {
  const started = new Date();
  const load = loadavg()[0].toFixed(2);
  log(`${part}: starting`);
  let data;
  let chromium;
  if (part === 'size') {
    data = await sizeReport();
  } else if (part === 'render') {
    const runs = Number(option('runs') ?? (quick ? 8 : 15));
    data = await renderBench({ runs, warmup: Number(option('warmup') ?? 3), profile: option('profile') });
    chromium = data.chromium;
  } else if (part === 'memory') {
    data = await memoryBench();
    chromium = data.chromium;
  } else {
    data = await timerBench(timerOptions(argv));
    chromium = data.chromium;
  }
  const m = machine(chromium);
  m.load = load;
  results.parts[part] = { measuredAt: started.toISOString(), minutes: (Date.now() - started) / 60000, quick, machine: m, data };
  log(`${part}: done in ${results.parts[part].minutes.toFixed(1)} min`);
}

// ---- The report's sections ----

const when = (p) => `Measured ${p.measuredAt.slice(0, 16).replace('T', ' ')} UTC in ${p.minutes.toFixed(1)} min (load average ${p.machine.load} at the start)${p.quick ? ', with `--quick`' : ''}.`;
const notYet = (part) => `Not measured yet: \`npm run bench -- ${part}\`.`;

/** `budgets`: size-budget.json as it is now, `{ entries: { "x.js": { budget, target } } }`. */
function sizeSection(p, budgets) {
  if (!p) return notYet('size');
  const { bundle, elements, others = [], lit, locales, floor } = p.data;
  const limits = (file) => budgets?.entries?.[file] ?? {};
  const verdict = (gz, limit, word) => (limit === undefined ? '' : `${kb(limit)}${gz > limit ? ` (${word})` : ''}`);
  const rows = [['Entry', 'Chunks it loads', 'Min', 'Gzip', 'Gzip over Lit', 'Budget', 'Target']];
  const entryRow = (e, label, overLit) => {
    const { budget, target } = limits(e.file);
    return [label, String(e.files.length - 1), kb(e.min), kb(e.gzip), overLit, verdict(e.gzip, budget, '**over**'), verdict(e.gzip, target, 'not yet')];
  };
  rows.push(entryRow(bundle, '`alliance-elements.js` (all-in-one)', `${kb(bundle.gzip - (floor?.gzip ?? 0))} ¹`));
  for (const e of [...elements, ...others]) rows.push(entryRow(e, `\`${e.file}\``, kb(e.overLit.gzip)));
  if (lit) rows.push([`\`${lit.file}\` (shared Lit chunk)`, '', kb(lit.min), kb(lit.gzip), '', '', '']);
  if (floor) rows.push([`Lit ${floor.version} alone (the floor)`, '', kb(floor.min), kb(floor.gzip), '', '', '']);
  for (const l of locales) rows.push([`\`${l.file}\` (on demand)`, '', kb(l.min), kb(l.gzip), '', '', '']);

  const parts = [['Entry', 'Lit', 'Element code and templates', 'CSS', 'English text', 'Shared code']];
  for (const e of [bundle, ...elements]) {
    const c = e.composition;
    if (!c) continue;
    parts.push([e === bundle ? 'all-in-one' : `\`${e.file}\``, kb(c.lit), kb(c.element), kb(c.css), kb(c.text), kb(c.shared)]);
  }
  const later = [['Entry', 'Loaded the first time a person needs it (gzip, with what it loads that the entry has not)']];
  for (const e of elements) {
    if (e.parts?.length) later.push([`\`${e.file}\``, e.parts.map((x) => `${x.part} ${kb(x.gzip)}`).join(', ')]);
  }
  return [
    when(p),
    '',
    table(rows, 'lrrrrrr'),
    '',
    '¹ Against Lit alone: the all-in-one bundle holds its own copy of Lit.',
    '',
    'Each entry is counted with every chunk it imports, recursively: what a page that uses only that element downloads. Gzip is level 9 per file, added up over the files; KB is 1,024 bytes. Budget and target come from `size-budget.json`; `npm run size` fails the test run when an entry is over its budget.',
    '',
    'What the minified bytes of each entry come from, read from the source maps ("shared code" is the controllers, storage, export and language code):',
    '',
    table(parts, 'lrrrrr'),
    '',
    'What each entry loads later, on first use (`records` is the shared record-keeping part: copy, download, import, delete with Undo, print; `ics` the calendar files; `json` the reader of a file brought back; `merge` what settles two tabs):',
    '',
    table(later, 'll'),
  ].join('\n');
}

function renderSection(p) {
  if (!p) return notYet('render');
  const { results: rows, warmup } = p.data;
  const cell = (s) => `${ms(s.median)} (${s.p25.toFixed(0)}–${s.p75.toFixed(0)})`;
  const out = [when(p), ''];
  const modes = {
    cold: 'Fresh page: every run loads a new page, so each time includes what a page does once (compiling the code, the first styles, fonts), as when a page shows its cards on load.',
    warm: 'Warm page: one page per implementation renders the cards, removes them and renders new ones, leaving out what a page does once; steadier on a busy machine.',
  };
  for (const mode of ['cold', 'warm']) {
    const mine = rows.filter((r) => (r.mode ?? 'cold') === mode);
    if (!mine.length) continue;
    const times = [['Cards', 'CPU', 'Runs', '`<alliance-principle>`', 'minimal Lit (floor)', 'Shoelace `<sl-card>`', 'ours ÷ floor', 'Shoelace ÷ floor', 'ours ÷ Shoelace']];
    for (const r of mine) {
      times.push([r.n.toLocaleString('en-US'), `${r.rate}×`, String(r.runs ?? ''), cell(r.ours), cell(r.floor), cell(r.shoelace), ratio(r.oursToFloor), ratio(r.shoelaceToFloor), ratio(r.oursToShoelace)]);
    }
    out.push(`### ${mode === 'cold' ? 'Fresh page' : 'Warm page'}`, '', modes[mode], '', table(times, 'lllrrrrrr'), '');
  }
  const layout = [['Mode', 'Cards', 'CPU', '`<alliance-principle>`', 'minimal Lit (floor)', 'Shoelace `<sl-card>`']];
  const pct = (v) => `${Math.round(v * 100)}%`;
  for (const r of rows) layout.push([(r.mode ?? 'cold') === 'cold' ? 'fresh' : 'warm', r.n.toLocaleString('en-US'), `${r.rate}×`, pct(r.ours.layoutShare), pct(r.floor.layoutShare), pct(r.shoelace.layoutShare)]);
  out.push(
    `Medians after ${warmup} warm-up runs of each, the 25th–75th percentile in brackets; lower is better.`,
    '',
    '### Where the time goes',
    '',
    'The share of each run spent in style and layout once every element had rendered (median); the rest is script.',
    '',
    table(layout, 'lllrrr'),
  );
  return out.join('\n');
}

function memorySection(p) {
  if (!p) return notYet('memory');
  const mb = (bytes) => `${(bytes / 1048576).toFixed(2)} MB`;
  const rows = [['Elements', 'Round', 'Peak', 'Mounted', 'After removal', 'Kept over baseline', 'DOM nodes after', 'Listeners after']];
  const out = [when(p), ''];
  for (const r of p.data.results) {
    const label = r.mix === 'mix' ? `${r.count.toLocaleString('en-US')}: 125 of each of the 8` : `${r.count.toLocaleString('en-US')} \`<alliance-principle>\``;
    rows.push([label, 'baseline', '', '', mb(r.baseline.total), '', String(r.baseline.nodes), String(r.baseline.listeners)]);
    for (const round of r.rounds) {
      rows.push([label, String(round.round), mb(round.peak), mb(round.mounted.total), mb(round.after.total), mb(round.after.total - r.baseline.total), String(round.after.nodes), String(round.after.listeners)]);
    }
  }
  out.push(table(rows, 'llrrrrrr'), '');
  out.push(
    'Heap: the JavaScript heap plus the DOM (Blink) heap. "Peak" is read right after mounting, garbage included; "mounted" (every element on the page), "after removal" and the baseline are read after garbage collection.',
    '',
  );
  for (const r of p.data.results) {
    const v = r.verdict;
    const label = r.mix === 'mix' ? 'The mix of eight' : 'Principle cards';
    out.push(
      `- ${label}: ${v.leak ? `**leak**: ${v.reasons.join('; ')}` : `no leak: ${kb(v.kept)} kept after the last round, against ${mb(v.took)} the elements took (under 10% and under 1 MB)`}` +
        `; DOM nodes kept: ${r.nodesKept}, event listeners kept: ${r.listenersKept}.`,
    );
  }
  return out.join('\n');
}

function timerSection(p) {
  if (!p) return notYet('timer');
  return [when(p), '', timerMarkdown(p.data)].join('\n');
}

function targetsSection() {
  const rows = [['Target', 'Measured', 'Result']];
  const verdict = (ok) => (ok === undefined ? 'not measured' : ok ? 'met' : '**missed**');
  // Judged on fresh pages (the first render a visitor sees); the warm page is given beside.
  const render = results.parts.render?.data.results ?? [];
  for (const rate of [1, 4]) {
    const r = render.find((x) => x.n === 100 && x.rate === rate && (x.mode ?? 'cold') === 'cold');
    const w = render.find((x) => x.n === 100 && x.rate === rate && x.mode === 'warm');
    const warmFloor = w ? ` (warm page: ${ratio(w.oursToFloor)})` : '';
    const warmShoelace = w ? ` (warm page: ${ms(w.ours.median)} against ${ms(w.shoelace.median)})` : '';
    rows.push([`100 cards in at most 1.2× the minimal-Lit floor, CPU ${rate}×, fresh page`, r ? ratio(r.oursToFloor) + warmFloor : '', verdict(r && r.oursToFloor <= 1.2)]);
    rows.push([`100 cards faster than Shoelace, CPU ${rate}×, fresh page`, r ? `${ms(r.ours.median)} against ${ms(r.shoelace.median)}${warmShoelace}` : '', verdict(r && r.ours.median < r.shoelace.median)]);
  }
  const timer = results.parts.timer?.data;
  const v = timer?.visible?.ours.lateMs;
  const h = timer?.hidden.ours.lateMs;
  rows.push(['Timer completes at most 100 ms late, visible', v === undefined ? '' : signedMs(v), verdict(timer?.visible ? v !== undefined && v <= 100 : undefined)]);
  rows.push([
    `Timer completes at most 1 s late, hidden at least 6 min`,
    h === undefined ? '' : `${signedMs(h)}, hidden ${(timer.hidden.hiddenMs / 60000).toFixed(1)} min`,
    verdict(timer ? h !== undefined && h <= 1000 && timer.hidden.hiddenMs >= 6 * 60_000 : undefined),
  ]);
  for (const r of results.parts.memory?.data.results ?? []) {
    rows.push([`No leak: ${r.mix === 'mix' ? 'the mix of eight elements' : 'principle cards'}`, `${kb(r.verdict.kept)} kept`, verdict(!r.verdict.leak)]);
  }
  if (!results.parts.memory) rows.push(['No leak', '', 'not measured']);
  return table(rows, 'lll');
}

async function writeReport() {
  const template = await readFile(templateFile, 'utf8');
  const chromium = ['render', 'memory', 'timer'].map((p) => results.parts[p]?.machine.chromium).find(Boolean);
  const sections = {
    date: new Date().toISOString().slice(0, 10),
    machine: machineLine(machine(chromium)),
    targets: targetsSection(),
    size: sizeSection(results.parts.size, existsSync(budgetFile) ? JSON.parse(await readFile(budgetFile, 'utf8')) : undefined),
    render: renderSection(results.parts.render),
    memory: memorySection(results.parts.memory),
    timer: timerSection(results.parts.timer),
  };
  const report = template.replace(/<!--[^]*?-->\n?/, '').replace(/\{\{(\w+)\}\}/g, (whole, name) => sections[name] ?? whole);
  await writeFile(mdFile, report);
  await writeFile(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
}

// --report: only write docs/benchmarks.md again from docs/benchmarks.json (after editing the template).
if (argv.includes('--report')) {
  await writeReport();
  log(`wrote ${mdFile.slice(root.length + 1)}`);
  process.exit(0);
}

let failed = 0;
for (const part of parts) {
  try {
    await runPart(part);
    await writeReport();
  } catch (error) {
    failed++;
    log(`${part} failed:`, error);
  }
}
if (!failed) log(`wrote ${mdFile.slice(root.length + 1)} and ${jsonFile.slice(root.length + 1)}`);
process.exit(failed ? 1 : 0);
