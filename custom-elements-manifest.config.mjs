// `npm run analyze` writes ./custom-elements.json: read by Storybook's docs, editors and lit-analyzer;
// and, from it, the template types for Vue and Svelte: dist/types/vue.d.ts and dist/types/svelte.d.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';

/**
 * Attribute and property types as the compiler sees them. The analyzer writes the name a
 * source gives a type (`CheckInMode`); editors and the docs need the values behind it, so a
 * union of string literals is spelled out in `expandedType` (`'couple' | 'solo'`). A field
 * initialised from a constant gets the type it lacks, and the constant's value as its
 * default (`20`, not `DEFAULT_ADJUST_SECONDS`).
 */
function resolveTypes() {
  return {
    name: 'resolve-types',
    packageLinkPhase({ customElementsManifest }) {
      const elements = customElementsManifest.modules.flatMap((mod) =>
        (mod.declarations ?? []).filter((decl) => decl.customElement).map((decl) => ({ path: mod.path, decl })),
      );
      const program = ts.createProgram(
        elements.map((e) => e.path),
        {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          moduleResolution: ts.ModuleResolutionKind.Bundler,
          experimentalDecorators: true,
          useDefineForClassFields: false,
          strict: true,
          skipLibCheck: true,
          noEmit: true,
        },
      );
      const checker = program.getTypeChecker();
      for (const { path, decl } of elements) {
        const source = program.getSourceFile(path);
        const node = source?.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === decl.name);
        if (!node) continue;
        const instance = checker.getTypeAtLocation(node);
        const fields = (decl.members ?? []).filter((m) => m.kind === 'field');
        for (const item of [...(decl.attributes ?? []), ...fields]) {
          const name = item.fieldName ?? (item.kind === 'field' ? item.name : undefined);
          const symbol = name && instance.getProperty(name);
          if (!symbol) continue;
          const type = checker.getTypeOfSymbolAtLocation(symbol, node);
          if (!item.type?.text) item.type = { text: checker.typeToString(type) };
          const initializer = symbol.valueDeclaration?.initializer;
          if (initializer && (ts.isIdentifier(initializer) || ts.isPropertyAccessExpression(initializer))) {
            const value = checker.getTypeAtLocation(initializer);
            if (value.isLiteral()) item.default = checker.typeToString(value);
          }
          const literals = stringLiterals(type);
          if (literals) item.expandedType = { text: literals.map((l) => `'${l}'`).join(' | ') };
        }
      }
    },
  };
}

/** The values of a union of string literals (undefined and null aside), or undefined. */
function stringLiterals(type) {
  const parts = (type.isUnion() ? type.types : [type]).filter(
    (t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)),
  );
  return parts.length > 0 && parts.every((t) => t.isStringLiteral()) ? parts.map((t) => t.value) : undefined;
}

/**
 * Template types for Vue 3 (vue-tsc, Volar) and Svelte 5 (svelte-check), written from the manifest
 * by the two generators into dist/types/, which the build keeps (tsc and Rollup only add to
 * dist/). package.json exports them as `alliance-elements/vue` and `alliance-elements/svelte`.
 * Each attribute or property is typed as the element's own property (`AlliancePrinciples['mode']`),
 * imported from the package itself, so the unions are the source's and a wrong value is an error.
 *
 * The generators are given a copy of the manifest without what a page cannot set: an attribute
 * with no property behind it (the timer reflects `state` for styling) and read-only properties.
 * Their output is then corrected where it does not match how the frameworks and our events work;
 * each correction must find what it corrects, so a generator that changes fails the analysis
 * instead of shipping wrong types.
 */
function frameworkTypes() {
  const outdir = 'dist/types';
  const globalTypePath = 'alliance-elements';
  return {
    name: 'framework-types',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = settableOnly(customElementsManifest);
      const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.customElement && d.tagName);
      const events = elements.flatMap((d) => d.events ?? []);
      const kebabAttributes = elements.flatMap((d) => d.attributes ?? []).filter((a) => a.name.includes('-'));
      // The properties without an attribute, which the generators list after the attributes.
      const properties = elements.flatMap((d) => d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.attribute);
      for (const event of events) {
        if (!/^[A-Z]\w*Event$/.test(event.type?.text ?? '')) {
          throw new Error(`${event.name}: its @fires tag must name its event class ({AllianceSomethingEvent}), not "${event.type?.text}"`);
        }
      }

      generateVuejsTypes(manifest, { outdir, fileName: 'vue.d.ts', globalTypePath, hideLogs: true });
      rewrite(`${outdir}/vue.d.ts`, [
        // Our events are Event subclasses with their own fields, not CustomEvent<detail>; and a
        // template's @alliance-check-in-submit is the prop onAllianceCheckInSubmit, which is how
        // vue-tsc looks the listener up (and how Vue's runtime names it).
        [
          /"on([a-z][a-z-]*)"\?: \(e: CustomEvent<(\w+)>\) => void;/g,
          (_, name, type) => `on${pascal(name)}?: (event: ${type}) => void;`,
          events.length,
        ],
        // vue-tsc reads a template's attributes as camelCase props (partner-a="…" is partnerA),
        // as Vue does a component's; a kebab-case key would never be checked.
        [/"([a-z]+(?:-[a-z]+)+)"\?:/g, (_, name) => `${name.replace(/-([a-z])/g, (__, c) => c.toUpperCase())}?:`, kebabAttributes.length],
        // A global JSX namespace whose elements are components types no JSX: Vue's TSX reads
        // vue/jsx-runtime since 3.4. These types are for templates.
        [/\n\s*declare global \{\s*namespace JSX \{[\s\S]*?\n\s*\}\s*\}\s*$/, '\n', 1],
      ]);

      generateSvelteTypes(manifest, { outdir, fileName: 'svelte.d.ts', globalTypePath, hideLogs: true });
      rewrite(`${outdir}/svelte.d.ts`, [
        // Svelte's own attributes for every element (class, style, aria-*, data-*, onclick …) in
        // place of a list that names JSX, which a Svelte project does not have.
        [/\ntype BaseProps = \{[\s\S]*?\n\};\n/, '\ntype BaseProps = HTMLAttributes<HTMLElement>;\n', 1],
        // Svelte 5 sets a custom element's property from an attribute of the same name when the
        // element has that property; `bind:` works only for the bindings Svelte knows.
        [/"bind:(\w+)"\?:/g, (_, name) => `${name}?:`, properties.length],
        // The event classes themselves, not CustomEvent<class>; for Svelte 5's event attributes
        // (onalliance-check-in-submit={…}) and for on:alliance-check-in-submit in older syntax.
        [
          /"on:([a-z][a-z-]*)"\?: \(e: CustomEvent<(\w+)>\) => void;/g,
          (_, name, type) => `"on${name}"?: (event: ${type}) => void;\n  "on:${name}"?: (event: ${type}) => void;`,
          events.length,
        ],
        // A namespace declared in a module stays in that module; Svelte reads the elements'
        // types from svelte/elements (its documented way to add custom elements).
        [
          /declare namespace svelteHTML \{[\s\S]*?interface IntrinsicElements extends CustomElements \{\}\s*\}/,
          'declare module "svelte/elements" {\n  interface SvelteHTMLElements extends CustomElements {}\n}',
          1,
        ],
        [/^/, 'import type { HTMLAttributes } from "svelte/elements";\n', 1],
      ]);
      for (const file of ['vue.d.ts', 'svelte.d.ts']) {
        const text = readFileSync(`${outdir}/${file}`, 'utf8');
        const absent = [...elements.map((d) => `"${d.tagName}"`), ...elements.map((d) => d.name)].filter((n) => !text.includes(n));
        if (absent.length) throw new Error(`${outdir}/${file} lacks ${absent.join(', ')}`);
      }
    },
  };
}

/** A copy of the manifest with only what a page sets: attributes with a property, writable properties. */
function settableOnly(manifest) {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement) continue;
      if (decl.attributes) decl.attributes = decl.attributes.filter((a) => a.fieldName);
      if (decl.members) decl.members = decl.members.filter((m) => !(m.kind === 'field' && m.readonly));
    }
  }
  return copy;
}

/** `check-in-submit` → `CheckInSubmit`. */
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());

/**
 * Applies [pattern, replacement, count] corrections to a generated file, each of which must match
 * exactly `count` times, and heads the file with where it comes from.
 */
function rewrite(path, corrections) {
  let text = readFileSync(path, 'utf8');
  for (const [pattern, replacement, count] of corrections) {
    const found = text.match(pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`))?.length ?? 0;
    if (found !== count) throw new Error(`${path}: ${pattern} matched ${found} times, not ${count}: has the generator changed?`);
    text = text.replace(pattern, replacement);
  }
  const header = '// Generated by `npm run analyze` from custom-elements.json (see custom-elements-manifest.config.mjs).\n';
  writeFileSync(path, header + text);
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/react.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'drop-private-members',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            // The analyzer reads `dispatchEvent(new SomeEvent(arg))` as an event named after
            // `arg`; the real names come from the @fires tags, all prefixed alliance-.
            if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('alliance-'));
            if (decl.members) {
              decl.members = decl.members.filter(
                (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_') && !m.name.startsWith('#'),
              );
            }
          }
        }
      },
    },
    resolveTypes(),
    frameworkTypes(),
  ],
};
