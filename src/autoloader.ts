/**
 * One script tag that loads only what the page uses: it watches the page for `alliance-*`
 * tags and loads each element's own file the first time its tag appears (now or later, in
 * the page or in a shadow root it is told about). A page with one timer downloads the timer,
 * Lit and the shared code, and nothing else.
 *
 *   <script type="module" src="/js/autoloader.js"></script>
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'alliance-provider': () => import('./components/provider/define.js'),
  'alliance-principle': () => import('./components/principle/define.js'),
  'alliance-principles': () => import('./components/principles/define.js'),
  'alliance-exercise-timer': () => import('./components/exercise-timer/define.js'),
  'alliance-check-in': () => import('./components/check-in/define.js'),
  'alliance-worksheet': () => import('./components/worksheet/define.js'),
  'alliance-offer': () => import('./components/offer/define.js'),
  'alliance-practice': () => import('./components/practice/define.js'),
};

/** The tags the autoloader knows. */
export const autoloadedTags: readonly string[] = Object.keys(loaders);

const started = new Map<string, Promise<void>>();

/** Loads the element for `tag` (once); resolves when it is defined. Unknown tags resolve at once. */
export function loadElement(tag: string): Promise<void> {
  const name = tag.toLowerCase();
  const load = loaders[name];
  if (!load) return Promise.resolve();
  let pending = started.get(name);
  if (!pending) {
    pending = load().then(
      () => undefined,
      (error: unknown) => {
        started.delete(name);
        console.warn(`alliance-elements: <${name}> could not be loaded.`, error);
      },
    );
    started.set(name, pending);
  }
  return pending;
}

const selector = autoloadedTags.join(',');

/** Loads every element used in `root` (a document, an element or a shadow root) and not yet defined. */
export function discover(root: ParentNode): Promise<void> {
  const found = new Set<string>();
  if (root instanceof Element && root.localName in loaders) found.add(root.localName);
  root.querySelectorAll(selector).forEach((element) => found.add(element.localName));
  return Promise.all(
    [...found].filter((tag) => !globalThis.customElements?.get(tag)).map((tag) => loadElement(tag)),
  ).then(() => undefined);
}

/** Keeps watching `root` for tags added later (a single-page app, a comment form). */
export function observe(root: Document | ShadowRoot | Element = document): MutationObserver {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        if (node instanceof Element) void discover(node);
      });
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  void discover(root);
  return observer;
}

if (typeof document !== 'undefined' && typeof MutationObserver === 'function') {
  observe(document.documentElement);
}
