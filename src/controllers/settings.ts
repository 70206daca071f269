import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { settingsContext, type AllianceSettings } from '../context/settings.js';
import { format, localeChange, localeEvents, resolveLocale } from '../content/locales.js';
import type { LocaleContent } from '../content/types.js';

/**
 * The language of the nearest ancestor with a `lang` attribute, crossing shadow roots. On a
 * server, where an element has no parent, its own.
 */
export function nearestLang(element: Element): string | undefined {
  let node: (Partial<Element> & Partial<ShadowRoot>) | null | undefined = element;
  while (node) {
    const lang = node.getAttribute?.('lang');
    if (lang) return lang;
    node = node.host ?? (node.parentNode as typeof node);
  }
  return undefined;
}

/**
 * Every connected element that reads its language from the page. One observer watches `lang`
 * attributes in the document (a page that switches `<html lang>` re-renders every element),
 * and a locale that is registered or finishes loading does the same.
 */
const listeners = new Set<ReactiveControllerHost>();
let langObserver: MutationObserver | undefined;
const refreshAll = () => listeners.forEach((host) => host.requestUpdate());

function listen(host: ReactiveControllerHost): void {
  if (listeners.size === 0) {
    localeEvents.addEventListener(localeChange, refreshAll);
    if (typeof MutationObserver === 'function' && typeof document !== 'undefined') {
      langObserver = new MutationObserver(refreshAll);
      langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }
  listeners.add(host);
}

function unlisten(host: ReactiveControllerHost): void {
  listeners.delete(host);
  if (listeners.size === 0) {
    localeEvents.removeEventListener(localeChange, refreshAll);
    langObserver?.disconnect();
    langObserver = undefined;
  }
}

/**
 * What an element needs from its surroundings: the provider's settings when there is an
 * `<alliance-provider>` above it, and sensible defaults when there is none.
 */
export class SettingsController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #consumer: ContextConsumer<typeof settingsContext, ReactiveControllerHost & HTMLElement>;
  /**
   * Rendered on a server and not yet updated here: the first render must give what the server
   * gave (its own `lang` only, no provider), since hydration keeps the server's DOM as it is.
   * The render after it uses the page's language and the provider's settings.
   */
  #hydrating = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
    this.#consumer = new ContextConsumer(host, { context: settingsContext, subscribe: true });
  }

  hostConnected(): void {
    const host = this.#host as ReactiveControllerHost & HTMLElement & { hasUpdated?: boolean };
    this.#hydrating = !host.hasUpdated && !!host.shadowRoot?.firstChild;
    listen(host);
  }

  hostUpdated(): void {
    if (!this.#hydrating) return;
    this.#hydrating = false;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    unlisten(this.#host);
  }

  /** The provider's settings, or undefined without a provider. */
  get settings(): AllianceSettings | undefined {
    return this.#hydrating ? undefined : this.#consumer.value;
  }

  /**
   * The provider's `lang`, else the nearest `lang` attribute, else English. On a server (and
   * while hydrating what a server rendered), the element's own `lang` attribute only.
   */
  get lang(): string {
    const host = this.#host;
    return (this.settings?.lang || (this.#hydrating ? host.getAttribute('lang') : nearestLang(host)) || 'en').trim() || 'en';
  }

  /**
   * The language as a tag `Intl` accepts, for dates, times, numbers and lists. A page's `lang`
   * may be no language tag at all (`lang="en_US"`, or worse), on which `Intl` throws: that
   * reads as English.
   */
  get intlLang(): string {
    try {
      return Intl.getCanonicalLocales(this.lang)[0] ?? 'en';
    } catch {
      return 'en';
    }
  }

  /** Fills `{name}` placeholders, numbers written the way the element's language writes them. */
  format(template: string, values: Record<string, string | number>): string {
    return format(template, values, this.intlLang);
  }

  get content(): LocaleContent {
    return resolveLocale(this.lang);
  }

  /** The provider's own scope and safety wording, if it gives one. */
  get safetyText(): string | undefined {
    return this.settings?.safetyText;
  }

  /** The provider's help line (a checked URL) and its words, if it gives one. */
  get help(): { readonly href: string; readonly label: string } | undefined {
    const href = this.settings?.helpHref;
    return href ? { href, label: this.settings?.helpLabel || href } : undefined;
  }

  get partnerA(): string {
    return this.settings?.partnerA || this.content.ui.partnerA;
  }

  get partnerB(): string {
    return this.settings?.partnerB || this.content.ui.partnerB;
  }
}
