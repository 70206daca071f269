import type { LocaleContent, PluralText } from './types.js';
import { en } from './en.js';

const registry = new Map<string, LocaleContent>([['en', en]]);

/** The locale everything falls back to. */
export const defaultLocale: LocaleContent = en;

/**
 * Makes a language available to every element at run time, without a rebuild:
 * `registerLocale(pt)` where `pt.lang` is "pt". A later registration of the same tag wins.
 */
export function registerLocale(content: LocaleContent): void {
  registry.set(content.lang.toLowerCase(), content);
}

/** The tags registered so far, e.g. `['en']`. */
export function registeredLocales(): string[] {
  return [...registry.keys()];
}

/**
 * The content for a BCP 47 tag: the exact tag, else its language ("es-MX" → "es"),
 * else English.
 */
export function resolveLocale(lang: string | null | undefined): LocaleContent {
  const tag = (lang ?? '').trim().toLowerCase();
  if (!tag) return defaultLocale;
  return registry.get(tag) ?? registry.get(tag.split('-')[0]) ?? defaultLocale;
}

/** Fills `{name}` placeholders: `format('{current} of {total}', { current: 3, total: 8 })`. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The form of `text` for `count` in the language `lang` (Intl plural rules), `{count}` filled in. */
export function plural(text: PluralText, lang: string, count: number): string {
  let category: Intl.LDMLPluralRule = 'other';
  try {
    category = new Intl.PluralRules(lang).select(count);
  } catch {
    // An unknown language tag: English rules are as good a guess as any.
  }
  return format(text[category] ?? text.other, { count });
}
