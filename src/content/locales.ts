import type { LocaleContent, PluralText, UiStrings } from './types.js';
import { enCore } from './en/core.js';
import { warnOnce } from '../base/warn.js';

/** Anything nested in a locale may be left out; what is missing is shown in English. */
export type DeepPartial<T> = T extends string | number | boolean
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepPartial<U>[]
    : { readonly [K in keyof T]?: DeepPartial<T[K]> };

/** What `registerLocale` takes: a whole locale, or part of one with its `lang`. */
export type LocaleInput = DeepPartial<LocaleContent> & { readonly lang: string };

/**
 * Any part of the English text (see `en/`), as elements bring it. An element's own words
 * (`ui.checkIn`, say) may come in more than one part: the words of a part loaded on first use
 * come with that part.
 */
export type EnglishPart = Partial<Omit<LocaleContent, 'ui'>> & {
  readonly ui: { readonly [K in keyof UiStrings]?: UiStrings[K] extends string ? string : Partial<UiStrings[K]> };
};

/**
 * The English text this copy of the library has: the words every element shares, and the
 * parts of the elements loaded so far. It is the fallback of every other language.
 */
let english = { ...enCore, ui: { ...enCore.ui } } as LocaleContent;
let englishVersion = 0;
const englishParts = new Set<EnglishPart>();

/** Adds an element's English words (each element class does this when it is defined). */
export function addEnglish(part: EnglishPart): void {
  if (englishParts.has(part)) return;
  englishParts.add(part);
  // An element's own words (`ui.checkIn`) may come in parts: each adds to what is there.
  const ui: Record<string, unknown> = { ...english.ui };
  for (const [key, value] of Object.entries(part.ui)) ui[key] = typeof value == 'object' ? { ...(ui[key] as object), ...value } : value;
  english = { ...english, ...part, ui } as unknown as LocaleContent;
  englishVersion++;
}

/**
 * The languages the library ships, loaded the first time an element on the page asks for
 * one. Bundlers and the CDN build turn each into a file of its own, so a page in English
 * never downloads Spanish or Arabic.
 */
const builtIn: Record<string, () => Promise<LocaleContent>> = {
  es: () => import('./es.js').then((m) => m.es),
  ar: () => import('./ar.js').then((m) => m.ar),
};

/**
 * One registry per page, shared by every copy of the library on it (a locale registered
 * through one copy reaches elements defined by another). Holds what hosts registered, as
 * given; each copy fills the gaps from its own English.
 */
interface Registry {
  readonly given: Map<string, LocaleInput>;
  readonly events: EventTarget;
}
const registryKey = Symbol.for('alliance-elements.locales');
const registry: Registry = ((globalThis as Record<symbol, unknown>)[registryKey] as Registry | undefined) ??
  ((globalThis as Record<symbol, unknown>)[registryKey] = { given: new Map(), events: new EventTarget() } as Registry);

const merged = new WeakMap<LocaleInput, { version: number; content: LocaleContent }>();
/** The gaps already reported per language, so each is named once however the text grows. */
const reported = new Map<string, Set<string>>();
const loading = new Map<string, Promise<void>>();

/** Name of the event fired on `localeEvents` when a locale is registered. */
export const localeChange = 'alliance-locale-change';

/** Fires `alliance-locale-change` whenever a locale is registered or has loaded. */
export const localeEvents: EventTarget = registry.events;

/**
 * Fills what `given` leaves out (or leaves blank, or gives as the wrong kind of value) from
 * `base`, writing the path of each gap into `gaps`. Lists are kept as the locale gives them;
 * the entries of a list of objects are completed one by one from the English entry at the
 * same place.
 */
function fill(base: unknown, given: unknown, path: string, gaps: string[]): unknown {
  if (typeof base === 'string' || typeof base === 'number' || typeof base === 'boolean') {
    if (typeof given === typeof base && given !== '') return given;
    gaps.push(path);
    return base;
  }
  if (Array.isArray(base)) {
    if (!Array.isArray(given) || given.length === 0) {
      gaps.push(path);
      return base;
    }
    return given.map((item: unknown, i) =>
      base[i] !== undefined && typeof base[i] === 'object' ? fill(base[i], item, `${path}[${i}]`, gaps) : item,
    );
  }
  if (base && typeof base === 'object') {
    const source = given && typeof given === 'object' && !Array.isArray(given) ? (given as Record<string, unknown>) : {};
    const out: Record<string, unknown> = {};
    // Plural forms other than `other` are optional by nature: a language has the ones it needs
    // (Spanish no `few`, Arabic a `two`), so they are taken as given, not filled from English.
    const plural = isPlural(base);
    if (plural) for (const [key, value] of Object.entries(source)) if (typeof value === 'string' && value) out[key] = value;
    for (const [key, value] of Object.entries(base)) {
      if (plural && key !== 'other') continue;
      out[key] = fill(value, source[key], path ? `${path}.${key}` : key, gaps);
    }
    return out;
  }
  return given ?? base;
}

function isPlural(value: object): boolean {
  return 'other' in value && Object.values(value).every((v) => typeof v === 'string');
}

/** The locale `given` with every gap filled from English; one warning names the gaps. */
function complete(given: LocaleInput): LocaleContent {
  const known = merged.get(given);
  if (known?.version === englishVersion) return known.content;
  const gaps: string[] = [];
  const content = { ...(fill(english, given, '', gaps) as LocaleContent), lang: given.lang };
  const seen = reported.get(given.lang) ?? new Set<string>();
  reported.set(given.lang, seen);
  const missing = gaps.filter((gap) => gap !== 'lang' && !seen.has(gap));
  missing.forEach((gap) => seen.add(gap));
  if (missing.length) {
    const shown = missing.slice(0, 5).join(', ');
    warnOnce(
      `the "${given.lang}" locale has no text for ${missing.length === 1 ? 'one key' : `${missing.length} keys`} ` +
        `(${shown}${missing.length > 5 ? ', …' : ''}); English is shown there instead.`,
    );
  }
  merged.set(given, { version: englishVersion, content });
  return content;
}

/**
 * Makes a language available to every element at run time, without a rebuild:
 * `registerLocale(pt)` where `pt.lang` is "pt". Anything the locale leaves out is shown in
 * English, with one console warning that names what is missing. Open elements re-render.
 * A later registration of the same tag wins.
 */
export function registerLocale(content: LocaleInput): void {
  const tag = typeof content?.lang === 'string' ? content.lang.trim().toLowerCase() : '';
  if (!tag) {
    warnOnce('registerLocale() needs an object with a `lang` such as "pt"; nothing was registered.');
    return;
  }
  registry.given.set(tag, content);
  complete(content);
  registry.events.dispatchEvent(new CustomEvent(localeChange, { detail: { lang: tag } }));
}

/** The tags available: English, the ones registered, and the ones the library can load. */
export function registeredLocales(): string[] {
  return [...new Set(['en', ...registry.given.keys(), ...Object.keys(builtIn)])];
}

/**
 * Loads one of the languages the library ships ("es") if it is not there yet. Elements do
 * this on their own when they meet the language; call it to have the text ready before they
 * render. Resolves once the language is registered (at once for English, for a language a
 * host registered, and for one the library does not ship).
 */
export function loadLocale(lang: string | null | undefined): Promise<void> {
  const tag = (lang ?? '').trim().toLowerCase();
  const base = tag.split('-')[0];
  if (!base || registry.given.has(tag) || registry.given.has(base) || !(base in builtIn)) return Promise.resolve();
  let pending = loading.get(base);
  if (!pending) {
    pending = builtIn[base]().then(
      (content) => {
        // A host's own registration, made while this was loading, wins.
        if (!registry.given.has(base)) registerLocale(content);
      },
      () => {
        loading.delete(base);
        warnOnce(`the "${base}" locale could not be loaded; English is shown instead.`);
      },
    );
    loading.set(base, pending);
  }
  return pending;
}

/**
 * The content for a BCP 47 tag: the exact tag, else its language ("es-MX" → "es"), else
 * English. A language the library ships but has not loaded yet starts loading, and English
 * stands in until it is there (elements re-render when it arrives).
 */
export function resolveLocale(lang: string | null | undefined): LocaleContent {
  const tag = (lang ?? '').trim().toLowerCase();
  if (!tag || tag === 'en') return english;
  const given = registry.given.get(tag) ?? registry.given.get(tag.split('-')[0]);
  if (given) return complete(given);
  void loadLocale(tag);
  return english;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `value` written the way the language writes numbers ("1,000" in English, "1.000" in Spanish). */
export function formatNumber(value: number, lang: string): string {
  // English and Spanish write 0 to 999 as plain digits: skipping Intl there spares a page's first
  // render the setting up of number formatting (tens of milliseconds in a fresh tab, docs/benchmarks.md).
  if (Number.isInteger(value) && value >= 0 && value < 1000 && /^(en|es)(-[a-z]{2}|-\d{3})?$/i.test(lang)) return String(value);
  let formatter = numberFormats.get(lang);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(lang);
    } catch {
      formatter = new Intl.NumberFormat('en');
    }
    numberFormats.set(lang, formatter);
  }
  return formatter.format(value);
}

/**
 * Fills `{name}` placeholders: `format('{current} of {total}', { current: 3, total: 8 })`.
 * With `lang`, numbers are written the way that language writes them.
 */
export function format(template: string, values: Record<string, string | number>, lang?: string): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in values)) return whole;
    const value = values[name];
    return typeof value === 'number' && lang ? formatNumber(value, lang) : String(value);
  });
}

/** The form of `text` for `count` in the language `lang` (Intl plural rules), `{count}` filled in. */
export function plural(text: PluralText, lang: string, count: number): string {
  let category: Intl.LDMLPluralRule = 'other';
  try {
    category = new Intl.PluralRules(lang).select(count);
  } catch {
    // An unknown language tag: English rules are as good a guess as any.
  }
  return format(text[category] ?? text.other, { count }, lang);
}
