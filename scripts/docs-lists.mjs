// What the README and Storybook's Introduction say the library has, checked against what it
// has: every element (src/components/<name>/define.ts) and every demo page (demo/*.html) is
// named in both, with a self-test that shows the check can fail. Prints "N passed, N failed".
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path) => readFileSync(join(root, path), 'utf8');

const tags = readdirSync(join(root, 'src/components'))
  .filter((name) => existsSync(join(root, 'src/components', name, 'define.ts')))
  .map((name) => read(`src/components/${name}/define.ts`).match(/defineElement\('(alliance-[a-z-]+)'/)?.[1])
  .filter(Boolean);
const pages = readdirSync(join(root, 'demo')).filter((name) => name.endsWith('.html'));

/** What `text` leaves out of `names`, each looked for as `<tag` (elements) or as the file name (pages). */
export function missing(text, names, kind) {
  return names.filter((name) => !text.includes(kind === 'element' ? `<${name}` : name));
}

let passed = 0;
let failed = 0;
const check = (ok, line) => {
  console.log(`${ok ? 'ok    ' : 'FAILED'}  ${line}`);
  if (ok) passed++;
  else failed++;
};

// Self-test: a page that names one element and no demo page is caught.
const caught = missing('<alliance-principle number="1">', ['alliance-principle', 'alliance-worksheet'], 'element');
check(caught.length === 1 && caught[0] === 'alliance-worksheet', 'self-test: a list that leaves an element out is caught');

check(tags.length >= 8, `found ${tags.length} elements and ${pages.length} demo pages`);
for (const [file, label] of [
  ['README.md', 'the README'],
  ['stories/introduction.mdx', "Storybook's Introduction"],
]) {
  const text = read(file);
  const elements = missing(text, tags, 'element');
  check(!elements.length, `${label} names every element${elements.length ? `; not ${elements.join(', ')}` : ''}`);
  const demos = missing(text, pages, 'page');
  check(!demos.length, `${label} names every demo page${demos.length ? `; not ${demos.join(', ')}` : ''}`);
}
const index = read('demo/index.html');
const onIndex = missing(index, tags, 'element');
check(!onIndex.length, `demo/index.html shows every element${onIndex.length ? `; not ${onIndex.join(', ')}` : ''}`);

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
