/**
 * English: what `<alliance-worksheet>` says under a finished alliance (revise, print, a day to
 * revisit it by, earlier versions, keeping a copy). They load with that part.
 */
import type { WorksheetUi } from '../types.js';

export const enWorksheetDocument = {
  ui: {
    worksheet: {
      revise: 'Revise our alliance',
      earlierVersions: { one: '{count} earlier version', other: '{count} earlier versions' },
      revisionSummary: 'Revision {n}, {date}',
      readOnly: 'An earlier version, kept to read.',
      revisitHeading: 'Come back to it',
      revisitLabel: 'Revisit by',
      revisitHint: 'Pick a day to look at your alliance together again.',
      reminderButton: 'Add a reminder to my calendar',
      reminderSummary: 'Revisit our alliance',
      reminderDone: 'Calendar file downloaded. Open it to add the reminder.',
      reminderNoDate: 'Choose a day first.',
      reminderFileName: 'revisit-our-alliance',
      keepHeading: 'Keep a copy',
      print: 'Print',
      copyMarkdown: 'Copy as text',
      downloadMarkdown: 'Download as text',
      downloadJson: 'Download (JSON)',
      importHint: 'A JSON file downloaded here before. The alliance you have now is kept as an earlier version.',
    } satisfies Partial<WorksheetUi>,
  },
};
