export type OfferChange =
  | { readonly kind: 'note'; readonly way: string; readonly value: string }
  | { readonly kind: 'tick'; readonly item: number; readonly value: boolean };

/** A person wrote a "my next step" note (fired when the field is left) or ticked an item for today. */
export class AllianceOfferChangeEvent extends Event {
  static readonly eventName = 'alliance-offer-change';
  /** `note` or `tick`. */
  readonly kind: OfferChange['kind'];
  /** For a note: the way's id (`focus`, `honesty`, `confront`, `grounded`). */
  readonly way?: string;
  /** For a tick: the item's index, 0 to 3. */
  readonly item?: number;
  /** The note's text, or whether the item is ticked. */
  readonly value: string | boolean;
  /** The local day the tick belongs to ("YYYY-MM-DD"). */
  readonly day: string;

  constructor(change: OfferChange, day: string) {
    super(AllianceOfferChangeEvent.eventName, { bubbles: true, composed: true });
    this.kind = change.kind;
    this.way = change.kind === 'note' ? change.way : undefined;
    this.item = change.kind === 'tick' ? change.item : undefined;
    this.value = change.value;
    this.day = day;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'alliance-offer-change': AllianceOfferChangeEvent;
  }
}
