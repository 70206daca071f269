/**
 * English: what the elements with parts loaded on first use (the check-in and the worksheet)
 * say while a part is on its way, or when it could not be loaded.
 */
import type { LocalePart } from '../types.js';

export const enParts: LocalePart<never, 'partLoading' | 'partFailed' | 'tryAgain' | 'chooseFile'> = {
  ui: {
    partLoading: 'One moment…',
    partFailed: 'This part couldn’t be loaded; perhaps the connection dropped. Nothing you wrote has changed. Try again in a moment.',
    tryAgain: 'Try again',
    chooseFile: 'Choose a file…',
  },
};
