/**
 * English: the end-of-day collaboration check-in, for `<alliance-check-in>` (the words of its
 * history and its reminder come with those parts: check-in-history.ts, check-in-reminder.ts).
 *
 * From the article “How to work with, not against, your partner”, on the PACER model of
 * *Love. Crash. Rebuild.* The closeness scale and its chart are ours. Our own wording throughout.
 */
import type { CheckIn, CheckInUi, Credit } from '../types.js';

export const enCheckIn = {
  ui: {
    checkIn: {
      startHeading: 'Before you begin',
      howLong: 'It takes about five minutes. Each of you answers on your own; then you read both answers together.',
      namesLegend: 'Your names (optional)',
      nameA: 'First partner',
      nameB: 'Second partner',
      namesHint: 'Used only to show whose turn it is.',
      start: 'Begin',
      stepOf: 'Step {current} of {total}',
      turn: '{name}’s turn',
      turnHintFirst: 'Answer on your own. Your answers fold away before {other} takes a turn, and you’ll see both together at the end.',
      turnHintSecond: 'Answer on your own. You’ll see both answers together at the end, at the same time.',
      soloHeading: 'Your answers',
      soloHint: 'Answer as much or as little as you like.',
      counter: '{count} of {max} characters',
      optional: '(optional)',
      clearRating: 'Clear my choice',
      ratingValue: '{value} of {max}',
      emptyError: 'Write a few words for at least one question before you go on.',
      emptyErrorScale: 'Write a few words for at least one question, or choose how close you felt, before you go on.',
      foldAway: 'Done, fold my answers away',
      finishTurn: 'Done',
      save: 'Save my check-in',
      folded: '{name}’s answers are folded away.',
      handOver: 'Pass the device to {name}',
      handOverText: '{name}, when you’re holding the device, start your turn. Nothing your partner wrote will show until you’ve both answered.',
      startTurn: 'Start {name}’s turn',
      backTo: 'Back to {name}’s answers',
      readyHeading: 'You’ve both answered',
      readyText: 'Sit together, take a breath, and show both answers at the same time.',
      showBoth: 'Show both',
      revealHeading: 'Side by side',
      soloRevealHeading: 'Your check-in',
      blank: 'Left blank',
      noRating: 'Not chosen',
      saved: 'Saved in this browser.',
      notKept: 'This check-in isn’t kept in this browser. You can still copy or download it here.',
      newCheckIn: 'Start a new check-in',
      copyText: 'Copy as text',
      downloadJson: 'Download (JSON)',
      copied: 'Copied.',
      copyRefused: 'This browser didn’t let us copy. Select the text below and copy it yourself.',
      copyBox: 'Your check-ins as text',
      downloaded: 'Downloaded.',
      historyHeading: 'Your check-ins',
      downloadUnsaved: 'Download what wasn’t saved',
      reminderHeading: 'Daily reminder',
      privacy:
        'Your answers are kept only in this browser, on this device, and go nowhere unless you send them. Anyone who uses this browser can read them, so delete them or use a private window if that matters to you.',
      fileName: 'check-ins',
    } satisfies Partial<CheckInUi>,
  },

  checkIn: {
    credit: {
      text: 'From “How to work with, not against, your partner”, an article on the PACER model (*Love. Crash. Rebuild.*)',
      ours: 'The closeness scale and its chart are ours.',
    },
    title: 'Collaboration check-in',
    intro: 'A few quiet minutes together at the end of a hard day. No agenda, just two questions.',
    soloIntro: 'A few quiet minutes for yourself at the end of a hard day. No agenda, just two questions.',
    questions: ['What did your partner do today that helped you feel close?', 'What did your partner do today that made you draw away?'],
    questionsAbout: ['What did {name} do today that helped you feel close?', 'What did {name} do today that made you draw away?'],
    scaleQuestion: 'How close did you feel to each other today?',
    soloScaleQuestion: 'How close did you feel to your partner today?',
    scaleLabels: ['Far apart', 'A bit distant', 'Somewhere in between', 'Fairly close', 'Very close'],
  } satisfies CheckIn & { readonly credit: Credit },
};
