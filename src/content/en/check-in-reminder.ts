/**
 * English: the check-in's daily reminder, which loads when a person opens it.
 */
import type { CheckInUi } from '../types.js';

export const enCheckInReminder = {
  ui: {
    checkIn: {
      reminderTime: 'Remind us at',
      reminderTimeSolo: 'Remind me at',
      reminderButton: 'Add to my calendar',
      reminderHint: 'Downloads a calendar file (.ics) with a daily event at this time. Open it to add it to your calendar.',
      reminderDone: 'Calendar file downloaded: a reminder every day at {time}.',
      reminderBadTime: 'Choose a time, such as 21:00.',
      reminderFileName: 'check-in-reminder',
    } satisfies Partial<CheckInUi>,
  },
};
