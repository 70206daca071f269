// Every file package.json names is there: main, module, types, customElements, web-types, each
// export (a pattern: at least one file) and each entry of `files`. Run before `npm pack` and
// `npm publish` (the `prepack` script), so that a package is never packed without its manifest,
// its editor files or its framework types. `npm run build` makes all of them.
// Ends with one line: "N passed, N failed".
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const named = [];
for (const field of ['main', 'module', 'types', 'customElements', 'web-types']) if (pkg[field]) named.push([field, pkg[field]]);
const collect = (key, value) => {
  if (typeof value === 'string') named.push([`exports["${key}"]`, value]);
  else for (const v of Object.values(value)) collect(key, v);
};
for (const [key, value] of Object.entries(pkg.exports)) collect(key, value);
for (const entry of pkg.files) named.push(['files', entry]);

const missing = [];
for (const [field, target] of named) {
  if (target.includes('*')) {
    const [dir, ext] = target.split('*');
    const found = existsSync(join(root, dir)) && readdirSync(join(root, dir), { recursive: true }).some((f) => String(f).endsWith(ext));
    if (!found) missing.push(`${field}: nothing matches ${target}`);
  } else if (!existsSync(join(root, target))) {
    missing.push(`${field}: ${target}`);
  }
}
for (const line of missing) console.error(`FAIL missing ${line}`);
if (missing.length) console.error('Run `npm run build` (it makes the manifest, the editor files and the framework types too), then pack again.');
console.log(`${named.length - missing.length} passed, ${missing.length} failed`);
process.exitCode = missing.length ? 1 : 0;
