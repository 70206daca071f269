/**
 * The parser that checks an export file (the versioned envelope of envelope.ts) before
 * anything is imported. The parser never throws: it returns the typed value, or
 * a list of problems a person can read (in English; each has a `code` an element can
 * turn into its own words).
 *
 * ```json
 * { "format": "alliance-elements/check-in", "version": 1, "exportedAt": "2026-11-23T20:15:00.000Z", "data": { ... } }
 * ```
 */

import { FORMAT_PREFIX, type ExportEnvelope } from './envelope.js';

// The envelope itself (and writing it) lives in envelope.ts, which every download needs; this
// reader arrives when a person first brings back a file (see parts.ts).
export { createEnvelope, stringifyEnvelope, type ExportEnvelope } from './envelope.js';
/** Larger files are refused before parsing (an export of years of check-ins is far smaller). */
export const MAX_IMPORT_CHARS = 10_000_000;

export type ImportProblemCode = 'too-large' | 'not-json' | 'not-an-export' | 'wrong-kind' | 'newer-version' | 'bad-data';

export interface ImportProblem {
  readonly code: ImportProblemCode;
  /** What is wrong, in plain English. */
  readonly message: string;
}

export type ParseResult<T> =
  | { readonly ok: true; readonly value: ExportEnvelope<T> }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

/** A validator's answer: the checked data, or what is wrong with it (one line per problem). */
export type Validation<T> = { readonly value: T } | { readonly problems: readonly string[] };

export interface ParseOptions<T> {
  /** The kind expected, e.g. "check-in". */
  readonly kind: string;
  /** The newest version this reader understands. */
  readonly version: number;
  /** Checks `data` (of `version`, at most the reader's) and returns the typed value or its problems. */
  readonly validate: (data: unknown, version: number) => Validation<T>;
}

/** Reads an export file's text. Never throws. */
export function parseEnvelope<T>(text: string, options: ParseOptions<T>): ParseResult<T> {
  const fail = (code: ImportProblemCode, message: string): ParseResult<T> => ({ ok: false, problems: [{ code, message }] });
  if (typeof text !== 'string') return fail('not-json', 'The file has no text in it.');
  if (text.length > MAX_IMPORT_CHARS) return fail('too-large', 'The file is too large to be an export of this library.');
  let parsed: unknown;
  try {
    // A byte-order mark is common in files saved by Windows editors.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('not-json', 'The file is not JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fail('not-an-export', 'The file is JSON, but not an alliance-elements export.');
  }
  const { format, version, data } = parsed as Record<string, unknown>;
  const expected = FORMAT_PREFIX + options.kind;
  if (typeof format !== 'string' || !format.startsWith(FORMAT_PREFIX)) {
    return fail('not-an-export', 'The file is JSON, but not an alliance-elements export.');
  }
  if (format !== expected) return fail('wrong-kind', `The file holds "${format}", not "${expected}".`);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('not-an-export', 'The file has no version number.');
  }
  if (version > options.version) {
    return fail('newer-version', `The file was made by a newer version (${version}); this one reads up to ${options.version}.`);
  }
  let checked: Validation<T>;
  try {
    checked = options.validate(data, version);
  } catch (error) {
    checked = { problems: [error instanceof Error ? error.message : String(error)] };
  }
  if ('problems' in checked) {
    const problems = checked.problems.length ? checked.problems : ['The data in the file is not valid.'];
    return { ok: false, problems: problems.map((message) => ({ code: 'bad-data', message })) };
  }
  const exportedAt = (parsed as Record<string, unknown>).exportedAt;
  return {
    ok: true,
    value: { format, version, exportedAt: typeof exportedAt === 'string' ? exportedAt : '', data: checked.value },
  };
}

/**
 * Reads and checks the file a person chose in a file input, then empties the input so that
 * the same file can be chosen again once it is fixed. `undefined` when no file was chosen,
 * `'unreadable'` when the browser could not read it; never throws.
 */
export async function readImportFile<T>(
  input: HTMLInputElement,
  options: ParseOptions<T>,
): Promise<ParseResult<T> | 'unreadable' | undefined> {
  const file = input.files?.[0];
  if (!file) return undefined;
  try {
    return parseEnvelope(await file.text(), options);
  } catch {
    return 'unreadable';
  } finally {
    input.value = '';
  }
}
