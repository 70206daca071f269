/**
 * iCalendar text (RFC 5545) for the reminders the elements offer: a daily event at a local
 * time (the check-in's "daily reminder") and a one-off event on a date (the worksheet's
 * "revisit by"). Times are floating local time (no time zone), so 21:00 stays 21:00 in
 * whatever zone the person's calendar is in. No network, no dependencies.
 */

import { parseDate, parseTime } from './dates.js';

// Re-exported for callers that build calendar files: the parsers live apart, so an element can
// check a time or a date without loading this module (it arrives on first use, see parts.ts).
export { parseDate, parseTime };

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines longer than 75 octets, excluding the line break, are folded. */
const MAX_OCTETS = 75;

export interface CalendarEventOptions {
  /** The event's title. */
  readonly summary: string;
  /** A longer text shown with the event. */
  readonly description?: string;
  /** How long the event lasts, in minutes (timed events only); 15 by default. */
  readonly durationMinutes?: number;
  /** A stable identifier; a random one by default. */
  readonly uid?: string;
  /** The time the file is made, for DTSTAMP; now by default. */
  readonly now?: Date;
  /** Adds a reminder that pops up when the event starts; true by default. */
  readonly alarm?: boolean;
  /** The PRODID line; names the library by default. */
  readonly productId?: string;
}

export interface DailyEventOptions extends CalendarEventOptions {
  /** Local time of day, "HH:MM" (24-hour), as an `<input type="time">` gives it. */
  readonly time: string;
  /** The first day; today by default (the local calendar day of `now`). */
  readonly startDate?: Date;
}

export interface OneOffEventOptions extends CalendarEventOptions {
  /** The day, as "YYYY-MM-DD" (what `<input type="date">` gives) or a Date (its local day). */
  readonly date: string | Date;
  /** Local time "HH:MM"; without it the event lasts the whole day. */
  readonly time?: string;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line at 75 octets of UTF-8 (RFC 5545 §3.1): each continuation starts
 * with a space. Never splits a character, so emoji and accents survive.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines begin with one space, which counts towards their 75.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** A whole calendar around one VEVENT, with CRLF line endings and folded lines. */
function calendar(productId: string | undefined, eventLines: readonly string[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId ?? '-//alliance-elements//alliance-elements//EN'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...eventLines,
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function eventLines(options: CalendarEventOptions, timing: readonly string[]): string[] {
  const now = options.now ?? new Date();
  const lines = [
    'BEGIN:VEVENT',
    `UID:${options.uid ?? randomUid()}`,
    `DTSTAMP:${utcStamp(now)}`,
    ...timing,
    `SUMMARY:${escapeText(options.summary)}`,
  ];
  if (options.description) lines.push(`DESCRIPTION:${escapeText(options.description)}`);
  if (options.alarm ?? true) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(options.summary)}`,
      'TRIGGER:PT0M',
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * A calendar with one event that repeats every day at `time`, local time. Throws a
 * RangeError for a time that is not "HH:MM" (check it with `parseTime` first).
 */
export function dailyEventCalendar(options: DailyEventOptions): string {
  const time = parseTime(options.time);
  if (!time) throw new RangeError(`"${options.time}" is not a time of day (HH:MM)`);
  const day = options.startDate ?? options.now ?? new Date();
  const start = new Date(day.getFullYear(), day.getMonth(), day.getDate(), time.hours, time.minutes);
  return calendar(
    options.productId,
    eventLines(options, [
      `DTSTART:${localStamp(start)}`,
      `DURATION:PT${durationMinutes(options)}M`,
      'RRULE:FREQ=DAILY',
    ]),
  );
}

/**
 * A calendar with one event on `date`: all day, or at `time` local time. Throws a
 * RangeError for a date or time it cannot read.
 */
export function oneOffEventCalendar(options: OneOffEventOptions): string {
  const day = typeof options.date === 'string' ? parseDate(options.date) : options.date;
  if (!day || Number.isNaN(day.getTime())) throw new RangeError(`"${String(options.date)}" is not a date (YYYY-MM-DD)`);
  let timing: string[];
  if (options.time === undefined || options.time === '') {
    const next = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
    timing = [`DTSTART;VALUE=DATE:${dateStamp(day)}`, `DTEND;VALUE=DATE:${dateStamp(next)}`];
  } else {
    const time = parseTime(options.time);
    if (!time) throw new RangeError(`"${options.time}" is not a time of day (HH:MM)`);
    const start = new Date(day.getFullYear(), day.getMonth(), day.getDate(), time.hours, time.minutes);
    timing = [`DTSTART:${localStamp(start)}`, `DURATION:PT${durationMinutes(options)}M`];
  }
  return calendar(options.productId, eventLines(options, timing));
}

function durationMinutes(options: CalendarEventOptions): number {
  const minutes = Math.round(options.durationMinutes ?? 15);
  return Number.isFinite(minutes) && minutes > 0 ? minutes : 15;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 20261201 */
function dateStamp(date: Date): string {
  return `${pad(date.getFullYear(), 4)}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
}

/** 20261201T210000: floating local time, no zone. */
function localStamp(date: Date): string {
  return `${dateStamp(date)}T${pad(date.getHours())}${pad(date.getMinutes())}00`;
}

/** 20261201T200000Z */
function utcStamp(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

function randomUid(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return `${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}@alliance-elements`;
}
