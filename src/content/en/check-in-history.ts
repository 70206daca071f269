/**
 * English: what `<alliance-check-in history>` says about past check-ins: the list, delete and
 * Undo, keeping a copy, bringing a file back and the trend chart. They load with the history.
 */
import type { CheckInUi } from '../types.js';

export const enCheckInHistory = {
  ui: {
    checkIn: {
      showOlder: { one: 'Show {count} older check-in', other: 'Show {count} older check-ins' },
      downloadText: 'Download as text',
      print: 'Print',
      historyEmpty: 'No check-ins here yet. The ones you save will appear here, newest first.',
      thisMonth: { one: '{count} check-in this month', other: '{count} check-ins this month' },
      deleteOne: 'Delete this check-in',
      deleted: 'Check-in deleted.',
      deletedAll: 'All check-ins deleted.',
      undo: 'Undo',
      restored: 'Restored.',
      deleteAll: 'Delete all check-ins',
      confirmHeading: { one: 'Delete the {count} check-in?', other: 'Delete all {count} check-ins?' },
      confirmText: 'They will be removed from this browser. If you’d like to keep a copy, download it first.',
      confirmDelete: 'Delete all',
      confirmKeep: 'Keep them',
      keepHeading: 'Keep a copy',
      importLabel: 'Bring back a saved file',
      importHint: 'A JSON file downloaded here before. Check-ins you already have are not added twice.',
      imported: { one: '{count} check-in added.', other: '{count} check-ins added.' },
      importNothingNew: 'Every check-in in that file is already here, so nothing changed.',
      importNotJson: 'That file isn’t a check-in download (it isn’t JSON). Nothing changed.',
      importNotExport: 'That file isn’t a check-in download. Nothing changed.',
      importNewer: 'That file comes from a newer version of this page, so it can’t be read here. Nothing changed.',
      importBadData: 'Part of that file can’t be read, so none of it was added. Nothing changed.',
      importTooLarge: 'That file is too large to be a check-in download. Nothing changed.',
      importUnreadable: 'That file couldn’t be opened. Nothing changed.',
      chartTitle: 'How close you felt, the last {weeks} weeks',
      chartSummary: {
        one: '{count} rating between {from} and {to}. The numbers are in the table below.',
        other: '{count} ratings between {from} and {to}. The numbers are in the table below.',
      },
      chartEmpty: 'No ratings from the last few weeks yet.',
      chartFew: 'A few more check-ins with a rating, over a second week, and your trend will show here.',
      chartWeekly: 'Each point is a week’s average.',
      chartTable: 'Show the numbers',
      chartDate: 'Date',
      scaleRange: '1 means {low}; {max} means {high}.',
    } satisfies Partial<CheckInUi>,
  },
};
