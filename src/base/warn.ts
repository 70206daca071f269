const seen = new Set<string>();

/**
 * One console warning per distinct message: a page with ten cards that share the same bad
 * attribute hears about it once.
 */
export function warnOnce(message: string): void {
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`alliance-elements: ${message}`);
}

/**
 * Checks an attribute value against the accepted ones. An unknown value warns once, naming the
 * value and what is accepted, and the fallback is used.
 */
export function oneOf<T extends string>(
  tag: string,
  attribute: string,
  value: string | null | undefined,
  accepted: readonly T[],
  fallback: T,
): T {
  if (value === null || value === undefined || value === '') return fallback;
  if ((accepted as readonly string[]).includes(value)) return value as T;
  warnOnce(
    `<${tag}> ${attribute}="${value}" is not one of ${accepted.map((a) => `"${a}"`).join(', ')}; using "${fallback}".`,
  );
  return fallback;
}
