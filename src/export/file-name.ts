import { localDayKey } from '../base/day.js';

/** "check-ins" and a date → "check-ins-2026-11-23.json": a file name that sorts by date. */
export function datedFileName(base: string, extension: string, date = new Date()): string {
  const safe = [...base].map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '-' : c)).join('').trim() || 'export';
  return `${safe}-${localDayKey(date)}.${extension}`;
}
