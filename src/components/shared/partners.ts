/**
 * The partners' names a couple typed (on the check-in's first screen), kept in the store
 * under `partners` for the next check-in, and offered to the worksheet when the page gives none.
 */

/** The longest name the check-in's first screen keeps. */
export const MAX_NAME_LENGTH = 60;

/** The partners' names a couple typed, kept (under `partners`) for the next check-in and the worksheet. */
export interface PartnerNames {
  readonly a: string;
  readonly b: string;
}

/** The kept names, checked; empty where there is none. */
export function readPartners(value: unknown): PartnerNames {
  const { a, b } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const name = (v: unknown) => (typeof v === 'string' ? v.slice(0, MAX_NAME_LENGTH) : '');
  return { a: name(a), b: name(b) };
}
