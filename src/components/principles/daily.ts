const DAY_MS = 86_400_000;

/**
 * The principle of the day: the same for everyone on one local calendar day, moving on by
 * one at local midnight and cycling through all of them.
 */
export function dailyPrinciple(date: Date, count: number): number {
  const localDay = Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
  return (((localDay % count) + count) % count) + 1;
}
