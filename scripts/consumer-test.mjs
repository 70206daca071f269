// The package as a consumer gets it: `npm pack`, installed into a throwaway project in /tmp, then
// every export resolved, one element imported, type-checked (strict) and bundled, and the React
// JSX types checked. Fails when an export, a type or a file is missing.
// Ends with one line: "N passed, N failed".
// Needs `npm run analyze && npm run build` first. TypeScript, Rollup and @types/react come from
// this repository's node_modules; the package's own dependencies (lit) from npm's cache, or the
// registry when the cache lacks them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
const failures = [];
const fail = (message) => {
  failures.push(message);
  console.error(`FAIL ${message}`);
};
let passed = 0;
const ok = (message) => {
  passed++;
  console.log(`ok   ${message}`);
};
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

for (const file of ['dist/index.js', 'dist/react.d.ts', 'dist/cdn/alliance-elements.js', 'web-types.json']) {
  if (!existsSync(join(root, file))) {
    console.error(`${file} is missing: run \`npm run analyze && npm run build\` first.`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const work = mkdtempSync('/tmp/alliance-consumer-');
const app = join(work, 'app');
try {
  // 1. The tarball holds what the package promises.
  const tarball = join(work, run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop());
  const packed = new Set(run('tar', ['-tzf', tarball], work).split('\n').map((f) => f.replace(/^package\//, '')));
  const expected = [
    'package.json',
    'custom-elements.json',
    'vscode.html-custom-data.json',
    'vscode.css-custom-data.json',
    'web-types.json',
    'themes/warm.css',
    'themes/calm.css',
    'themes/preload.css',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/define.js',
    'dist/react.d.ts',
    'dist/cdn/alliance-elements.js',
    ...elements.map((d) => `dist/cdn/${d.tagName.replace(/^alliance-/, '')}.js`),
  ];
  const missing = expected.filter((f) => !packed.has(f));
  if (missing.length) fail(`the tarball lacks ${missing.join(', ')}`);
  else ok(`the tarball holds the ${expected.length} files a consumer needs`);

  // 2. Installed into a fresh project.
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  const install = (...flags) => run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...flags, tarball], app);
  try {
    install('--offline');
  } catch (error) {
    console.log(`     (offline install failed, so installing from the registry: ${String(error.stderr).trim().split('\n').pop()})`);
    install();
  }
  const pkgDir = join(app, 'node_modules/alliance-elements');
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  ok(`installed ${pkg.name}@${pkg.version}`);

  // 3. Every export points at a file that is there (a pattern at one file at least).
  const targets = [];
  const collect = (key, value) => {
    if (typeof value === 'string') targets.push([key, value]);
    else for (const v of Object.values(value)) collect(key, v);
  };
  for (const [key, value] of Object.entries(pkg.exports)) collect(key, value);
  for (const [key, target] of targets) {
    if (target.includes('*')) {
      const [dir, ext] = target.split('*');
      const found = existsSync(join(pkgDir, dir)) && readdirSync(join(pkgDir, dir), { recursive: true }).some((f) => String(f).endsWith(ext));
      if (!found) fail(`export ${key}: nothing matches ${target}`);
    } else if (!existsSync(join(pkgDir, target))) {
      fail(`export ${key}: ${target} is missing`);
    }
  }
  for (const field of ['main', 'types', 'customElements', 'web-types']) {
    if (!existsSync(join(pkgDir, pkg[field]))) fail(`package.json ${field}: ${pkg[field]} is missing`);
  }
  ok(`${targets.length} export targets and the main, types, customElements and web-types files checked`);

  // 4. Each element's entry alone declares its tag and its events for TypeScript.
  const declarationsReached = (entry) => {
    const seen = new Set();
    const queue = [join(pkgDir, entry)];
    let text = '';
    while (queue.length) {
      const file = queue.pop();
      if (seen.has(file) || !existsSync(file)) continue;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      text += source;
      for (const [, spec] of source.matchAll(/(?:from|import)\s+'(\.{1,2}\/[^']+)'/g)) {
        queue.push(resolve(dirname(file), spec.replace(/\.js$/, '.d.ts')));
      }
    }
    return text;
  };
  for (const decl of elements) {
    const name = decl.tagName.replace(/^alliance-/, '');
    const entry = pkg.exports[`./${name}.js`];
    if (!entry?.types) {
      fail(`no typed export ./${name}.js for <${decl.tagName}>`);
      continue;
    }
    const declarations = declarationsReached(entry.types);
    const tagged = new RegExp(`HTMLElementTagNameMap\\s*{[^}]*'${decl.tagName}'`).test(declarations);
    const untyped = (decl.events ?? []).filter((e) => !new RegExp(`GlobalEventHandlersEventMap\\s*{[^}]*'${e.name}'`).test(declarations));
    if (!tagged) fail(`import 'alliance-elements/${name}.js' does not declare <${decl.tagName}> in HTMLElementTagNameMap`);
    if (untyped.length) fail(`import 'alliance-elements/${name}.js' leaves untyped: ${untyped.map((e) => e.name).join(', ')}`);
  }
  ok(`each of the ${elements.length} element entries declares its tag and its events`);

  // 5. The React JSX types name every tag, event and kebab-case attribute of the manifest.
  const reactTypes = readFileSync(join(pkgDir, 'dist/react.d.ts'), 'utf8');
  for (const decl of elements) {
    const names = [decl.tagName, ...(decl.events ?? []).map((e) => e.name)];
    names.push(...(decl.attributes ?? []).filter((a) => a.fieldName && a.fieldName !== a.name).map((a) => a.name));
    const absent = names.filter((n) => !reactTypes.includes(`'${n}'`));
    if (absent.length) fail(`dist/react.d.ts lacks ${absent.join(', ')} (<${decl.tagName}>)`);
  }
  ok('the React JSX types name every tag, event and kebab-case attribute');

  // Tools from this repository, linked in after the install (npm would prune them); one the
  // install brought already (@types/react, a peer of @lit/react) stays as installed.
  const link = (name) => {
    if (existsSync(join(app, 'node_modules', name))) return;
    mkdirSync(dirname(join(app, 'node_modules', name)), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), join(app, 'node_modules', name));
  };
  ['typescript', 'rollup', '@rollup/plugin-node-resolve'].forEach(link);
  const tsc = (project) => run(process.execPath, [join(app, 'node_modules/typescript/bin/tsc'), '-p', project], app);

  // 6. Typed elements and events, strict, under the two module resolutions consumers use.
  writeFileSync(
    join(app, 'main.ts'),
    `import 'alliance-elements/exercise-timer.js';

const timer = document.querySelector('alliance-exercise-timer')!;
timer.exercise = 'heads-on-pillows';
// @ts-expect-error: not an exercise
timer.exercise = 'jogging';
timer.addEventListener('alliance-timer-complete', (event) => {
  const exercise: 'hugging-till-relaxed' | 'heads-on-pillows' | 'feeling-while-touching' = event.exercise;
  const seconds: number = event.elapsedSeconds + event.plannedSeconds;
  document.title = \`\${exercise} \${seconds}\`;
});
const created: HTMLElement & { start(): void } = document.createElement('alliance-exercise-timer');
created.start();
`,
  );
  writeFileSync(
    join(app, 'everything.ts'),
    `import 'alliance-elements/define.js';
import { AllianceCheckIn, type CheckInEntry } from 'alliance-elements';

const checkIn: AllianceCheckIn = document.createElement('alliance-check-in');
checkIn.addEventListener('alliance-check-in-submit', (event) => {
  event.preventDefault();
  const entry: CheckInEntry = event.entry;
  const ratings: readonly (number | null)[] = event.rating;
  console.log(entry.id, ratings);
});
document.querySelector('alliance-principles')?.addEventListener('alliance-principle-change', (event) => {
  const shown: number = event.detail;
  console.log(shown);
});
type Typed<K extends keyof GlobalEventHandlersEventMap> = GlobalEventHandlersEventMap[K] extends Event ? K : never;
export type Tags = [${elements.map((d) => `HTMLElementTagNameMap['${d.tagName}']`).join(', ')}];
export type Events = [${elements.flatMap((d) => (d.events ?? []).map((e) => `Typed<'${e.name}'>`)).join(', ')}];
`,
  );
  const compilerOptions = {
    target: 'ES2022',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    strict: true,
    noUncheckedIndexedAccess: true,
    types: [],
    skipLibCheck: false,
  };
  // main.ts alone in its program, so that only its one import can declare what it uses.
  const bundler = { ...compilerOptions, module: 'ESNext', moduleResolution: 'bundler' };
  const projects = {
    'tsconfig.json': { compilerOptions: { ...bundler, outDir: 'out' }, files: ['main.ts'] },
    'tsconfig.nodenext.json': { compilerOptions: { ...compilerOptions, module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true }, files: ['main.ts'] },
    'tsconfig.everything.json': { compilerOptions: { ...bundler, noEmit: true }, files: ['everything.ts'] },
  };
  for (const [project, config] of Object.entries(projects)) {
    writeFileSync(join(app, project), JSON.stringify(config));
    try {
      tsc(project);
      ok(`strict type-check of ${config.files[0]} (${config.compilerOptions.moduleResolution} resolution): typed elements, properties and events`);
    } catch (error) {
      fail(`type-check of ${config.files[0]} (${project}):\n${error.stdout}${error.stderr}`);
    }
  }

  // 7. Bundled by a consumer's bundler: the element's tag is in the bundle.
  writeFileSync(
    join(app, 'rollup.config.mjs'),
    `import { nodeResolve } from '@rollup/plugin-node-resolve';
export default { input: 'out/main.js', output: { dir: 'bundle', format: 'es' }, plugins: [nodeResolve()] };
`,
  );
  try {
    run(process.execPath, [join(app, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], app);
    const bundle = readFileSync(join(app, 'bundle/main.js'), 'utf8');
    if (!bundle.includes('alliance-exercise-timer')) fail('the bundle lacks the tag alliance-exercise-timer');
    else ok(`bundled with Rollup and node-resolve (${(bundle.length / 1024).toFixed(0)} KB): the tag is in it`);
  } catch (error) {
    fail(`bundling:\n${error.stdout}${error.stderr}`);
  }

  // 8. React 19 JSX: examples/react/App.tsx against the packed types.
  const reactTypesDir = join(root, 'node_modules/@types/react');
  if (existsSync(join(reactTypesDir, 'package.json'))) {
    link('@types/react');
    copyFileSync(join(root, 'examples/react/App.tsx'), join(app, 'App.tsx'));
    writeFileSync(
      join(app, 'tsconfig.react.json'),
      JSON.stringify({ compilerOptions: { ...bundler, jsx: 'react-jsx', noEmit: true }, files: ['App.tsx'] }),
    );
    try {
      tsc('tsconfig.react.json');
      const version = JSON.parse(readFileSync(join(app, 'node_modules/@types/react/package.json'), 'utf8')).version;
      ok(`React JSX types (@types/react ${version}): examples/react/App.tsx type-checks`);
    } catch (error) {
      fail(`React JSX types:\n${error.stdout}${error.stderr}`);
    }
  } else {
    console.log('SKIP React JSX types: @types/react is not installed here (npm ci installs it), so App.tsx was not checked');
  }
} catch (error) {
  // A step that cannot go on (npm pack refusing a package that lacks a file, an install that
  // fails) stops the test as one failure, still ending with the count.
  fail(`stopped: ${String(error.message).trim()}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`${passed} passed, ${failures.length} failed`);
process.exitCode = failures.length ? 1 : 0;
