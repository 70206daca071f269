#!/usr/bin/env node
// Proves that the lint rules the library's safety rests on fire: each snippet below must be
// refused by the project's own eslint.config.js when it sits in src/, and the safe one must
// pass. Ends with one line: "N passed, N failed".
import { ESLint } from 'eslint';

// Linted as if it were this file's text (nothing is written): a path the type-aware parser knows.
const probe = 'src/index.ts';
const cases = [
  { name: 'unsafeHTML', code: "import { html } from 'lit';\nimport { unsafeHTML } from 'lit/directives/unsafe-html.js';\nexport const t = (s: string) => html`${unsafeHTML(s)}`;\n" },
  { name: 'unsafeSVG', code: "import { svg } from 'lit';\nimport { unsafeSVG } from 'lit/directives/unsafe-svg.js';\nexport const t = (s: string) => svg`${unsafeSVG(s)}`;\n" },
  { name: 'unsafeStatic', code: "import { html, unsafeStatic } from 'lit/static-html.js';\nexport const t = (s: string) => html`<${unsafeStatic(s)}></${unsafeStatic(s)}>`;\n" },
  { name: 'unsafeHTML from lit-html', code: "import { unsafeHTML as u } from 'lit-html/directives/unsafe-html.js';\nexport const t = u;\n" },
  { name: 'an unsafe directive imported under another name', code: "import * as d from 'lit/directives/unsafe-html.js';\nexport const t = d;\n" },
  { name: 'text (allowed)', code: "import { html } from 'lit';\nimport { literal } from 'lit/static-html.js';\nexport const tag = literal`p`;\nexport const t = (s: string) => html`<p>${s}</p>`;\n", allowed: true },
];
const rules = new Set(['no-restricted-imports', 'no-restricted-syntax']);

const eslint = new ESLint();
let passed = 0;
let failed = 0;
for (const { name, code, allowed } of cases) {
  const [result] = await eslint.lintText(code, { filePath: probe });
  const refused = result.messages.filter((m) => rules.has(m.ruleId ?? '') && m.severity === 2);
  const fatal = result.messages.filter((m) => m.fatal);
  const ok = fatal.length === 0 && (allowed ? refused.length === 0 : refused.length > 0);
  if (ok) passed++;
  else failed++;
  const detail = fatal.length ? fatal.map((m) => m.message).join('; ') : `${refused.length} error(s) from the rule`;
  console.log(`${ok ? 'ok    ' : 'FAILED'}  ${allowed ? 'allows' : 'refuses'} ${name} (${detail})`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
