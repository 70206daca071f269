// React 19 server rendering and hydration with the components of 'alliance-elements/react'.
// An app is rendered to HTML in Node (react-dom/server, no DOM), its client side bundled with
// Rollup (React's development build, so that hydration warnings show), both served from
// 127.0.0.1 and hydrated in Chromium. Then: no error or warning in the console (hydration
// mismatches included), the principles deck's change event reaches its React handler, a
// check-in clicked through from Begin to Show both reaches onCheckInSubmit, whose
// preventDefault() keeps the entry out of localStorage, while a check-in whose handler does
// not prevent it is stored. A second page renders all eight tags themselves (the JSX types'
// path): an attribute an element writes on itself fails as a hydration mismatch, and a note
// says what React did with a hydrated tag's event prop and array property (react/react#35446).
// Ends with one line: "N passed, N failed".
// Needs `npm run build` first, and Chromium (CHROME_PATH, else /usr/bin/chromium).
// With `--react=18`, the same components with React 18 (installed into the test's own project
// from npm's cache or the registry); the tags' page is React 19's alone and is left out.
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { chromium } from 'playwright';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const started = Date.now();
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
/** What the run found out without asserting it: React's own behaviour, which may change. */
const note = (message) => console.log(`note ${message}`);
const check = (condition, message, why) => (condition ? ok(message) : fail(why ? `${message}: ${why}` : message));

for (const [file, hint] of [
  ['dist/react.js', 'run `npm run build` first'],
  ['node_modules/react-dom/package.json', 'run `npm ci` first'],
  [chromePath, 'install Chromium or point CHROME_PATH at it'],
]) {
  if (!existsSync(resolve(root, file))) {
    console.error(`${file} is missing: ${hint}.`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}
const react18 = process.argv.includes('--react=18');

// The app, in a project of its own that imports the package by its name, as a consumer's does.
const work = mkdtempSync('/tmp/alliance-react-');
mkdirSync(join(work, 'node_modules'));
if (react18) {
  // React 18 beside this repository's 19: installed in the project, with a copy of the package
  // (not a link), so that the package's `import 'react'` finds React 18 too.
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'react-18-app', private: true, type: 'module' }));
  const install = (...flags) =>
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...flags, 'react@^18.3.1', 'react-dom@^18.3.1'], { cwd: work, stdio: 'pipe' });
  try {
    install('--offline');
  } catch {
    install();
  }
  const copy = join(work, 'node_modules/alliance-elements');
  mkdirSync(copy);
  cpSync(join(root, 'dist'), join(copy, 'dist'), { recursive: true });
  cpSync(join(root, 'package.json'), join(copy, 'package.json'));
  for (const name of ['lit', 'lit-html', 'lit-element', '@lit', 'lean-qr']) symlinkSync(join(root, 'node_modules', name), join(work, 'node_modules', name));
} else {
  for (const [name, target] of [
    ['alliance-elements', root],
    ['react', join(root, 'node_modules/react')],
    ['react-dom', join(root, 'node_modules/react-dom')],
  ]) {
    symlinkSync(target, join(work, 'node_modules', name));
  }
}
const reactVersion = JSON.parse(readFileSync(join(work, 'node_modules/react/package.json'), 'utf8')).version;

// Both pages' apps, without JSX so that neither Node nor Rollup needs a compiler.
const questions = ['What made you laugh today?', 'What would help tomorrow?'];
writeFileSync(
  join(work, 'app.mjs'),
  `import { createElement as h, useEffect, useState } from 'react';
import { Provider, Principles, CheckIn } from 'alliance-elements/react';

export const questions = ${JSON.stringify(questions)};
/** What the handlers saw, for the test to read. */
export const seen = [];
const hydrated = () => useEffect(() => void (window.hydrated = true), []);
const submitted = (where, event) =>
  seen.push({ where, type: event.type, id: event.id, partners: event.partners, answers: event.answers, rating: event.rating, prevented: event.defaultPrevented });

// The components: properties set as properties (the questions an array), events as onCamelCase.
export function ComponentsApp() {
  const [shown, setShown] = useState(1);
  hydrated();
  return h(
    Provider,
    { partnerA: 'Dana', partnerB: 'Luis' },
    h(Principles, {
      id: 'deck',
      onPrincipleChange: (event) => {
        seen.push({ where: 'deck', type: event.type, number: event.number });
        setShown(event.number);
      },
    }),
    h('p', { id: 'shown' }, 'Principle ' + shown),
    h(CheckIn, {
      id: 'kept-out',
      storageKey: 'kept-out',
      scale: true,
      questions,
      onCheckInSubmit: (event) => {
        // The app keeps it (on its server, say), not this browser.
        event.preventDefault();
        submitted('kept-out', event);
      },
    }),
    h(CheckIn, { id: 'kept', storageKey: 'kept', scale: true, questions, onCheckInSubmit: (event) => submitted('kept', event) }),
  );
}

// The tags themselves, as the JSX types describe them: all eight, so that an attribute any of
// them writes on itself shows as a hydration mismatch (the components tell React to let those be).
export function TagsApp() {
  hydrated();
  return h(
    'alliance-provider',
    { 'partner-a': 'Dana', 'partner-b': 'Luis' },
    h('alliance-principle', { number: 3 }),
    h('alliance-principles', null),
    h('alliance-exercise-timer', { exercise: 'heads-on-pillows' }),
    h('alliance-check-in', {
      id: 'tags',
      'storage-key': 'tags',
      scale: true,
      questions,
      'onalliance-check-in-submit': (event) => {
        event.preventDefault();
        submitted('tags', event);
      },
    }),
    h('alliance-worksheet', null),
    h('alliance-offer', null),
    h('alliance-practice', null),
  );
}
`,
);
writeFileSync(
  join(work, 'server.mjs'),
  `import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ComponentsApp, TagsApp } from './app.mjs';

export const render = { '/': () => renderToString(createElement(ComponentsApp)), '/tags': () => renderToString(createElement(TagsApp)) };
`,
);
writeFileSync(
  join(work, 'client.mjs'),
  `import { createElement as h } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { ComponentsApp, TagsApp, seen } from './app.mjs';

window.seen = seen;
const App = location.pathname === '/tags' ? TagsApp : ComponentsApp;
hydrateRoot(document.getElementById('root'), h(App), {
  onRecoverableError: (error) => console.error('recoverable error during hydration: ' + (error && error.message)),
});
`,
);

// React ships CommonJS only. This runs it in the bundle the way Node would: each file becomes a
// factory that runs when first required, so the production files that index.js names beside
// the development ones are bundled but never run. process.env.NODE_ENV is "development".
const commonJs = () => {
  const cjsFile = /\/node_modules\/(react|react-dom|scheduler)\/.*\.js$/;
  const runtime = `const factories = new Map();
const modules = new Map();
export const define = (id, requires, factory) => factories.set(id, { requires, factory });
export const req = (id) => {
  if (!modules.has(id)) {
    const module = { exports: {} };
    modules.set(id, module);
    const { requires, factory } = factories.get(id);
    factory.call(module.exports, module, module.exports, (name) => req(requires[name]));
  }
  return modules.get(id).exports;
};
`;
  return {
    name: 'common-js',
    resolveId: (source) => (source.startsWith('\0cjs') ? source : null),
    async load(id) {
      if (id === '\0cjs-runtime') return runtime;
      if (id.startsWith('\0cjs:')) {
        const file = id.slice('\0cjs:'.length);
        const code = readFileSync(file, 'utf8').replaceAll('process.env.NODE_ENV', '"development"');
        const names = [...new Set([...code.matchAll(/\brequire\((['"])([^'"]+)\1\)/g)].map((m) => m[2]))];
        const requires = {};
        for (const name of names) {
          const found = await this.resolve(name, file, { skipSelf: true });
          if (!found || !cjsFile.test(found.id)) throw new Error(`${file} requires ${name}, which is not React's CommonJS`);
          requires[name] = found.id;
        }
        return [
          `import { define } from '\\0cjs-runtime';`,
          ...Object.values(requires).map((dep) => `import ${JSON.stringify(`\0cjs:${dep}`)};`),
          `define(${JSON.stringify(file)}, ${JSON.stringify(requires)}, function (module, exports, require) {`,
          code,
          '});',
        ].join('\n');
      }
      if (!cjsFile.test(id)) return null;
      // Imported from an ES module: the module's exports, by name too.
      return {
        code: `import ${JSON.stringify(`\0cjs:${id}`)};\nimport { req } from '\\0cjs-runtime';\nexport default req(${JSON.stringify(id)});\n`,
        syntheticNamedExports: true,
      };
    },
  };
};

/**
 * The attributes in a React hydration diff that the client has and the server did not write,
 * as `<tag> name="value"`: React prints the element (`<alliance-provider`) and then each such
 * attribute on a line of its own starting with "-".
 */
const extraAttributes = (message) => {
  const found = [];
  let tag = '';
  for (const line of message.split('\n')) {
    const opened = line.match(/^\s*<([a-z][\w-]*)/);
    if (opened) tag = opened[1];
    const extra = line.match(/^-\s+([\w-]+)(=.*)?$/);
    if (extra && tag) found.push(`<${tag}> ${extra[1]}${extra[2] ?? ''}`);
  }
  return found;
};

/** Thrown to end the run early, on purpose. */
class Done extends Error {}

const consoleOf = new Map();
let server;
let browser;
try {
  // 1. Server rendering, in this Node process: no DOM, nothing registered.
  const { render } = await import(pathToFileURL(join(work, 'server.mjs')).href);
  const pages = {};
  for (const [path, renderPage] of Object.entries(render)) {
    const body = renderPage();
    pages[path] = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>alliance-elements with React ${reactVersion}</title></head>
<body><div id="root">${body}</div><script type="module" src="/client.js"></script></body>
</html>`;
  }
  const home = pages['/'];
  check(
    ['<alliance-provider', '<alliance-principles id="deck"', '<alliance-check-in id="kept-out"', '<alliance-check-in id="kept"'].every((tag) => home.includes(tag)),
    `react-dom/server ${reactVersion} rendered the components in Node, without a DOM`,
    home,
  );

  // 2. The client side, bundled from this repository's node_modules.
  const warnings = [];
  const bundle = await rollup({
    input: join(work, 'client.mjs'),
    plugins: [commonJs(), nodeResolve({ browser: true })],
    onwarn: (warning) => warnings.push(warning.message),
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  const client = output[0].code;
  check(
    /react-dom(-client)?\.development\.js/.test(client) && !client.includes('process.env.NODE_ENV'),
    `client bundled with Rollup and node-resolve (${(client.length / 1024).toFixed(0)} KB; React's development build runs)`,
  );
  if (warnings.length) note(`Rollup said: ${[...new Set(warnings)].join(' | ')}`);

  server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/client.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(client);
    } else if (pages[path]) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[path]);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;

  browser = await chromium.launch({ executablePath: chromePath });
  /** A fresh browser (empty localStorage) on one page, its console's errors and warnings kept. */
  const open = async (path) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const said = [];
    consoleOf.set(path, said);
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') said.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => said.push(`uncaught: ${error.message}`));
    await page.goto(origin + path);
    await page.waitForFunction(() => window.hydrated === true, null, { timeout: 10_000 });
    // Effects and the elements' own updates after hydration.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
    return page;
  };
  const seen = (page) => page.evaluate(() => window.seen);
  const stored = (page, key) => page.evaluate((k) => localStorage.getItem(`alliance-elements:${k}`), key);
  const waitFor = async (what, timeout = 5_000) => {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await what();
      if (value || Date.now() > end) return value;
      await new Promise((done) => setTimeout(done, 50));
    }
  };

  /** Clicks one check-in through: Begin, the first turn, the hand-over, the second turn, Show both. */
  const completeCheckIn = async (page, id) => {
    const step = page.locator(`#${id} [part=step]`);
    const primary = step.locator('button.primary');
    const turn = async (answers, rating) => {
      await step.locator('#answer-0').fill(answers[0]);
      await step.locator('#answer-1').fill(answers[1]);
      await step.locator('label.point').nth(rating - 1).click();
      await primary.click();
    };
    // Begin waits for the stored draft to be read: press it until the first question shows.
    await waitFor(async () => {
      if (await step.locator('#answer-0').count()) return true;
      await primary.click();
      return false;
    });
    const asked = await step.locator('label[for=answer-0], label[for=answer-1]').allTextContents();
    await turn(['The walk after dinner', 'Less phone'], 4);
    const handOver = (await step.locator('#step-heading').textContent()) ?? '';
    await primary.click(); // the second partner's turn
    await turn(['The tea in the morning', 'An earlier night'], 5);
    await primary.click(); // Show both
    await page.locator(`#${id} .reveal`).waitFor({ timeout: 5_000 });
    return { asked: asked.map((t) => t.trim()), handOver };
  };

  // 3. The components, hydrated.
  const page = await open('/');
  const props = await page.evaluate(() => {
    const checkIn = document.querySelector('#kept-out');
    const provider = document.querySelector('alliance-provider');
    return { questions: checkIn.questions, isArray: Array.isArray(checkIn.questions), storageKey: checkIn.storageKey, partnerA: provider.partnerA, partnerB: provider.partnerB };
  });
  check(
    props.isArray && JSON.stringify(props.questions) === JSON.stringify(questions) && props.storageKey === 'kept-out',
    'after hydration the check-in has its questions (an array) and storage key as properties',
    JSON.stringify(props),
  );
  check(props.partnerA === 'Dana' && props.partnerB === 'Luis', 'the provider has the partner names as properties', JSON.stringify(props));

  await page.locator('#deck button[part=button]').nth(1).click(); // next
  const deckSeen = async () => (await seen(page)).filter((s) => s.where === 'deck');
  const deckEvents = (await waitFor(async () => ((await deckSeen()).length ? deckSeen() : null))) ?? [];
  const shownText = await page.locator('#shown').textContent();
  check(
    deckEvents.length === 1 && deckEvents[0].number === 2 && deckEvents[0].type === 'alliance-principle-change' && shownText === 'Principle 2',
    'next on the deck reached onPrincipleChange (number 2), and React re-rendered with it',
    `handler saw ${JSON.stringify(deckEvents)}, page shows "${shownText}"`,
  );

  const keptOut = await completeCheckIn(page, 'kept-out');
  check(
    JSON.stringify(keptOut.asked) === JSON.stringify(questions),
    'the check-in asked the questions given as an array property',
    JSON.stringify(keptOut.asked),
  );
  check(keptOut.handOver.includes('Luis'), 'the hand-over names the second partner from the provider', keptOut.handOver);
  const submitOut = (await seen(page)).filter((s) => s.where === 'kept-out');
  check(
    submitOut.length === 1 &&
      submitOut[0].type === 'alliance-check-in-submit' &&
      submitOut[0].prevented === true &&
      JSON.stringify(submitOut[0].partners) === '["Dana","Luis"]' &&
      submitOut[0].answers[1][0] === 'The tea in the morning' &&
      JSON.stringify(submitOut[0].rating) === '[4,5]',
    'the completed check-in reached onCheckInSubmit (partners, answers, ratings), which prevented it',
    JSON.stringify(submitOut),
  );

  await completeCheckIn(page, 'kept');
  const submitKept = (await seen(page)).filter((s) => s.where === 'kept');
  check(submitKept.length === 1 && submitKept[0].prevented === false, "the control check-in reached its onCheckInSubmit, which let it be", JSON.stringify(submitKept));
  const keptHistory = await waitFor(() => stored(page, 'kept:history'));
  const keptIds = keptHistory ? JSON.parse(keptHistory).data.map((entry) => entry.id) : [];
  check(
    submitKept.length === 1 && keptIds.includes(submitKept[0].id),
    'without preventDefault() the entry is stored (alliance-elements:kept:history)',
    `stored: ${keptHistory}`,
  );
  const keptOutHistory = await stored(page, 'kept-out:history');
  const keptOutIds = keptOutHistory ? JSON.parse(keptOutHistory).data.map((entry) => entry.id) : [];
  check(
    submitOut.length === 1 && !keptOutIds.includes(submitOut[0].id),
    "preventDefault() in onCheckInSubmit kept the entry out of localStorage (no alliance-elements:kept-out:history)",
    `stored: ${keptOutHistory}`,
  );
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  note(`localStorage keys after both check-ins: ${keys.join(', ')}`);

  const componentsSaid = consoleOf.get('/');
  check(!componentsSaid.length, 'no error or warning in the console with the components (hydration included)', `\n     ${componentsSaid.join('\n     ')}`);

  // 4. The tags themselves (import type {} from 'alliance-elements/react'), hydrated: React 19's
  // path only (React 18 sets every prop as an attribute and ignores custom events).
  if (react18) throw new Done();
  const tags = await open('/tags');
  const tagProps = await tags.evaluate(() => {
    const checkIn = document.querySelector('#tags');
    return { isArray: Array.isArray(checkIn.questions), storageKey: checkIn.storageKey };
  });
  await completeCheckIn(tags, 'tags');
  const tagSubmits = (await seen(tags)).filter((s) => s.where === 'tags');
  const tagStored = await waitFor(() => stored(tags, 'tags:history'), 2_000);
  if (!tagProps.isArray || !tagSubmits.length) {
    note(
      `React ${reactVersion} after hydrateRoot, on <alliance-check-in> written as a tag (react/react#35446): ` +
        `questions ${tagProps.isArray ? 'set' : 'never set (the element asked its default questions)'}, ` +
        `onalliance-check-in-submit ${tagSubmits.length ? 'called' : 'never called'}, ` +
        `so the check-in ${tagStored ? 'was stored although the handler would have prevented it' : 'was not stored'}. ` +
        'Server-rendered apps use the components.',
    );
  } else {
    note(`React ${reactVersion} set the array property and called the event prop of a hydrated tag: react/react#35446 is fixed here.`);
  }
  // An attribute an element writes on itself, which React did not write on the server, is a
  // hydration mismatch: one failure for each, then React's own words.
  const tagsSaid = consoleOf.get('/tags');
  const mismatches = tagsSaid.filter((said) => extraAttributes(said).length);
  for (const attribute of mismatches.flatMap(extraAttributes)) fail(`hydration mismatch: ${attribute} is on the element, and the server did not write it`);
  if (mismatches.length) console.error(`     ${mismatches.join('\n     ')}`);
  const otherwise = tagsSaid.filter((said) => !mismatches.includes(said));
  check(!otherwise.length, 'no other error or warning in the console with the tags', `\n     ${otherwise.join('\n     ')}`);
} catch (error) {
  if (!(error instanceof Done)) fail(`the run stopped: ${error.stack ?? error}`);
  for (const [path, said] of consoleOf) if (said.length) console.error(`     console of ${path}:\n     ${said.join('\n     ')}`);
} finally {
  await browser?.close();
  server?.close();
  rmSync(work, { recursive: true, force: true });
}

console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exitCode = failures.length ? 1 : 0;
