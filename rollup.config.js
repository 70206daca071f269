import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

// Input is tsc's output (build/*.js with source maps); tsc writes the .d.ts files into dist/.

// Chain tsc's source maps so that dist/*.js.map points at src/*.ts, not at build/*.js.
const tscSourcemaps = {
  name: 'tsc-sourcemaps',
  load(id) {
    if (!id.includes('/build/')) return null;
    const code = readFileSync(id, 'utf8');
    return existsSync(`${id}.map`) ? { code, map: readFileSync(`${id}.map`, 'utf8') } : code;
  },
};
// package.json's `sideEffects` speaks of dist/; the modules in build/ that register
// elements do have side effects, and the bundle must keep them.
// The events modules only define classes (and declare types): an entry that imports one for its
// types does not keep the classes it never uses, so the history's events load with the history.
const keepBuildSideEffects = {
  name: 'keep-build-side-effects',
  async resolveId(source, importer, options) {
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (!resolved || !resolved.id.includes('/build/')) return null;
    return { ...resolved, moduleSideEffects: !/\.(events|submit)\.js$/.test(resolved.id) };
  },
};
// @lit/context's entry re-exports all of it, so whatever imports it brings the provider's half
// too. In the CDN files each of our modules takes only the part it uses (the same production
// files the entry re-exports), and the context provider stays with <alliance-provider>.
const litContextParts = {
  'controllers/settings.js': 'lib/controllers/context-consumer.js',
  'context/settings.js': 'lib/create-context.js',
  'components/provider/provider.js': 'lib/controllers/context-provider.js',
};
const splitLitContext = {
  name: 'split-lit-context',
  resolveId(source, importer) {
    if (source !== '@lit/context' || !importer) return null;
    const part = Object.entries(litContextParts).find(([from]) => importer.endsWith(`/build/${from}`));
    if (!part) throw new Error(`${importer} imports @lit/context: add it to litContextParts in rollup.config.js`);
    return resolve('node_modules/@lit/context', part[1]);
  },
};
// tsc imports its decorators' helper from "tslib": ours, build/base/tslib.js (see tsconfig.build.json).
const ownHelpers = {
  name: 'own-helpers',
  resolveId: (source) => (source === 'tslib' ? resolve('build/base/tslib.js') : null),
};
// tsc's __decorate helper starts with `this && this.__decorate`: harmless in a module.
const onwarn = (w, warn) => {
  if (w.code !== 'THIS_IS_UNDEFINED') warn(w);
};
const terserOpts = { ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } };

// Every element's own entry: build/components/<name>/define.js.
const elementEntries = readdirSync('build/components')
  .filter((name) => existsSync(`build/components/${name}/define.js`))
  .map((name) => `build/components/${name}/define.js`);

// A language the library ships is loaded on demand, into a file of its own: cdn/locales/es.js.
const chunkFileNames = (chunk) => {
  const locale = chunk.facadeModuleId?.match(/\/content\/(\w+)\.js$/);
  return locale && chunk.isDynamicEntry ? `locales/${locale[1]}.js` : 'chunks/[name]-[hash].js';
};
const cdnPlugins = () => [ownHelpers, splitLitContext, keepBuildSideEffects, tscSourcemaps, nodeResolve({ exportConditions: ['production'] }), minifyHTML(), terser(terserOpts)];

export default [
  // (a) The npm build: one ES module per source module, Lit left to the consumer's bundler.
  {
    onwarn,
    input: ['build/index.js', 'build/define.js', 'build/autoloader.js', 'build/react.js', ...elementEntries],
    external: [/^lit(\/.*)?$/, /^@lit\//, /^lean-qr(\/.*)?$/, 'react', '@lit/react'],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'build', sourcemap: true },
    plugins: [ownHelpers, tscSourcemaps, minifyHTML(), terser(terserOpts)],
  },
  // (b) The one-tag bundle: every element registered, Lit (production build) inside.
  {
    onwarn,
    input: { 'alliance-elements': 'build/define.js' },
    output: { dir: 'dist/cdn', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames },
    plugins: cdnPlugins(),
  },
  // (c) One file per element (cdn/exercise-timer.js, ...), sharing Lit and the common code
  // through chunks beside them: a page with two elements loads Lit once. The autoloader
  // (cdn/autoloader.js) loads those files as their tags appear.
  {
    onwarn,
    input: {
      ...Object.fromEntries(elementEntries.map((entry) => [entry.split('/').at(-2), entry])),
      autoloader: 'build/autoloader.js',
    },
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames,
      // Lit's core, with the few small modules that every element (the provider too) imports,
      // in one chunk that every element loads: one request and one gzip stream instead of two.
      // Lit's directives and the context provider are chunked by who imports them, so a card
      // downloads none of them.
      manualChunks: (id) =>
        (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(id) && !/\/directives?\/|directive(-helpers)?\.js$|context-provider\.js$/.test(id)) ||
        /\/build\/(base\/(define|warn|tslib|day)|context\/settings)\.js$/.test(id) ||
        /@lit\/context\/lib\/(create-context|context-request-event|value-notifier|controllers\/context-consumer)\.js$/.test(id) ||
        /lit-html\/directives\/if-defined\.js$/.test(id)
          ? 'lit'
          : /\/build\/(controllers\/settings|content\/(locales|credit|en\/core)|styles\/tokens)\.js$/.test(id)
            ? 'tokens'
            : /\/build\/(storage\/\w+|controllers\/stored|export\/download|content\/en\/keeping|components\/shared\/(storage-notice|guide\.styles))\.js$/.test(id)
            ? 'keeping'
            : // What keeping records shares (the check-in's, the worksheet's, the timer's log): one chunk.
              /\/build\/(components\/shared\/(parts|partners)|content\/en\/parts|export\/(envelope|file-name|markdown)|styles\/quiet-controls)\.js$/.test(id) || /lit-html\/(directives\/live|directive)\.js$/.test(id)
              ? 'parts'
              : undefined,
    },
    plugins: cdnPlugins(),
  },
];
