import { LitElement, css, html, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { property } from 'lit/decorators.js';
import { settingsContext, themes, type AllianceSettings, type StoreChoice, type Theme } from '../../context/settings.js';
import type { AllianceStore } from '../../storage/types.js';
import { oneOf, warnOnce } from '../../base/warn.js';

export const storageModes = ['local', 'none'] as const;
export type StorageMode = (typeof storageModes)[number];

/** The kinds of link `help-href` takes: a web page, a phone number, an email or a text message. */
const helpProtocols = ['https:', 'http:', 'tel:', 'mailto:', 'sms:'] as const;

/** `href` as an absolute URL of an accepted kind, or undefined (with one warning) for anything else. */
function checkHelpHref(href: string): string | undefined {
  const value = href.trim();
  if (!value) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value, typeof document === 'undefined' ? undefined : document.baseURI);
  } catch {
    url = undefined;
  }
  if (url && (helpProtocols as readonly string[]).includes(url.protocol)) return url.href;
  warnOnce(`<alliance-provider> help-href="${value}" is not one of the links "${helpProtocols.join('", "')}"; using the default help text.`);
  return undefined;
}

/**
 * Shares partner names, language, theme and storage with every alliance element inside it.
 * It draws nothing itself: its children lay out as if it were not there. Every element also
 * works without one, on defaults.
 *
 * @tagname alliance-provider
 * @summary Settings for every alliance element inside it.
 * Every guiding element shows a short note on what it is not (therapy), who it is not for (a
 * relationship where someone is afraid, hurt, threatened or controlled) and where to turn.
 * `help-href` and `help-label` point that note at your own help line; `safety-text` replaces
 * its wording. Each element's `safety` slot replaces the note for that element alone.
 *
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

  #store?: StoreChoice;

  /** The first partner's name; the locale's "Partner A" when empty. */
  @property({ attribute: 'partner-a' }) partnerA = '';

  /** The second partner's name; the locale's "Partner B" when empty. */
  @property({ attribute: 'partner-b' }) partnerB = '';

  /**
   * Language of everything inside (BCP 47, e.g. "en"); empty means the nearest `lang` in the
   * document. A language set as a property is written to the `lang` attribute, as on any HTML
   * element (the page's own CSS and screen readers read it); the empty default writes nothing.
   */
  @property({ reflect: true, converter: { toAttribute: (value: string) => value || null } }) override lang = '';

  /**
   * `auto` follows the system's light or dark preference; `light` and `dark` fix it. A fixed
   * theme set as a property is written to the `theme` attribute, where the provider's CSS reads
   * it; the `auto` default writes nothing.
   */
  @property({ reflect: true, converter: { toAttribute: (value: string) => (value === 'auto' ? null : value) } }) theme: Theme = 'auto';

  /** `local` keeps what people type in this browser's localStorage; `none` keeps it in memory only. */
  @property() storage: StorageMode = 'local';

  /** The localStorage namespace, so two widgets on one site can keep separate histories. */
  @property({ attribute: 'storage-key' }) storageKey = 'alliance-elements';

  /**
   * Your own scope and safety wording, shown by every guiding element inside in place of the
   * library's note (plain text). Say what the elements are not, who they are not for, and
   * that anyone may stop.
   */
  @property({ attribute: 'safety-text' }) safetyText = '';

  /**
   * Where a person who is not safe can turn: your local help line or page, as an `https:`,
   * `http:`, `tel:`, `mailto:` or `sms:` link. Any other link warns once and is not used.
   */
  @property({ attribute: 'help-href' }) helpHref = '';

  /** The words of that link, e.g. the help line's name and number; the link itself when empty. */
  @property({ attribute: 'help-label' }) helpLabel = '';

  /**
   * Your own storage adapter (an object with async get, set, remove and list), used instead
   * of localStorage: to send what people write to your server, say. Set it as a property.
   */
  @property({ attribute: false }) store: AllianceStore | null = null;

  override willUpdate(changed: PropertyValues<this>): void {
    const theme = oneOf('alliance-provider', 'theme', this.theme, themes, 'auto');
    const storage = oneOf('alliance-provider', 'storage', this.storage, storageModes, 'local');
    const namespace = this.storageKey.trim() || 'alliance-elements';
    const store = this.#store;
    if (!store || store.storage !== storage || store.namespace !== namespace || changed.has('store')) {
      this.#store = { storage, namespace, adapter: this.store };
    }
    const settings: AllianceSettings = {
      partnerA: this.partnerA.trim() || undefined,
      partnerB: this.partnerB.trim() || undefined,
      lang: this.lang.trim() || undefined,
      theme,
      store: this.#store!,
      safetyText: this.safetyText.trim() || undefined,
      helpHref: checkHelpHref(this.helpHref),
      helpLabel: this.helpLabel.trim() || undefined,
    };
    this.#provider.setValue(settings);
  }

  override render() {
    return html`<slot></slot>`;
  }
}
