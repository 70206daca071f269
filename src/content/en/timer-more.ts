/**
 * English: what `<alliance-exercise-timer>` says about its spoken cues (`voice`) and its
 * practice log (`log`). Each loads with its part.
 */
import type { TimerLogUi, TimerVoiceUi } from '../types.js';

export const enTimerVoice: { readonly ui: { readonly timerVoice: TimerVoiceUi } } = {
  ui: {
    timerVoice: {
      speak: 'Speak each step aloud',
      using: 'Voice: {voice}, on this device.',
      looking: 'Looking for a voice on this device…',
      none: 'No voice on this device speaks {language}, so the steps are not spoken. The bell still rings.',
      failed: 'The voice stopped working, so the steps are no longer spoken. The timer carries on.',
      rate: 'Speed',
      slower: 'Slower',
      faster: 'Faster',
      volume: 'Voice volume',
      test: 'Hear the voice',
      sample: 'This is how each step will sound.',
      privacy: 'The voice runs on this device. No word is sent anywhere.',
    },
  },
};

export const enTimerLog: { readonly ui: { readonly timerLog: TimerLogUi } } = {
  ui: {
    timerLog: {
      heading: 'Your practice',
      intro: 'Each session is noted here, in this browser only: anyone who uses this browser can read it. Bring it to your therapist if you like.',
      empty: 'Nothing noted yet. Your sessions will appear here.',
      thisWeek: 'This week',
      weekOf: 'Week of {date}',
      sessions: { one: '{count} session', other: '{count} sessions' },
      minutes: { one: '{count} minute', other: '{count} minutes' },
      underMinute: 'under a minute',
      level: 'level {level}',
      stoppedEarly: 'stopped early',
      showOlder: { one: 'Show {count} older week', other: 'Show {count} older weeks' },
      deleteOne: 'Delete',
      deleteLabel: 'Delete {session}',
      deleted: 'Session deleted.',
      deletedAll: 'The whole log was deleted.',
      undo: 'Undo',
      deleteAll: 'Delete the log',
      downloadJson: 'Download (JSON)',
      downloadText: 'Download as text',
      print: 'Print',
      fileName: 'practice-log',
      downloaded: 'Downloaded.',
      copied: 'Copied.',
      copyRefused: 'This browser would not save the file. Copy the text below instead.',
      copyBox: 'Your practice log',
      importLabel: 'Bring back a saved log',
      importHint: 'A JSON file downloaded here before. Sessions you already have are not added twice.',
      imported: { one: '{count} session added.', other: '{count} sessions added.' },
      importNothingNew: 'Every session in that file is already here, so nothing changed.',
      importNotJson: 'That file isn’t a practice log download (it isn’t JSON). Nothing changed.',
      importNotExport: 'That file isn’t a practice log download. Nothing changed.',
      importNewer: 'That file comes from a newer version of this page, so it can’t be read here. Nothing changed.',
      importBadData: 'Part of that file can’t be read, so none of it was added. Nothing changed.',
      importTooLarge: 'That file is too large to be a practice log download. Nothing changed.',
      importUnreadable: 'That file couldn’t be opened. Nothing changed.',
      logged: 'Noted in your practice log: {title}.',
    },
  },
};
