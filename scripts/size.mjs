// Prints the gzip size of each shipped bundle and fails when one is over its budget in size-budget.json.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgets = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
let over = 0;
for (const [file, limit] of Object.entries(budgets.gzipBytes)) {
  if (!existsSync(file)) {
    console.error(`${file}: missing (run npm run build first)`);
    over++;
    continue;
  }
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  const ok = gz <= limit;
  if (!ok) over++;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${file}: ${(raw.length / 1024).toFixed(1)} KB min, ${(gz / 1024).toFixed(1)} KB gzip (budget ${(limit / 1024).toFixed(1)} KB)`);
}
process.exit(over ? 1 : 0);
