import type { ParseOptions, ParseResult } from '../../export/json.js';

/**
 * The parts of an element that a person may never ask for, loaded the first time they do:
 * the calendar files behind the reminders, the reader of a file brought back, and the
 * check-in's trend chart. Bundlers and the CDN build make each a file of its
 * own. One object, so that a test can stand in for a part that fails to load (offline).
 */
export const parts = {
  calendar: () => import('../../export/ics.js'),
  importer: () => import('../../export/json.js'),
  chart: () => import('../check-in/trend-chart.js'),
};

/**
 * Reads the export file a person chose, with the reader loaded on first use: the file's parsed
 * envelope, `'unreadable'` when the browser could not read it, `'unloadable'` when the reader
 * could not be loaded (the input is emptied, so the same file can be chosen again), or undefined
 * when no file was chosen. Never throws.
 */
export async function readImport<T>(
  input: HTMLInputElement,
  options: ParseOptions<T>,
): Promise<ParseResult<T> | 'unreadable' | 'unloadable' | undefined> {
  if (!input.files?.length) return undefined;
  const importer = await loadPart(parts.importer);
  if (importer) return importer.readImportFile(input, options);
  input.value = '';
  return 'unloadable';
}

/**
 * Loads a part, and calls `slow` if it takes longer than a moment (to show that something is
 * happening). Resolves with the module, or with undefined if it could not be loaded.
 */
export async function loadPart<T>(load: () => Promise<T>, slow?: () => void): Promise<T | undefined> {
  const timer = slow ? setTimeout(slow, 300) : undefined;
  try {
    return await load();
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
