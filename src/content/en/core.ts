/**
 * English: the language itself. Every element's words come with the element (see the other
 * files here), so a card does not download the words of the elements that keep notes.
 */
import type { LocaleContent, UiStrings } from '../types.js';

export const enCore: Pick<LocaleContent, 'lang' | 'dir'> & { readonly ui: Partial<UiStrings> } = {
  lang: 'en',
  dir: 'ltr',
  ui: {},
};
