/**
 * The versioned envelope every export file of the library shares:
 *
 * ```json
 * { "format": "alliance-elements/check-in", "version": 1, "exportedAt": "2026-11-23T20:15:00.000Z", "data": { ... } }
 * ```
 */

export const FORMAT_PREFIX = 'alliance-elements/';

export interface ExportEnvelope<T> {
  /** "alliance-elements/<kind>", e.g. "alliance-elements/check-in". */
  readonly format: string;
  /** The version of `data`'s shape; a newer file than the reader knows is refused. */
  readonly version: number;
  /** When the file was made (ISO 8601). */
  readonly exportedAt: string;
  readonly data: T;
}

/** Wraps `data` in the envelope. */
export function createEnvelope<T>(kind: string, version: number, data: T, now = new Date()): ExportEnvelope<T> {
  return { format: FORMAT_PREFIX + kind, version, exportedAt: now.toISOString(), data };
}

/** The envelope as pretty-printed JSON, ready to download. */
export function stringifyEnvelope<T>(kind: string, version: number, data: T, now = new Date()): string {
  return `${JSON.stringify(createEnvelope(kind, version, data, now), null, 2)}\n`;
}
