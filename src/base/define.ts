const WARNED = Symbol.for('alliance-elements.define-warned');
type Flagged = typeof globalThis & { [WARNED]?: boolean };

/**
 * Registers `tag` unless it is taken. Loading the library twice (two script tags, or the npm
 * build beside the CDN bundle) must not throw: the first definition stays, and one warning
 * per page says so, however many copies and tags collide.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return; // a server without a DOM: importing is fine, defining is a no-op
  const existing = registry.get(tag);
  if (!existing) {
    registry.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  const flags = globalThis as Flagged;
  if (flags[WARNED]) return;
  flags[WARNED] = true;
  console.warn(
    `alliance-elements: <${tag}> is already defined, so this copy of the library is not registering its elements again. ` +
      'Load the library once per page to be sure which version runs.',
  );
}
