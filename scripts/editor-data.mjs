// Editor support, generated from custom-elements.json (run by `npm run analyze`, after the analyzer):
//   vscode.html-custom-data.json  VS Code's custom HTML data: tags, attributes, attribute values
//   vscode.css-custom-data.json   VS Code's custom CSS data: every --alliance-* custom property
//   web-types.json                JetBrains web-types 2.0: elements, attributes and values, slots,
//                                 events and properties (js), CSS parts and custom properties
// Attribute values come from the manifest's types: a union of string literals
// (`'carousel' | 'list' | 'daily'`) becomes a list of values.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const pkg = JSON.parse(read('package.json'));
const manifest = JSON.parse(read('custom-elements.json'));

// Each element's page in the hosted Storybook, when the package names one as its homepage.
const docsUrl = (tag) =>
  pkg.homepage ? `${pkg.homepage.replace(/\/$/, '')}/?path=/docs/elements-${tag.replace(/^alliance-/, '')}--docs` : undefined;

const elements = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .filter((decl) => decl.customElement && decl.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
if (elements.length === 0) throw new Error('custom-elements.json lists no custom elements: run `cem analyze` first');

/** `'a' | 'b'` → ['a', 'b']; anything but string literals (undefined and null aside) → undefined. */
function literalValues(text) {
  if (!text) return undefined;
  const parts = text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  const values = parts.map((part) => /^'([^']*)'$|^"([^"]*)"$/.exec(part)).map((m) => m && (m[1] ?? m[2]));
  return values.length > 0 && values.every((v) => v !== null) ? values : undefined;
}

const fieldOf = (decl, name) => decl.members?.find((m) => m.kind === 'field' && m.name === name);

/** What an attribute takes: its type's text and, for a union of string literals, the values. */
function attributeType(decl, attr) {
  // An attribute documented without a field of its own (`@attribute state`) reflects the property of that name.
  const source = attr.type?.text ? attr : (fieldOf(decl, attr.name) ?? attr);
  const text = source.type?.text ?? 'string';
  const values = literalValues(source.expandedType?.text ?? text);
  const kind = values ? 'enum' : /^boolean\b/.test(text) ? 'boolean' : /^number\b/.test(text) ? 'number' : 'string';
  return { text: source.expandedType?.text ?? text, values, kind };
}

// An attribute's default as it would be written in HTML: `card`, not `'card'`; none for ''.
const attributeDefault = (attr) =>
  attr.default === undefined || attr.default === 'undefined' ? undefined : attr.default.replace(/^'(.*)'$/, '$1') || undefined;
const defaultNote = (item) => (item.default !== undefined && item.default !== 'undefined' ? `\n\nDefault: \`${item.default}\`` : '');

/** The element's hover text: what it is, then its events, slots, parts and custom properties. */
function elementMarkdown(decl) {
  const list = (title, items, name) =>
    items?.length ? `\n\n**${title}:** ${items.map((i) => `\`${name(i)}\``).join(', ')}` : '';
  return (
    `${decl.summary ? `${decl.summary}\n\n` : ''}${decl.description ?? ''}` +
    list('Events', decl.events, (e) => e.name) +
    list('Slots', decl.slots, (s) => s.name || '(default)') +
    list('CSS parts', decl.cssParts, (p) => `::part(${p.name})`) +
    list('CSS custom properties', decl.cssProperties, (p) => p.name)
  );
}

// The global tokens live in src/styles/tokens.ts, not on an element: `var(--alliance-x, fallback)`.
const tokens = [...read('src/styles/tokens.ts').matchAll(/var\((--alliance-[\w-]+),\s*([^;]+)\);/g)].map(([, name, fallback]) => ({
  name,
  default: fallback.trim(),
}));
const globalProperties = tokens.map((t) => ({
  name: t.name,
  description: `A design token every alliance element reads. Default: \`${t.default}\``,
}));
// Several elements share some of their own properties (--alliance-guide-padding): one entry names them all.
const elementProperties = new Map();
for (const decl of elements) {
  for (const p of decl.cssProperties ?? []) {
    if (globalProperties.some((g) => g.name === p.name)) continue;
    const entry = elementProperties.get(p.name) ?? { property: p, tags: [] };
    entry.tags.push(`\`<${decl.tagName}>\``);
    elementProperties.set(p.name, entry);
  }
}
const cssProperties = [
  ...globalProperties,
  ...[...elementProperties.values()].map(({ property, tags }) => ({
    name: property.name,
    description: `${property.description ?? ''} (${tags.join(', ')})${defaultNote(property)}`,
  })),
];

const vscodeHtml = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((decl) => {
    const url = docsUrl(decl.tagName);
    return {
      name: decl.tagName,
      description: { kind: 'markdown', value: elementMarkdown(decl) },
      attributes: (decl.attributes ?? []).map((attr) => {
        const type = attributeType(decl, attr);
        return {
          name: attr.name,
          description: {
            kind: 'markdown',
            value: `${attr.description ?? ''}\n\n\`${type.text}\`${defaultNote({ default: attributeDefault(attr) })}`,
          },
          ...(type.values ? { values: type.values.map((name) => ({ name })) } : {}),
          ...(type.kind === 'boolean' ? { valueSet: 'v' } : {}),
          ...(url ? { references: [{ name: 'Documentation', url }] } : {}),
        };
      }),
      ...(url ? { references: [{ name: 'Documentation', url }] } : {}),
    };
  }),
};

const vscodeCss = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  properties: cssProperties.map((p) => ({ name: p.name, description: { kind: 'markdown', value: p.description } })),
};

const webTypes = {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((decl) => {
        const url = docsUrl(decl.tagName);
        return {
          name: decl.tagName,
          description: elementMarkdown(decl),
          ...(url ? { 'doc-url': url } : {}),
          source: { module: pkg.name, symbol: decl.name },
          attributes: (decl.attributes ?? []).map((attr) => {
            const type = attributeType(decl, attr);
            return {
              name: attr.name,
              description: attr.description ?? '',
              value: {
                type: type.kind,
                ...(type.kind === 'boolean' ? { required: false } : {}),
                ...(attributeDefault(attr) !== undefined ? { default: attributeDefault(attr) } : {}),
              },
              ...(type.values ? { values: type.values.map((name) => ({ name })) } : {}),
            };
          }),
          slots: (decl.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
          js: {
            properties: (decl.members ?? [])
              .filter((m) => m.kind === 'field' && !m.static)
              .map((m) => ({
                name: m.name,
                description: m.description ?? '',
                type: m.expandedType?.text ?? m.type?.text ?? 'unknown',
                ...(m.readonly ? { 'read-only': true } : {}),
              })),
            events: (decl.events ?? []).map((e) => ({
              name: e.name,
              description: e.description ?? '',
              ...(e.type?.text ? { type: e.type.text } : {}),
            })),
          },
          css: {
            parts: (decl.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
            properties: (decl.cssProperties ?? []).map((p) => ({ name: p.name, description: `${p.description ?? ''}${defaultNote(p)}` })),
          },
        };
      }),
    },
    css: {
      properties: globalProperties,
    },
  },
};

const write = (path, data) => writeFileSync(new URL(path, root), `${JSON.stringify(data, null, 2)}\n`);
write('vscode.html-custom-data.json', vscodeHtml);
write('vscode.css-custom-data.json', vscodeCss);
write('web-types.json', webTypes);

const attributeCount = elements.reduce((n, decl) => n + (decl.attributes?.length ?? 0), 0);
const eventCount = elements.reduce((n, decl) => n + (decl.events?.length ?? 0), 0);
console.log(
  `editor data: ${elements.length} elements, ${attributeCount} attributes, ${eventCount} events, ${cssProperties.length} CSS custom properties`,
);
