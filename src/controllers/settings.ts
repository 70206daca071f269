import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { settingsContext, type AllianceSettings, type Theme } from '../context/settings.js';
import { format, localeChange, localeEvents, resolveLocale } from '../content/locales.js';
import type { LocaleContent } from '../content/types.js';

/** The language of the nearest ancestor with a `lang` attribute, crossing shadow roots. */
export function nearestLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
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

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
    this.#consumer = new ContextConsumer(host, { context: settingsContext, subscribe: true });
  }

  hostConnected(): void {
    listen(this.#host);
  }

  hostDisconnected(): void {
    unlisten(this.#host);
  }

  /** The provider's settings, or undefined without a provider. */
  get settings(): AllianceSettings | undefined {
    return this.#consumer.value;
  }

  /** The provider's `lang`, else the nearest `lang` attribute, else English. */
  get lang(): string {
    return (this.settings?.lang || nearestLang(this.#host) || 'en').trim() || 'en';
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

  get theme(): Theme {
    return this.settings?.theme ?? 'auto';
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
