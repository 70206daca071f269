/**
 * English: the worksheet's words for copying, downloading and bringing back a file, which load
 * with the record-keeping part (the first time a person copies, downloads or chooses a file).
 */
import type { WorksheetUi } from '../types.js';

export const enWorksheetRecords = {
  ui: {
    worksheet: {
      copied: 'Copied.',
      copyRefused: 'This browser didn’t let us copy. Select the text below and copy it yourself.',
      copyBox: 'Your alliance as text',
      importNotJson: 'That file isn’t an alliance download (it isn’t JSON). Nothing changed.',
      importNotExport: 'That file isn’t an alliance download. Nothing changed.',
      importNewer: 'That file comes from a newer version of this page, so it can’t be read here. Nothing changed.',
      importBadData: 'Part of that file can’t be read, so none of it was used. Nothing changed.',
      importTooLarge: 'That file is too large to be an alliance download. Nothing changed.',
      importUnreadable: 'That file couldn’t be opened. Nothing changed.',
    } satisfies Partial<WorksheetUi>,
  },
};
