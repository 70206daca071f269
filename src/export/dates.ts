/**
 * The time of day and the date a person types into `<input type="time">` and
 * `<input type="date">`, checked. Kept apart from the calendar files so that checking a field
 * does not load them.
 */

/** "21:05" → { hours: 21, minutes: 5 }; undefined for anything that is not a valid 24-hour time. */
export function parseTime(value: string): { hours: number; minutes: number } | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours <= 23 && minutes <= 59 ? { hours, minutes } : undefined;
}

/** "2026-12-01" → that local day; undefined for anything else (including 2026-02-30). */
export function parseDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}
