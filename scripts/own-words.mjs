#!/usr/bin/env node
// Guards the library's promise that every sentence it ships is its own wording of the source
// texts, never pasted or closely paraphrased. Loads the built content (dist/content/en.js and
// dist/content/es.js, after `npm run build`), splits every shipped string into sentences and
// compares each one with every source text as a whole (a run may cross a source's line breaks):
//   (a) a run of 8 or more consecutive words shared with a source fails the sentence;
//   (b) a sentence with at least 4 word triples (6 words) fails when half or more of its
//       triples (3 consecutive words) occur in one source.
// A self-test runs first (and alone with --self-test): a sentence copied from a source, a near
// paraphrase of it and a clearly original sentence go through the same functions, so a check
// that can no longer fail is itself a failure.
//
// Sources: $ALLIANCE_SOURCES if set, else ../shared/seeds next to the repository (every *.txt).
//
// Counting: one check per shipped sentence (a string of three sentences is three checks, as
// each is judged and reported on its own), plus one for the self-test.
// Ends with one line: "N passed, N failed".
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Sentences the elements show as a quotation, with its author or source credited beside it.
 * Each is compared after normalising, so punctuation and case do not matter. Keep this short:
 * every entry is a sentence the library does not word itself.
 */
const quotations = [
  {
    sentence: 'Connection, not victory.',
    reason: 'the mantra from Love. Crash. Rebuild., shown as a mantra in <alliance-practice> with the PACER model credited',
  },
];

const RUN = 8; // rule (a): this many consecutive words shared with a source
const MIN_TRIPLES = 4; // rule (b) applies from this many triples (i.e. 6 words) ...
const TRIPLE_SHARE = 0.5; // ... and fails at this share of them found in one source
const MIN_STRING_WORDS = 3; // shorter strings (labels, buttons) are not checked
const SKIPPED_KEYS = new Set(['id', 'lang', 'dir']);

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const selfTestOnly = process.argv.includes('--self-test');

// ---------------------------------------------------------------------------------------------
// Text: the same normalising for sources and shipped strings.

/**
 * Lower case; curly quotes and apostrophes to straight; dashes to spaces; every character that
 * is not a letter (accents kept), digit, apostrophe or space removed; whitespace collapsed.
 * Two refinements, applied to both sides alike: a removed character becomes a space, not
 * nothing, so "both/and" or "end…then" stay two words; and an apostrophe used as a quotation
 * mark (not inside a word, as in "don't") goes too, so 'word' matches word.
 */
function normalise(text) {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\p{Cf}/gu, '') // soft hyphens, zero-width joiners and the like
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\p{Pd}\u2212]/gu, ' ')
    .replace(/[^\p{L}\p{M}\p{N}' ]/gu, ' ')
    .replace(/(^|[^\p{L}\p{M}\p{N}])'+|'+(?=[^\p{L}\p{M}\p{N}]|$)/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const words = (text) => {
  const n = normalise(text);
  return n ? n.split(' ') : [];
};

/**
 * A credit names its sources by their titles, which are the sources' words by definition: in a
 * credit line (a path ending in `credit.text`), a title in quotation marks (“…”, "…", «…») or
 * between asterisks (a cited work) stands as a citation and is left out of the comparison.
 * Only the credit's own words around the titles are judged.
 */
function withoutCitedTitles(path, text) {
  if (!/\.credit\.text$/.test(path)) return text;
  return text.replace(/“[^”]*”|"[^"]*"|«[^»]*»|\*[^*]*\*/g, ' ');
}

/** A shipped string's sentences: placeholders dropped, split on . ? ! : ; and line breaks. */
function sentences(text) {
  return text
    .replace(/\{[^{}]*\}/g, '')
    .split(/[.?!:;\n\r]+/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

const triplesOf = (w) => w.slice(0, -2).map((_, i) => `${w[i]} ${w[i + 1]} ${w[i + 2]}`);

/** One source, indexed for both rules. */
function indexSource(file, text) {
  const w = words(text);
  const positions = new Map();
  w.forEach((word, i) => {
    const list = positions.get(word);
    if (list) list.push(i);
    else positions.set(word, [i]);
  });
  const title = text.split(/\r?\n/).map((l) => l.trim()).find(Boolean) ?? '(empty)';
  return { file, title, raw: text, words: w, positions, triples: new Set(triplesOf(w)) };
}

/** The longest run of consecutive words the sentence shares with the source. */
function longestRun(sw, source) {
  let best = { length: 0, start: 0 };
  for (let i = 0; i < sw.length; i++) {
    for (const p of source.positions.get(sw[i]) ?? []) {
      if (i > 0 && p > 0 && source.words[p - 1] === sw[i - 1]) continue; // not where a run starts
      let k = 1;
      while (i + k < sw.length && p + k < source.words.length && source.words[p + k] === sw[i + k]) k++;
      if (k > best.length) best = { length: k, start: i };
    }
  }
  return best;
}

/**
 * Judges one sentence against every source. Returns null when it is the library's own wording,
 * else what it shares: the longest run (rule a) and/or the largest triple share (rule b).
 */
function judge(sentence, sources) {
  const sw = words(sentence);
  const triples = triplesOf(sw);
  let run = null;
  let share = null;
  for (const source of sources) {
    const r = longestRun(sw, source);
    if (r.length >= RUN && (!run || r.length > run.length)) {
      run = { length: r.length, text: sw.slice(r.start, r.start + r.length).join(' '), source };
    }
    if (triples.length >= MIN_TRIPLES) {
      const found = triples.filter((t) => source.triples.has(t)).length;
      const s = found / triples.length;
      if (s >= TRIPLE_SHARE && (!share || s > share.value)) share = { value: s, found, total: triples.length, source };
    }
  }
  return run || share ? { run, share } : null;
}

function describe({ run, share }) {
  const parts = [];
  if (run) parts.push(`${run.length}-word run "${run.text}"`);
  if (share) parts.push(`${Math.round(share.value * 100)}% of its word triples (${share.found} of ${share.total}) in one source`);
  const source = (run ?? share).source;
  return `${parts.join('; ')}; source ${source.file} "${source.title}"`;
}

// ---------------------------------------------------------------------------------------------
// The sources.

function loadSources() {
  const fromEnv = process.env.ALLIANCE_SOURCES;
  const dir = fromEnv ? resolve(fromEnv) : resolve(root, '..', 'shared', 'seeds');
  const where = fromEnv ? `$ALLIANCE_SOURCES (${dir})` : `${dir} (the default: ../shared/seeds beside the repository)`;
  let files = [];
  if (existsSync(dir) && statSync(dir).isDirectory()) {
    files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.txt')).sort();
  }
  if (!files.length) {
    console.log(`No source texts found: looked for *.txt files in ${where}.`);
    console.log('Without them nothing can be compared. Put the source texts there, or set ALLIANCE_SOURCES');
    console.log('to the folder that holds them, e.g. ALLIANCE_SOURCES=/path/to/seeds node scripts/own-words.mjs');
    return null;
  }
  return { dir, sources: files.map((f) => indexSource(f, readFileSync(join(dir, f), 'utf8'))) };
}

// ---------------------------------------------------------------------------------------------
// The self-test: the rules must catch a copy and a close paraphrase, and let an original pass.

const ORIGINAL =
  'On Sunday mornings the two of us argue cheerfully over who forgot to water the tomatoes on the balcony.';

function selfTest(sources) {
  const lines = [];
  let ok = true;
  // A sentence copied from a source: the first one of 12 words or more, found by the same
  // sentence splitter, with its typography changed (case, quotes, dashes) as a copy might be.
  let copied = null;
  for (const source of sources) {
    const found = sentences(source.raw).find((s) => words(s).length >= 12 && words(s).length <= 40);
    if (found) {
      copied = { text: found, source };
      break;
    }
  }
  if (!copied) return { ok: false, lines: ['no sentence of 12 words or more in any source to copy'] };
  const retyped = copied.text
    .toUpperCase()
    .replace(/'/g, '\u2019')
    .replace(/ /, ' \u2014 ');
  const check = (label, sentence, expect) => {
    const verdict = judge(sentence, sources);
    const caught = verdict !== null;
    const matchesRule = expect === 'pass' ? !caught : caught && (expect === 'run' ? verdict.run : verdict.share && !verdict.run);
    const detail = verdict ? describe(verdict) : 'not caught';
    if (!matchesRule) ok = false;
    lines.push(
      `${matchesRule ? 'ok    ' : 'FAILED'}  self-test, ${label}: "${sentence}" (${detail}; expected ${
        expect === 'pass' ? 'to pass' : expect === 'run' ? 'an 8-word run' : 'the triple share alone'
      })`,
    );
  };
  check('a sentence copied from a source', retyped, 'run');

  // A close paraphrase: every 7th word swapped, so no 8-word run is left, but most triples are.
  const cw = words(copied.text);
  const paraphrase = cw.map((w, i) => (i % 7 === 6 ? 'kumquat' : w)).join(' ');
  check('the same sentence with every 7th word swapped', paraphrase, 'share');

  // A copied run that crosses a line break of the source: whole-source matching.
  let crossed = false;
  const prose = copied.source.raw.split(/\r?\n/).map((l) => l.trim()).filter((l) => words(l).length >= 5);
  for (let i = 0; i + 1 < prose.length; i++) {
    const a = prose[i].split(/\s+/);
    const b = prose[i + 1].split(/\s+/);
    const across = `${a.slice(-5).join(' ')} ${b.slice(0, 5).join(' ')}`;
    // only two lines that are neighbours in the source (blank lines between them are fine)
    if (copied.source.raw.replace(/\s+/g, ' ').includes(across)) {
      check('words copied across a line break of the source', across, 'run');
      crossed = true;
      break;
    }
  }
  if (!crossed) lines.push(`skipped self-test, words across a line break: ${copied.source.file} has no two neighbouring lines of 5 words or more`);

  check('an original sentence', ORIGINAL, 'pass');
  return { ok, lines };
}

// ---------------------------------------------------------------------------------------------
// What the library ships.

function pathOf(parent, key) {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

/** Every string leaf with its path, e.g. en.principles.items[3].text. */
function strings(value, path, out = []) {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, pathOf(path, i), out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (SKIPPED_KEYS.has(key)) continue;
      strings(v, pathOf(path, key), out);
    }
  }
  return out;
}

async function loadShipped() {
  const locales = [
    ['en', join(root, 'dist', 'content', 'en.js')],
    ['es', join(root, 'dist', 'content', 'es.js')],
  ];
  const missing = locales.filter(([, file]) => !existsSync(file));
  if (missing.length) {
    console.log(`${missing.map(([, f]) => f).join(' and ')} missing: run \`npm run build\` first.`);
    return null;
  }
  const all = [];
  for (const [name, file] of locales) {
    const module = await import(pathToFileURL(file).href);
    if (!module[name]) {
      console.log(`${file} does not export \`${name}\`.`);
      return null;
    }
    all.push(...strings(module[name], name));
  }
  return all;
}

// ---------------------------------------------------------------------------------------------

let passed = 0;
let failed = 0;
const finish = () => {
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
};

const loaded = loadSources();
if (!loaded) {
  failed++;
  finish();
} else {
  const { sources } = loaded;
  console.log(`Sources: ${sources.length} text(s) in ${loaded.dir}`);
  const test = selfTest(sources);
  for (const line of test.lines) console.log(line);
  if (test.ok) passed++;
  else failed++;

  if (!selfTestOnly) {
    const shipped = await loadShipped();
    if (!shipped) failed++;
    else {
      const excepted = new Map(quotations.map((q) => [normalise(q.sentence), { ...q, used: false }]));
      let checkedStrings = 0;
      for (const { path, text } of shipped) {
        if (words(text.replace(/\{[^{}]*\}/g, '')).length < MIN_STRING_WORDS) continue;
        checkedStrings++;
        for (const sentence of sentences(withoutCitedTitles(path, text))) {
          const quotation = excepted.get(normalise(sentence));
          if (quotation) {
            quotation.used = true;
            passed++;
            continue;
          }
          const verdict = judge(sentence, sources);
          if (verdict) {
            failed++;
            console.log(`FAILED  ${path}: "${sentence}" (${describe(verdict)})`);
          } else passed++;
        }
      }
      console.log(`Checked ${checkedStrings} of ${shipped.length} shipped strings (shorter ones, ids, lang and dir skipped).`);
      for (const q of excepted.values()) {
        console.log(`${q.used ? 'quoted' : 'unused'}  "${q.sentence}" (${q.reason})${q.used ? '' : ': no shipped sentence is this any more; remove it from the list'}`);
      }
    }
  }
  finish();
}
