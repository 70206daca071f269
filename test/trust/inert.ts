/** What the trust suite feeds every text field and string attribute, and how it checks that it stayed text. */

/** Set by any of the hostile strings if it ever ran. */
export const FLAG = '__allianceHostile';
const run = (n: number) => `window.${FLAG}=${n}`;

export const HOSTILE: readonly string[] = [
  `<img src=x onerror="${run(1)}">`,
  `<script>${run(2)}</script>`,
  `<svg><animate onbegin="${run(3)}" attributeName="x" dur="1s"/></svg>`,
  `"><img src=x onerror=${run(4)}>`,
  `javascript:${run(5)}`,
  '\u202Egnp.exe\u202C \u2066isolated\u2069 \u200Fmark',
  '👩‍❤️‍👨 🏳️‍🌈 💞 naïve',
  '{name} {other} ${x} {{count}}',
];

/** 100 KB that starts with markup. */
export const BIG = `<img src=x onerror="${run(6)}">`.padEnd(100 * 1024, 'x');

export function hostileRan(): unknown {
  return (window as unknown as Record<string, unknown>)[FLAG];
}

/**
 * Every element inside the shadow roots of `host` and of the elements around it in its light
 * DOM (a provider's children), through nested shadow roots. Light DOM is what the test wrote.
 */
export function shadowElements(host: Element): Element[] {
  const found: Element[] = [];
  const visit = (root: ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  for (const el of [host, ...host.querySelectorAll('*')]) if (el.shadowRoot) visit(el.shadowRoot);
  return found;
}

/** The text of the shadow trees of `host` and of the elements inside it, nested ones included. */
export function deepText(host: Element): string {
  const parts: string[] = [];
  const visit = (root: ShadowRoot) => {
    parts.push(root.textContent ?? '');
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  for (const el of [host, ...host.querySelectorAll('*')]) if (el.shadowRoot) visit(el.shadowRoot);
  return parts.join(' ');
}

/** The values of every text field in the shadow trees of `host`. */
export function fieldValues(host: Element): string[] {
  return shadowElements(host)
    .filter((el): el is HTMLInputElement | HTMLTextAreaElement => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)
    .map((field) => field.value);
}

const ACTIVE_TAGS = new Set(['IMG', 'SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'BASE', 'ANIMATE', 'SET', 'FOREIGNOBJECT']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc']);

/**
 * Every way the library could have turned a string into something live in the shadow trees
 * of `host`: an element that loads or runs something, an event handler attribute, a
 * `javascript:` URL.
 */
export function liveMarkup(host: Element): string[] {
  const problems: string[] = [];
  for (const el of shadowElements(host)) {
    if (ACTIVE_TAGS.has(el.tagName.toUpperCase())) problems.push(`<${el.tagName.toLowerCase()}> in a shadow root`);
    for (const attribute of el.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${name}="${attribute.value.slice(0, 40)}" on <${el.tagName.toLowerCase()}>`);
      if (URL_ATTRIBUTES.has(name) && /^\s*javascript:/i.test(attribute.value)) {
        problems.push(`${name}="${attribute.value.slice(0, 40)}" on <${el.tagName.toLowerCase()}>`);
      }
    }
  }
  return problems;
}

/** Lets an `onerror` on a broken image, had one been made, run. */
export const settleHandlers = () => new Promise((resolve) => setTimeout(resolve, 60));
