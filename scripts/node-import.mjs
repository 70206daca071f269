#!/usr/bin/env node
// Imports every module of the npm build (dist/, after `npm run build`) in Node, with no DOM
// and Node's default export conditions, each in a process of its own so that no module can
// lean on what another left behind. A server that renders pages imports the package; it must
// not throw. dist/cdn/ is left out: it is the browser bundle, with the browser build of Lit
// inside, and is never imported on a server.
// Ends with one line: "N passed, N failed".
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = join(root, 'dist');
const browserOnly = join(dist, 'cdn');

if (!existsSync(join(dist, 'index.js'))) {
  console.error('dist/index.js is missing: run `npm run build` first.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

function modules(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === browserOnly ? [] : modules(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

/** Imports one module in a fresh Node; resolves to its export names, or rejects with what it threw. */
function importAlone(file) {
  const code = `const m = await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(JSON.stringify(Object.keys(m)));`;
  return new Promise((done, fail) => {
    execFile(process.execPath, ['--input-type=module', '-e', code], { cwd: root, timeout: 30_000 }, (error, stdout, stderr) => {
      if (error) fail(new Error((stderr || error.message).trim().split('\n').slice(0, 6).join('\n')));
      else done(JSON.parse(stdout.trim().split('\n').pop() ?? '[]'));
    });
  });
}

// What a server-side user imports by name: the classes must be there, not just "no throw".
const expectedExports = {
  'index.js': [
    'AllianceProvider',
    'AlliancePrinciple',
    'AlliancePrinciples',
    'AllianceExerciseTimer',
    'AllianceCheckIn',
    'AllianceWorksheet',
    'AllianceOffer',
    'AlliancePractice',
    'defineElement',
  ],
};

const files = modules(dist).sort();
let passed = 0;
let failed = 0;
const queue = [...files];
async function worker() {
  for (let file = queue.shift(); file; file = queue.shift()) {
    const name = relative(dist, file);
    try {
      const names = await importAlone(file);
      const missing = (expectedExports[name] ?? []).filter((n) => !names.includes(n));
      if (missing.length) throw new Error(`does not export ${missing.join(', ')}`);
      passed++;
      console.log(`ok      dist/${name}`);
    } catch (error) {
      failed++;
      console.log(`FAILED  dist/${name}\n        ${String(error.message).replace(/\n/g, '\n        ')}`);
    }
  }
}
await Promise.all([worker(), worker()]);
if (files.length < Object.keys(expectedExports).length + 8) {
  console.log(`only ${files.length} modules under dist/: is the build complete?`);
  failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
