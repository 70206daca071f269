/** A person moved the deck to another principle (never fired for changes made by code). */
export class AlliancePrincipleChangeEvent extends Event {
  static readonly eventName = 'alliance-principle-change';
  /** The principle now shown, 1 to 8. */
  readonly number: number;
  /** The same number, for listeners that read `event.detail`. */
  readonly detail: number;

  constructor(number: number) {
    super(AlliancePrincipleChangeEvent.eventName, { bubbles: true, composed: true });
    this.number = number;
    this.detail = number;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'alliance-principle-change': AlliancePrincipleChangeEvent;
  }
}
