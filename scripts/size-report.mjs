// What a page downloads for each CDN entry: the entry plus every chunk it imports statically,
// minified and gzip (level 9) bytes, beside Lit alone. `node scripts/size-report.mjs` prints it;
// bench/run.mjs puts it in docs/benchmarks.md.
import { readFileSync, existsSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, posix } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The elements, in the order the README lists them. */
export const elementEntries = ['provider', 'principle', 'principles', 'exercise-timer', 'check-in', 'worksheet', 'offer', 'practice'];

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;

/**
 * The relative modules a minified ES module imports statically: `import{a as b}from"./x.js"`,
 * `import"./x.js"` and `export{a}from"./x.js"`. Rollup puts them first, so the scan stops at
 * the first statement that is none of these. Dynamic `import("./x.js")` is loaded on demand
 * and is listed apart.
 */
export function staticImports(code) {
  const found = [];
  const statement = /\s*(?:import\s*(?:[\w$]+\s*,?\s*)?(?:\*\s*as\s*[\w$]+|\{[^}]*\})?\s*(?:from\s*)?|export\s*(?:\*(?:\s*as\s*[\w$]+)?|\{[^}]*\})\s*from\s*)["']([^"']+)["']\s*;?/y;
  let match;
  let at = 0;
  while ((statement.lastIndex = at, (match = statement.exec(code)))) {
    found.push(match[1]);
    at = statement.lastIndex;
  }
  return found;
}

/** Relative `import("./x.js")` calls: what a module may load later. */
export function dynamicImports(code) {
  return [...code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((m) => m[1]);
}

/** `file` (relative to `dir`) and every module it imports statically, recursively; each once. */
export function closure(dir, file) {
  const seen = new Set();
  const lazy = new Set();
  const visit = (rel) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const code = readFileSync(join(dir, rel), 'utf8');
    for (const spec of staticImports(code)) {
      if (!spec.startsWith('.')) throw new Error(`${rel} imports "${spec}": a CDN file may only import files beside it`);
      visit(posix.normalize(posix.join(posix.dirname(rel), spec)));
    }
    for (const spec of dynamicImports(code)) lazy.add(posix.normalize(posix.join(posix.dirname(rel), spec)));
  };
  visit(file);
  for (const rel of seen) lazy.delete(rel);
  return { files: [...seen], lazy: [...lazy] };
}

const VLQ = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** The fields of one source-map segment (base64 VLQ). */
function decodeSegment(text) {
  const fields = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = VLQ[char];
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return fields;
}

/** What a source path counts as in `composition`. */
function part(source) {
  if (/node_modules\//.test(source)) return 'lit';
  const path = source.replace(/^.*?\/src\//, '');
  if (/^styles\//.test(path) || /\.styles\.ts$/.test(path)) return 'css';
  if (/^content\/en\//.test(path)) return 'text';
  if (/^components\//.test(path)) return 'element';
  return 'shared';
}

/**
 * Minified bytes of `files` by what they come from, read from their source maps: `lit` (Lit and
 * @lit/context), `element` (the elements' own code and templates), `css`, `text` (the English
 * words) and `shared` (controllers, storage, export, language code). Empty without maps.
 */
export function composition(dir, files) {
  const out = { lit: 0, element: 0, css: 0, text: 0, shared: 0 };
  for (const rel of files) {
    if (!existsSync(join(dir, `${rel}.map`))) continue;
    const code = readFileSync(join(dir, rel), 'utf8');
    const map = JSON.parse(readFileSync(join(dir, `${rel}.map`), 'utf8'));
    const sources = map.sources.map(part);
    const lines = code.split('\n');
    let sourceIndex = 0;
    map.mappings.split(';').forEach((line, n) => {
      let column = 0;
      const segments = [];
      for (const text of line.split(',')) {
        if (!text) continue;
        const [dc, ds] = decodeSegment(text);
        column += dc;
        if (ds !== undefined) sourceIndex += ds;
        segments.push([column, ds === undefined ? undefined : sourceIndex]);
      }
      segments.forEach(([start, source], i) => {
        const end = i + 1 < segments.length ? segments[i + 1][0] : (lines[n]?.length ?? start);
        if (source !== undefined) out[sources[source]] += end - start;
      });
    });
  }
  return out;
}

function measure(dir, files) {
  let min = 0;
  let gz = 0;
  for (const rel of files) {
    const buffer = readFileSync(join(dir, rel));
    min += buffer.length;
    gz += gzip(buffer);
  }
  return { min, gzip: gz };
}

/**
 * Lit alone, as small as it gets: everything `lit` exports, production build, bundled by Rollup
 * and minified by terser with the options the CDN build uses. This is the floor under any
 * Lit-based element.
 */
export async function litFloor() {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { default: terser } = await import('@rollup/plugin-terser');
  const tmp = mkdtempSync(join(tmpdir(), 'alliance-lit-floor-'));
  try {
    const entry = join(tmp, 'lit-alone.js');
    writeFileSync(entry, "export * from 'lit';\n");
    const bundle = await rollup({
      input: entry,
      plugins: [
        nodeResolve({ rootDir: root, modulePaths: [join(root, 'node_modules')], exportConditions: ['production'] }),
        terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
      ],
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    const code = Buffer.from(output[0].code);
    const pkg = JSON.parse(readFileSync(join(root, 'node_modules/lit/package.json'), 'utf8'));
    return { version: pkg.version, min: code.length, gzip: gzip(code) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Sizes of dist/cdn: the all-in-one bundle, each element's entry with the chunks it loads,
 * the Lit chunk they share, the lazily loaded locales, and Lit alone (unless `floor: false`).
 */
export async function sizeReport({ dir = join(root, 'dist/cdn'), floor = true } = {}) {
  if (!existsSync(join(dir, 'alliance-elements.js'))) throw new Error(`${dir}/alliance-elements.js is missing: run \`npm run build\` first.`);
  const litChunk = readdirSync(join(dir, 'chunks')).find((name) => /^lit-[\w-]+\.js$/.test(name));
  const litRel = litChunk && `chunks/${litChunk}`;
  const entry = (name, file) => {
    const { files, lazy } = closure(dir, file);
    const total = measure(dir, files);
    const withoutLit = measure(dir, files.filter((f) => f !== litRel));
    // What each part loaded on first use adds (itself and what it imports that the entry has not
    // loaded already), the languages left out: they have a row of their own.
    const parts = lazy
      .filter((rel) => !rel.startsWith('locales/'))
      .map((rel) => {
        const more = closure(dir, rel).files.filter((f) => !files.includes(f));
        return { part: rel.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, ''), file: rel, files: more, ...measure(dir, more) };
      });
    return { name, file, files, lazy, parts, ...total, overLit: withoutLit, composition: composition(dir, files) };
  };
  const bundle = entry('all-in-one', 'alliance-elements.js');
  const elements = elementEntries.filter((name) => existsSync(join(dir, `${name}.js`))).map((name) => entry(name, `${name}.js`));
  // Any other entry beside them (a loader, say).
  const others = readdirSync(dir)
    .filter((name) => name.endsWith('.js') && name !== 'alliance-elements.js' && !elementEntries.includes(name.replace(/\.js$/, '')))
    .map((name) => entry(name.replace(/\.js$/, ''), name));
  const locales = existsSync(join(dir, 'locales'))
    ? readdirSync(join(dir, 'locales'))
        .filter((name) => name.endsWith('.js'))
        .map((name) => ({ name: name.replace(/\.js$/, ''), file: `locales/${name}`, ...measure(dir, [`locales/${name}`]) }))
    : [];
  return {
    bundle,
    elements,
    others,
    lit: litRel ? { file: litRel, ...measure(dir, [litRel]) } : undefined,
    locales,
    floor: floor ? await litFloor() : undefined,
  };
}

// node scripts/size-report.mjs: the same numbers as a table.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = await sizeReport();
  const k = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows = [
    ['all-in-one (alliance-elements.js)', report.bundle],
    ...[...report.elements, ...report.others].map((e) => [`${e.name}.js + ${e.files.length - 1} chunks`, e]),
    [`shared Lit chunk (${report.lit?.file})`, report.lit],
    ...report.locales.map((l) => [`${l.file} (on demand)`, l]),
    [`Lit ${report.floor.version} alone (floor)`, report.floor],
  ];
  for (const [label, r] of rows) console.log(`${label.padEnd(44)} ${k(r.min).padStart(9)} min ${k(r.gzip).padStart(8)} gzip`);
}
