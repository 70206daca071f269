/** A person copied the both/and sentence. */
export class AlliancePracticeCopyEvent extends Event {
  static readonly eventName = 'alliance-practice-copy';
  /** The sentence that was copied. */
  readonly text: string;

  constructor(text: string) {
    super(AlliancePracticeCopyEvent.eventName, { bubbles: true, composed: true });
    this.text = text;
  }
}

/** A person finished writing an answer (the both/and parts or the teamwork answer); it is saved. */
export class AlliancePracticeChangeEvent extends Event {
  static readonly eventName = 'alliance-practice-change';
  /** `both-and` or `teamwork`. */
  readonly practice: 'both-and' | 'teamwork';
  /** For both-and: `{ want, need }`; for teamwork: the answer. */
  readonly value: string | { readonly want: string; readonly need: string };

  constructor(practice: 'both-and' | 'teamwork', value: AlliancePracticeChangeEvent['value']) {
    super(AlliancePracticeChangeEvent.eventName, { bubbles: true, composed: true });
    this.practice = practice;
    this.value = value;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'alliance-practice-copy': AlliancePracticeCopyEvent;
    'alliance-practice-change': AlliancePracticeChangeEvent;
  }
}
