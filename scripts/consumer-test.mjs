// The package as a consumer gets it: `npm pack`, installed into a throwaway project in /tmp, then
// every export resolved, one element imported, type-checked (strict) and bundled, the React JSX
// types checked, and the Vue and Svelte template types proved: a correct component passes
// vue-tsc and svelte-check, and a wrong attribute value or event handler fails them. Fails when
// an export, a type or a file is missing.
// Ends with one line: "N passed, N failed".
// Needs `npm run build` first (it makes the manifest and the framework types too). TypeScript, Rollup, @types/react, Vue, vue-tsc,
// Svelte and svelte-check come from this repository's node_modules; the package's own
// dependencies (lit) from npm's cache, or the registry when the cache lacks them.
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
    console.error(`${file} is missing: run \`npm run build\` first.`);
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
    'dist/react.js',
    'dist/types/vue.d.ts',
    'dist/types/svelte.d.ts',
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

  // 8. React 19 JSX: examples/react/App.tsx (the tags) and Components.tsx (the components)
  // against the packed types.
  // @lit/react's peer dependency may have brought @types/react already; else this repository's.
  const installedReactTypes = join(app, 'node_modules/@types/react');
  const reactTypesDir = existsSync(installedReactTypes) ? installedReactTypes : join(root, 'node_modules/@types/react');
  const reactExamples = ['App.tsx', 'Components.tsx'];
  if (existsSync(join(reactTypesDir, 'package.json'))) {
    if (reactTypesDir !== installedReactTypes) link('@types/react');
    for (const example of reactExamples) copyFileSync(join(root, 'examples/react', example), join(app, example));
    writeFileSync(
      join(app, 'tsconfig.react.json'),
      JSON.stringify({ compilerOptions: { ...bundler, jsx: 'react-jsx', noEmit: true }, files: reactExamples }),
    );
    try {
      tsc('tsconfig.react.json');
      const version = JSON.parse(readFileSync(join(app, 'node_modules/@types/react/package.json'), 'utf8')).version;
      ok(`React types (@types/react ${version}): examples/react/${reactExamples.join(' and ')} type-check`);
    } catch (error) {
      fail(`React types:\n${error.stdout}${error.stderr}`);
    }
  } else {
    console.log(`SKIP React types: @types/react is not installed here (npm ci installs it), so ${reactExamples.join(' and ')} were not checked`);
  }

  // 9 and 10. Vue 3 templates and Svelte 5 components, with the types a consumer brings in by
  // importing alliance-elements/vue or alliance-elements/svelte. Each checker runs once over one
  // project: a correct component and a file that types every tag, event and union attribute must
  // have no error; each wrong file must have its error on its wrong line, and only there.
  const frameworks = [
    {
      name: 'Vue',
      checker: 'vue-tsc',
      tools: ['vue', 'vue-tsc'],
      files: vueFiles(elements),
      check: (dir) => {
        const { status, output } = runChecker([join(app, 'node_modules/vue-tsc/bin/vue-tsc.js'), '--noEmit', '-p', 'tsconfig.json', '--pretty', 'false'], dir);
        // Good.vue(5,24): error TS2322: … (a message may go on over indented lines); an error of
        // no file (error TS6053: …) is counted against the project as a whole.
        const errors = [...output.matchAll(/^(?:(\S[^(\n]*)\((\d+),\d+\): )?error (TS\d+: .*(?:\n {2,}.*)*)/gm)].map(([, file, line, message]) => ({
          file: file ?? '(project)',
          line: Number(line ?? 0),
          message,
        }));
        return { status, output, errors, completed: status === 0 || errors.length > 0 };
      },
    },
    {
      name: 'Svelte',
      checker: 'svelte-check',
      tools: ['svelte', 'svelte-check'],
      files: svelteFiles(elements),
      check: (dir) => {
        const { status, output } = runChecker(
          [join(app, 'node_modules/svelte-check/bin/svelte-check'), '--workspace', dir, '--tsconfig', join(dir, 'tsconfig.json'), '--output', 'machine'],
          dir,
        );
        // 1796… ERROR "good.svelte" 4:22 "message"
        const errors = [...output.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+ (".*")$/gm)].map(([, file, line, message]) => ({
          file,
          line: Number(line),
          message: JSON.parse(message),
        }));
        return { status, output, errors, completed: /^\d+ COMPLETED /m.test(output) };
      },
    },
  ];
  for (const framework of frameworks) {
    const { name, checker, tools, files } = framework;
    const absent = tools.filter((tool) => !existsSync(join(root, 'node_modules', tool, 'package.json')));
    if (absent.length) {
      fail(`${name} types: ${absent.join(', ')} not installed in this repository (npm ci installs them)`);
      continue;
    }
    tools.forEach(link);
    const dir = join(app, name.toLowerCase());
    mkdirSync(dir);
    const texts = { ...files.good, ...Object.fromEntries(files.bad.map((b) => [b.file, b.text])) };
    for (const [file, text] of Object.entries(texts)) writeFileSync(join(dir, file), text);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { ...bundler, noEmit: true, verbatimModuleSyntax: true }, include: ['*.ts', '*.vue', '*.svelte'] }),
    );
    const started = Date.now();
    const result = framework.check(dir);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    if (!result.completed) {
      fail(`${checker} did not run (exit ${result.status}):\n${result.output}`);
      continue;
    }
    const show = (errors) =>
      errors.map((e) => `  ${e.file}:${e.line} ${e.message}${e.file in texts ? `\n    > ${texts[e.file].split('\n')[e.line - 1]?.trim()}` : ''}`).join('\n');
    const own = new Set(Object.keys(texts));
    const elsewhere = result.errors.filter((e) => !own.has(e.file));
    const good = result.errors.filter((e) => e.file in files.good);
    if (good.length || elsewhere.length) fail(`${checker} rejects correct code:\n${show([...good, ...elsewhere])}`);
    else ok(`${checker} (${seconds} s, one run): ${Object.keys(files.good).join(', ')} type-check against alliance-elements/${name.toLowerCase()}`);
    for (const bad of files.bad) {
      const line = bad.text.split('\n').findIndex((l) => l.includes(bad.marker)) + 1;
      const errors = result.errors.filter((e) => e.file === bad.file);
      const there = errors.filter((e) => e.line === line);
      const other = errors.filter((e) => e.line !== line);
      if (!there.length) fail(`${checker} accepts ${bad.what} (${bad.file}:${line}: ${bad.marker})`);
      else if (other.length) fail(`${checker} rejects ${bad.file} elsewhere than at its wrong line ${line}:\n${show(other)}`);
      else ok(`${checker} rejects ${bad.what}: ${there[0].message.split('\n')[0]}`);
    }
  }
} catch (error) {
  // A step that cannot go on (npm pack refusing a package that lacks a file, an install that
  // fails) stops the test as one failure, still ending with the count.
  fail(`stopped: ${String(error.message).trim()}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Runs a checker that is expected to fail on the wrong files: its exit status and its output. */
function runChecker(args, cwd) {
  try {
    return { status: 0, output: execFileSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    return { status: error.status, output: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
}

/** `check-in-submit` → `CheckInSubmit`; `partner-a` → `partnerA` (Vue's names for a listener and a prop). */
function pascal(name) {
  return name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
}
function camel(name) {
  return name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}

/** Each string-union attribute of the manifest with its values: [tag, attribute, values]. */
function unionAttributes(elements) {
  return elements.flatMap((d) =>
    (d.attributes ?? [])
      .filter((a) => a.expandedType?.text)
      .map((a) => [d.tagName, a.name, [...a.expandedType.text.matchAll(/'([^']*)'/g)].map((m) => m[1])]),
  );
}

/**
 * A TypeScript file that names, through `Props<tag>`, every element's every event listener and
 * every union attribute of the manifest, and requires each to be exactly typed: a listener takes
 * its event's own class (not any, not CustomEvent, not another event), an attribute is the union
 * of the manifest's values (not any, not string).
 */
function everyTyped(elements, header, listener, attribute) {
  const lines = [
    header,
    `type Expect<T extends true> = T;`,
    `type Same<A, B> = 0 extends 1 & A ? false : [A] extends [B] ? ([B] extends [A] ? true : false) : false;`,
    `type Takes<L, E> = NonNullable<L> extends (event: infer P) => unknown ? Same<P, E> : false;`,
    `export type Listeners = [`,
    ...elements.flatMap((d) =>
      (d.events ?? []).map((e) => `  Expect<Takes<Props<'${d.tagName}'>[${listener(e.name)}], Alliance.${e.type.text}>>,`),
    ),
    `];`,
    `export type Attributes = [`,
    ...unionAttributes(elements).map(
      ([tag, name, values]) => `  Expect<Same<NonNullable<Props<'${tag}'>[${attribute(name)}]>, ${values.map((v) => JSON.stringify(v)).join(' | ')}>>,`,
    ),
    `];`,
    '',
  ];
  return lines.join('\n');
}

/** Vue 3: a correct single-file component, the every-tag file, and three wrong components. */
function vueFiles(elements) {
  const script = (body) => `<script setup lang="ts">\n${body}\n</script>\n`;
  return {
    good: {
      'alliance.d.ts': `import type {} from 'alliance-elements/vue';\n`,
      'Good.vue': `${script(`import 'alliance-elements/define.js';
import type { AllianceCheckInSubmitEvent, AlliancePrincipleChangeEvent, AllianceTimerCompleteEvent } from 'alliance-elements';

const questions = ['What made you laugh today?'];
let shown = 1;
function onSubmit(event: AllianceCheckInSubmitEvent) {
  event.preventDefault();
  console.log(event.entry.id, event.rating);
}
const onChange = (event: AlliancePrincipleChangeEvent) => (shown = event.number);
const onComplete = (event: AllianceTimerCompleteEvent) => console.log(event.exercise, event.elapsedSeconds);`)}
<template>
  <alliance-provider theme="dark" storage="none" partner-a="Dana" partner-b="Luis" class="settings">
    <alliance-principles mode="carousel" :start="shown" variant="compact" :heading-level="3" @alliance-principle-change="onChange" />
    <alliance-exercise-timer exercise="heads-on-pillows" :minutes="5" breathing @alliance-timer-complete="onComplete" />
    <alliance-check-in mode="couple" scale :questions.prop="questions" @alliance-check-in-submit="onSubmit" />
    <alliance-check-in mode="solo" @alliance-check-in-submit="(event) => console.log(event.entry.id)" />
  </alliance-provider>
</template>
`,
      'every-tag.ts': everyTyped(
        elements,
        `import type { GlobalComponents } from 'vue';\nimport type * as Alliance from 'alliance-elements';\ntype Props<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];`,
        (event) => `'on${pascal(event)}'`,
        (attribute) => `'${camel(attribute)}'`,
      ),
    },
    bad: [
      {
        file: 'BadMode.vue',
        what: 'a mode <alliance-principles> does not have',
        marker: 'mode="grid"',
        text: `<template>\n  <alliance-principles mode="grid" />\n</template>\n`,
      },
      {
        file: 'BadExercise.vue',
        what: 'an exercise <alliance-exercise-timer> does not have',
        marker: 'exercise="jogging"',
        text: `<template>\n  <alliance-exercise-timer exercise="jogging" />\n</template>\n`,
      },
      {
        file: 'BadHandler.vue',
        what: "a handler for another event than the check-in's submit",
        marker: '@alliance-check-in-submit',
        text: `${script(`import type { AlliancePrincipleChangeEvent } from 'alliance-elements';
const onSubmit = (event: AlliancePrincipleChangeEvent) => console.log(event.number);`)}<template>
  <alliance-check-in mode="solo" @alliance-check-in-submit="onSubmit" />
</template>
`,
      },
    ],
  };
}

/**
 * Svelte 5: a correct component (runes), the every-tag file, and three wrong components. Each has
 * a TypeScript script (svelte-check checks the markup of a component without one as JavaScript).
 */
function svelteFiles(elements) {
  const script = (body) => `<script lang="ts">\n${body}\n</script>\n`;
  return {
    good: {
      'alliance.d.ts': `import type {} from 'alliance-elements/svelte';\n`,
      'Good.svelte': `${script(`import 'alliance-elements/define.js';
import type { AllianceCheckInSubmitEvent, AlliancePrincipleChangeEvent, AllianceTimerCompleteEvent } from 'alliance-elements';

const questions = ['What made you laugh today?'];
let shown = $state(1);
function onsubmit(event: AllianceCheckInSubmitEvent) {
  event.preventDefault();
  console.log(event.entry.id, event.rating);
}
const onchange = (event: AlliancePrincipleChangeEvent) => (shown = event.number);
const oncomplete = (event: AllianceTimerCompleteEvent) => console.log(event.exercise, event.elapsedSeconds);`)}
<alliance-provider theme="dark" storage="none" partner-a="Dana" partner-b="Luis" class="settings">
  <alliance-principles mode="carousel" start={shown} variant="compact" heading-level={3} onalliance-principle-change={onchange}></alliance-principles>
  <alliance-exercise-timer exercise="heads-on-pillows" minutes={5} breathing onalliance-timer-complete={oncomplete}></alliance-exercise-timer>
  <alliance-check-in mode="couple" scale {questions} onalliance-check-in-submit={onsubmit}></alliance-check-in>
  <alliance-check-in mode="solo" onalliance-check-in-submit={(event) => console.log(event.entry.id)}></alliance-check-in>
</alliance-provider>
`,
      'every-tag.ts': everyTyped(
        elements,
        `import type { SvelteHTMLElements } from 'svelte/elements';\nimport type * as Alliance from 'alliance-elements';\ntype Props<T extends keyof SvelteHTMLElements> = SvelteHTMLElements[T];`,
        (event) => `'on${event}'`,
        (attribute) => `'${attribute}'`,
      ),
    },
    bad: [
      {
        file: 'BadMode.svelte',
        what: 'a mode <alliance-principles> does not have',
        marker: 'mode="grid"',
        text: `${script('')}<alliance-principles mode="grid"></alliance-principles>\n`,
      },
      {
        file: 'BadExercise.svelte',
        what: 'an exercise <alliance-exercise-timer> does not have',
        marker: 'exercise="jogging"',
        text: `${script('')}<alliance-exercise-timer exercise="jogging"></alliance-exercise-timer>\n`,
      },
      {
        file: 'BadHandler.svelte',
        what: "a handler for another event than the check-in's submit",
        marker: 'onalliance-check-in-submit',
        text: `${script(`import type { AlliancePrincipleChangeEvent } from 'alliance-elements';
const onsubmit = (event: AlliancePrincipleChangeEvent) => console.log(event.number);`)}<alliance-check-in mode="solo" onalliance-check-in-submit={onsubmit}></alliance-check-in>
`,
      },
    ],
  };
}

console.log(`${passed} passed, ${failures.length} failed`);
process.exitCode = failures.length ? 1 : 0;
