/**
 * English: words of the elements that keep what people write (the check-in, the worksheet,
 * the offer and the practice): the partners' default names and the notice shown when the
 * browser will not save.
 */
import type { LocalePart } from '../types.js';

export const enKeeping: LocalePart<never, 'partnerA' | 'partnerB' | 'storageUnavailable' | 'downloadNotes' | 'notesFileName'> = {
  ui: {
    partnerA: 'Partner A',
    partnerB: 'Partner B',
    storageUnavailable:
      'This browser isn’t letting us save, so what you write stays only while this page is open; copy or export it if you want to keep it.',
    downloadNotes: 'Download what you wrote',
    notesFileName: 'my-notes',
  },
};
