import type { ReactiveControllerHost } from 'lit';
import type { SettingsController } from '../../controllers/settings.js';
import { StoredController } from '../../controllers/stored.js';
import { MAX_NAME_LENGTH, readPartners, type PartnerNames } from '../shared/partners.js';

/**
 * The couple's names in a check-in: the element's attributes win, then the provider's, then the
 * names typed on the first screen (kept in the store under `partners`, for the next check-in and
 * the worksheet), then the language's "Partner A" and "Partner B".
 */
export class CheckInNames {
  readonly #settings: SettingsController;
  readonly #attributes: () => readonly [string | undefined, string | undefined];
  readonly #typed: StoredController<unknown>;

  constructor(host: ReactiveControllerHost & HTMLElement, settings: SettingsController, attributes: () => readonly [string | undefined, string | undefined]) {
    this.#settings = settings;
    this.#attributes = attributes;
    this.#typed = new StoredController<unknown>(host, { settings, key: () => 'partners', initial: undefined, debounce: 400 });
  }

  /** What the page gave (attribute, then provider), or ''; one person's check-in shows only that. */
  page(who: 0 | 1): string {
    const provided = who ? this.#settings.settings?.partnerB : this.#settings.settings?.partnerA;
    return this.#attributes()[who]?.trim() || provided || '';
  }

  /** A partner's name, as the check-in shows it. */
  name(who: 0 | 1): string {
    return this.page(who) || this.typed[who ? 'b' : 'a'].trim() || (who ? this.#settings.partnerB : this.#settings.partnerA);
  }

  /** Whether the page named the couple: then the first screen does not ask. */
  get given(): boolean {
    return !!(this.page(0) || this.page(1));
  }

  /** The names typed on the first screen (or kept from before). */
  get typed(): PartnerNames {
    return readPartners(this.#typed.value);
  }

  /** A name field changed. */
  onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.#typed.set({ ...this.typed, [input.dataset.who!]: input.value.slice(0, MAX_NAME_LENGTH) });
  };
}
