/**
 * English: words every element shares.
 */
import type { LocaleContent, LocalePart } from '../types.js';

export const enCore: LocalePart<never, 'partnerA' | 'partnerB' | 'storageUnavailable' | 'downloadNotes' | 'notesFileName' | 'creditPrefix'> & Pick<LocaleContent, 'lang' | 'dir'> = {
  lang: 'en',
  dir: 'ltr',
  ui: {
    partnerA: 'Partner A',
    partnerB: 'Partner B',
    storageUnavailable:
      'This browser isn’t letting us save, so what you write stays only while this page is open; copy or export it if you want to keep it.',
    downloadNotes: 'Download what you wrote',
    notesFileName: 'my-notes',
    creditPrefix: 'From',
  },
};
