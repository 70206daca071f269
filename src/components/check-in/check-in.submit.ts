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
