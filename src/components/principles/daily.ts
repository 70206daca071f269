const DAY_MS = 86_400_000;

/**
 * The principle of the day: the same for everyone on one local calendar day, moving on by
 * one at local midnight and cycling through all of them.
 */
export function dailyPrinciple(date: Date, count: number): number {
  const localDay = Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
  return (((localDay % count) + count) % count) + 1;
}

/** Milliseconds from `date` to the next local midnight (daylight-saving days included). */
export function msUntilLocalMidnight(date: Date): number {
  const next = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1);
  return next.getTime() - date.getTime();
}
