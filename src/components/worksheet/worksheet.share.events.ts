import type { WorksheetDocument } from './worksheet.model.js';
/**
 * A private link with the alliance (its latest revision) for the other phone is ready.
 * Cancelable: `preventDefault()` and the page sends `url` its own way.
 */
export class AllianceWorksheetShareEvent extends Event {
  static readonly eventName = 'alliance-worksheet-share';
  readonly url: string;
  /** Locked with a passphrase. */
  readonly locked: boolean;

  constructor(url: string, locked: boolean) {
    super(AllianceWorksheetShareEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.url = url;
    this.locked = locked;
  }
}

/** An alliance arrived in a link and was checked; it is kept only when a person keeps it. */
export class AllianceWorksheetReceiveEvent extends Event {
  static readonly eventName = 'alliance-worksheet-receive';
  readonly document: WorksheetDocument;
  readonly locked: boolean;

  constructor(document: WorksheetDocument, locked: boolean) {
    super(AllianceWorksheetReceiveEvent.eventName, { bubbles: true, composed: true });
    this.document = document;
    this.locked = locked;
  }
}
