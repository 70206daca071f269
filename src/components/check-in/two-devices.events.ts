import type { CheckInLinkData } from './two-devices.data.js';

/**
 * A private link for the partner's phone is ready (`mode="two-devices"`): the first answers
 * (`step: 'first'`), or both on their way back (`'both'`). Cancelable: `preventDefault()` and
 * the page sends `url` its own way; the element then shows no share sheet, copy or QR code.
 */
export class AllianceCheckInShareEvent extends Event {
  static readonly eventName = 'alliance-check-in-share';
  /** The link: this page's address with the answers in its fragment. */
  readonly url: string;
  readonly step: 'first' | 'both';
  /** The check-in's id, the same on both phones. */
  readonly id: string;
  /** Locked with a passphrase. */
  readonly locked: boolean;

  constructor(url: string, step: 'first' | 'both', id: string, locked: boolean) {
    super(AllianceCheckInShareEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.url = url;
    this.step = step;
    this.id = id;
    this.locked = locked;
  }
}

/**
 * A link from the partner's phone arrived and was read (opened with its passphrase, checked
 * field by field). Nothing of it is stored until a person saves the check-in.
 */
export class AllianceCheckInReceiveEvent extends Event {
  static readonly eventName = 'alliance-check-in-receive';
  /** What arrived: `step` (`first` or `both`), `id`, `date`, `names`, `questions` (null: the content's own) and `responses`. */
  readonly data: CheckInLinkData;
  readonly locked: boolean;

  constructor(data: CheckInLinkData, locked: boolean) {
    super(AllianceCheckInReceiveEvent.eventName, { bubbles: true, composed: true });
    this.data = data;
    this.locked = locked;
  }
}
