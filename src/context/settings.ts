import { createContext } from '@lit/context';
import type { AllianceStore } from '../storage/types.js';

/**
 * Which store the elements inside a provider keep things in. A new object whenever one of
 * these changes; the storing elements build the store itself (one per such object), so the
 * provider, and an element that stores nothing, never load the storage code.
 */
export interface StoreChoice {
  /** `local` keeps values in localStorage; `none` only for the life of the page. */
  readonly storage: 'local' | 'none';
  /** Prefix of every localStorage key. */
  readonly namespace: string;
  /** A host page's own store, used instead of `storage` when given. */
  readonly adapter: AllianceStore | null;
}

export const themes = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** What `<alliance-provider>` shares with every element inside it. */
export interface AllianceSettings {
  /** The first partner's name, or undefined for the locale's default. */
  readonly partnerA?: string;
  /** The second partner's name, or undefined for the locale's default. */
  readonly partnerB?: string;
  /** BCP 47 language tag, or undefined to use the nearest `lang` in the document. */
  readonly lang?: string;
  readonly theme: Theme;
  /** The host's own scope and safety wording, in place of the library's. */
  readonly safetyText?: string;
  /** Where a person who is not safe can turn: the host's help line or page (http, https, tel or mailto). */
  readonly helpHref?: string;
  /** The words of that link, e.g. the help line's name and number. */
  readonly helpLabel?: string;
  /** Where elements keep what people type. */
  readonly store: StoreChoice;
}

export const settingsContext = createContext<AllianceSettings | undefined>(Symbol.for('alliance-elements.settings'));
