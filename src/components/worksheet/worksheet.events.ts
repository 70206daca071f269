import type { WorksheetDocument, WorksheetRevision, WorksheetStep } from './worksheet.model.js';
import type { AllianceWorksheetReceiveEvent, AllianceWorksheetShareEvent } from './worksheet.share.events.js';

// Sending the alliance to the other phone: its events load with that part.
export { AllianceWorksheetReceiveEvent, AllianceWorksheetShareEvent } from './worksheet.share.events.js';

/** A person moved to another step of the conversation (Next, Back, Finish, Revise). */
export class AllianceWorksheetStepEvent extends Event {
  static readonly eventName = 'alliance-worksheet-step';
  /** The new step's place, 0 (setup) to 4 (the result). */
  readonly index: number;
  /** The new step: `setup`, `choosing`, `turns`, `closing` or `result`. */
  readonly step: WorksheetStep;

  constructor(index: number, step: WorksheetStep) {
    super(AllianceWorksheetStepEvent.eventName, { bubbles: true, composed: true });
    this.index = index;
    this.step = step;
  }
}

/** A person finished the conversation: the alliance is designed and saved (its first revision). */
export class AllianceWorksheetCompleteEvent extends Event {
  static readonly eventName = 'alliance-worksheet-complete';
  /** The whole document, with its one revision. */
  readonly document: WorksheetDocument;

  constructor(document: WorksheetDocument) {
    super(AllianceWorksheetCompleteEvent.eventName, { bubbles: true, composed: true });
    this.document = document;
  }
}

/** A person saved a revision of the alliance. */
export class AllianceWorksheetReviseEvent extends Event {
  static readonly eventName = 'alliance-worksheet-revise';
  /** The new revision (now the alliance as it stands). */
  readonly revision: WorksheetRevision;
  /** Its number, counting the first version as 1. */
  readonly number: number;
  /** The whole document, every revision included. */
  readonly document: WorksheetDocument;

  constructor(revision: WorksheetRevision, document: WorksheetDocument) {
    super(AllianceWorksheetReviseEvent.eventName, { bubbles: true, composed: true });
    this.revision = revision;
    this.number = document.revisions.indexOf(revision) + 1;
    this.document = document;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'alliance-worksheet-step': AllianceWorksheetStepEvent;
    'alliance-worksheet-complete': AllianceWorksheetCompleteEvent;
    'alliance-worksheet-revise': AllianceWorksheetReviseEvent;
    'alliance-worksheet-share': AllianceWorksheetShareEvent;
    'alliance-worksheet-receive': AllianceWorksheetReceiveEvent;
  }
}

