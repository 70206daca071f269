import type { CheckInEntry, CheckInMode } from './entries.js';

/**
 * A person completed a check-in (solo: saved it; couple: pressed "Show both"). Cancel it
 * (`preventDefault()`) to keep the entry out of this browser's store, to send it to your
 * own server instead, say; the element still shows the check-in and offers its export.
 */
export class AllianceCheckInSubmitEvent extends Event {
  static readonly eventName = 'alliance-check-in-submit';
  /** The whole entry, as it would be stored and exported. */
  readonly entry: CheckInEntry;
  /** Its stable id. */
  readonly id: string;
  /** When it was completed (ISO 8601). */
  readonly date: string;
  readonly mode: CheckInMode;
  /** The questions as they were asked. */
  readonly questions: readonly string[];
  /** The names: two in couple mode (first partner first), one in solo mode ('' when none was given). */
  readonly partners: readonly string[];
  /** One list per person, in the order of `partners`, one answer per question ('' when left blank). */
  readonly answers: readonly (readonly string[])[];
  /** One per person, in the order of `partners`: 1 to 5, or null when not given or not asked. */
  readonly rating: readonly (number | null)[];

  constructor(entry: CheckInEntry) {
    super(AllianceCheckInSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.entry = entry;
    this.id = entry.id;
    this.date = entry.date;
    this.mode = entry.mode;
    this.questions = entry.questions;
    this.partners = entry.responses.map((r) => r.name);
    this.answers = entry.responses.map((r) => r.answers);
    this.rating = entry.responses.map((r) => r.rating);
  }
}

/** A person deleted one check-in, or all of them, from the history. */
export class AllianceCheckInDeleteEvent extends Event {
  static readonly eventName = 'alliance-check-in-delete';
  /** The ids of the deleted entries. */
  readonly ids: readonly string[];
  /** True when a person deleted the whole history. */
  readonly all: boolean;

  constructor(ids: readonly string[], all: boolean) {
    super(AllianceCheckInDeleteEvent.eventName, { bubbles: true, composed: true });
    this.ids = ids;
    this.all = all;
  }
}

/** A person pressed Undo right after deleting: these entries are back in the history. */
export class AllianceCheckInRestoreEvent extends Event {
  static readonly eventName = 'alliance-check-in-restore';
  readonly entries: readonly CheckInEntry[];

  constructor(entries: readonly CheckInEntry[]) {
    super(AllianceCheckInRestoreEvent.eventName, { bubbles: true, composed: true });
    this.entries = entries;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'alliance-check-in-submit': AllianceCheckInSubmitEvent;
    'alliance-check-in-delete': AllianceCheckInDeleteEvent;
    'alliance-check-in-restore': AllianceCheckInRestoreEvent;
  }
}
