import { exerciseIds, type ExerciseId } from '../../content/types.js';

/**
 * The practice log's records: one per session, checked field by field when read from the store
 * or a file, merged by id, newest first, and grouped by week. Pure functions.
 */

/** One session, as the log keeps it. */
export interface PracticeSession {
  /** Random, to merge a file brought back without doubling. */
  readonly id: string;
  /** When it ended (ISO 8601). */
  readonly date: string;
  readonly exercise: ExerciseId;
  readonly level: number;
  /** Exercise time done, in seconds (pauses left out). */
  readonly seconds: number;
  /** The length planned, in seconds. */
  readonly planned: number;
  /** Stopped by a person before the end. */
  readonly stopped?: boolean;
  /** Played the host's own script. */
  readonly custom?: boolean;
}

export const LOG_KIND = 'timer-log';
export const LOG_VERSION = 1;

const isCount = (value: unknown, max: number): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max;

export function isSession(value: unknown): value is PracticeSession {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { id, date, exercise, level, seconds, planned, stopped, custom } = value as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    !!id.trim() &&
    id.length <= 200 &&
    typeof date === 'string' &&
    !Number.isNaN(Date.parse(date)) &&
    (exerciseIds as readonly unknown[]).includes(exercise) &&
    Number.isInteger(level) &&
    isCount(level, 20) &&
    isCount(seconds, 86_400) &&
    isCount(planned, 86_400) &&
    (stopped === undefined || typeof stopped === 'boolean') &&
    (custom === undefined || typeof custom === 'boolean')
  );
}

/** The sessions of a stored list or a file, newest first; anything else left out. */
export function newestFirst(list: readonly unknown[]): PracticeSession[] {
  return list.filter(isSession).sort((a, b) => Date.parse(b.date) - Date.parse(a.date) || (a.id < b.id ? 1 : -1));
}

/** Adds the sessions whose ids are not there yet; what is not a session (a newer version's) is kept as it is. */
export function mergeSessions(stored: readonly unknown[], incoming: readonly PracticeSession[]) {
  const ids = new Set(stored.filter(isSession).map((s) => s.id));
  const added = incoming.filter((s) => !ids.has(s.id) && ids.add(s.id));
  return { next: [...stored, ...added], added };
}

/** The list without the sessions of `ids`. */
export function withoutSessions(stored: readonly unknown[], ids: ReadonlySet<string>): unknown[] {
  return stored.filter((s) => !isSession(s) || !ids.has(s.id));
}

/** The first day of the week in `lang` (1 Monday … 7 Sunday), Monday where the browser cannot say. */
export function firstDayOfWeek(lang: string): number {
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & { getWeekInfo?(): { firstDay: number }; weekInfo?: { firstDay: number } };
    return locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay ?? 1;
  } catch {
    return 1;
  }
}

/** The local midnight that begins the week of `date`. */
export function weekStart(date: Date, firstDay: number): Date {
  const day = date.getDay() || 7;
  const back = (day - firstDay + 7) % 7;
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - back);
}

export interface PracticeWeek {
  readonly start: Date;
  readonly sessions: readonly PracticeSession[];
  /** Exercise time, in seconds. */
  readonly seconds: number;
}

/** Sessions (newest first) by week, newest week first. */
export function byWeek(sessions: readonly PracticeSession[], firstDay: number): PracticeWeek[] {
  const weeks: { start: Date; sessions: PracticeSession[]; seconds: number }[] = [];
  for (const session of sessions) {
    const start = weekStart(new Date(session.date), firstDay);
    let week = weeks[weeks.length - 1];
    if (week?.start.getTime() !== start.getTime()) weeks.push((week = { start, sessions: [], seconds: 0 }));
    week.sessions.push(session);
    week.seconds += session.seconds;
  }
  return weeks;
}

/** A file brought back, checked: its sessions, or what is wrong. */
export function validateLog(data: unknown): { value: { sessions: PracticeSession[] } } | { problems: string[] } {
  const sessions = (data as { sessions?: unknown } | null)?.sessions;
  if (!Array.isArray(sessions)) return { problems: ['sessions'] };
  const bad = sessions.findIndex((s) => !isSession(s));
  return bad < 0 ? { value: { sessions: sessions as PracticeSession[] } } : { problems: [`session ${bad + 1}`] };
}
