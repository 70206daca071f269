// The size check of the test run: what a page downloads for each CDN entry (the entry and every
// chunk it imports, gzip level 9), against the budgets in size-budget.json. Fails when an entry
// is over its budget or missing; prints the target beside each budget.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { closure } from './size-report.mjs';

const dir = 'dist/cdn';
const { entries } = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
const { gzipSync } = await import('node:zlib');
const k = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let over = 0;
let within = 0;
for (const [file, { budget, target }] of Object.entries(entries)) {
  if (!existsSync(join(dir, file))) {
    console.error(`MISSING ${dir}/${file} (run npm run build first)`);
    over++;
    continue;
  }
  const { files } = closure(dir, file);
  const gz = files.reduce((sum, rel) => sum + gzipSync(readFileSync(join(dir, rel)), { level: 9 }).length, 0);
  const ok = gz <= budget;
  if (ok) within++;
  else over++;
  const note = gz <= target ? 'target met' : `target ${k(target)}`;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${file.padEnd(22)} ${k(gz).padStart(8)} gzip with ${files.length - 1} chunks (budget ${k(budget)}, ${note})`);
}
console.log(`${within} passed, ${over} failed`);
process.exit(over ? 1 : 0);
