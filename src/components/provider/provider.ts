import { LitElement, css, html, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { property } from 'lit/decorators.js';
import { settingsContext, themes, type AllianceSettings, type Theme } from '../../context/settings.js';
import { createStore, type SafeStore } from '../../storage/safe-store.js';
import type { AllianceStore } from '../../storage/types.js';
import { oneOf } from '../../base/warn.js';

export const storageModes = ['local', 'none'] as const;
export type StorageMode = (typeof storageModes)[number];

/**
 * Shares partner names, language, theme and storage with every alliance element inside it.
 * It draws nothing itself: its children lay out as if it were not there. Every element also
 * works without one, on defaults.
 *
 * @tagname alliance-provider
 * @summary Settings for every alliance element inside it.
 * @slot - The alliance elements (and anything else) that share these settings.
 * @cssprop [--alliance-color-scheme=light dark] - The color scheme of everything inside; `theme` sets it.
 */
export class AllianceProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
    :host([theme='light']) {
      --alliance-color-scheme: light;
    }
    :host([theme='dark']) {
      --alliance-color-scheme: dark;
    }
  `;

  readonly #provider = new ContextProvider(this, { context: settingsContext });

  #store?: SafeStore;
  #storeKey = '';

  /** The first partner's name; the locale's "Partner A" when empty. */
  @property({ attribute: 'partner-a' }) partnerA = '';

  /** The second partner's name; the locale's "Partner B" when empty. */
  @property({ attribute: 'partner-b' }) partnerB = '';

  /** Language of everything inside (BCP 47, e.g. "en"); empty means the nearest `lang` in the document. */
  @property({ reflect: true }) override lang = '';

  /** `auto` follows the system's light or dark preference; `light` and `dark` fix it. */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** `local` keeps what people type in this browser's localStorage; `none` keeps it in memory only. */
  @property() storage: StorageMode = 'local';

  /** The localStorage namespace, so two widgets on one site can keep separate histories. */
  @property({ attribute: 'storage-key' }) storageKey = 'alliance-elements';

  /**
   * Your own storage adapter (an object with async get, set, remove and list), used instead
   * of localStorage: to send what people write to your server, say. Set it as a property.
   */
  @property({ attribute: false }) store: AllianceStore | null = null;

  override willUpdate(changed: PropertyValues<this>): void {
    const theme = oneOf('alliance-provider', 'theme', this.theme, themes, 'auto');
    const storage = oneOf('alliance-provider', 'storage', this.storage, storageModes, 'local');
    const namespace = this.storageKey.trim() || 'alliance-elements';
    const storeKey = `${storage}|${namespace}`;
    if (!this.#store || storeKey !== this.#storeKey || changed.has('store')) {
      this.#store = createStore({ storage, namespace, adapter: this.store });
      this.#storeKey = storeKey;
    }
    const settings: AllianceSettings = {
      partnerA: this.partnerA.trim() || undefined,
      partnerB: this.partnerB.trim() || undefined,
      lang: this.lang.trim() || undefined,
      theme,
      store: this.#store,
    };
    this.#provider.setValue(settings);
  }

  override render() {
    return html`<slot></slot>`;
  }
}
