import type { CheckInEntry } from './entries.js';

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
