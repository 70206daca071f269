/**
 * English content for alliance-elements.
 *
 * Each part credits the source its ideas reach us through (see `en/` and docs/content.md):
 * - “What is a Collaborative Alliance?”, listing David Schnarch’s eight points from
 *   *Intimacy and Desire*, chapter 11: the principles.
 * - “8 key tips to create a collaborative alliance in relationships”: the partner exercises,
 *   the conditions that help the brain change, the four things an alliance asks of you.
 * - “How can I offer a collaborative alliance to my partner?”: offering an alliance alone.
 * - zestWELLNESS, *Designed Alliance*, adapted from “Designing the alliance” (NLP Leadership
 *   Coaching): the designed-alliance conversation, adapted by us for couples.
 * - “How to work with, not against, your partner”, on the PACER model of *Love. Crash.
 *   Rebuild.*: the end-of-day check-in and the collaboration practices.
 *
 * The scope and safety note, the limits on advice and the reflection questions are ours. All
 * wording is our own; nothing is quoted except the short mantra “Connection, not victory.”
 */
import type { LocaleContent } from './types.js';
import { enCore } from './en/core.js';
import { enSafety } from './en/safety.js';
import { enKeeping } from './en/keeping.js';
import { enParts } from './en/parts.js';
import { enPrinciples } from './en/principles.js';
import { enExercises } from './en/exercises.js';
import { enCheckIn } from './en/check-in.js';
import { enCheckInHistory } from './en/check-in-history.js';
import { enCheckInReminder } from './en/check-in-reminder.js';
import { enWorksheet } from './en/worksheet.js';
import { enWorksheetDocument } from './en/worksheet-document.js';
import { enWorksheetRecords } from './en/worksheet-records.js';
import { enOffer } from './en/offer.js';
import { enPractices } from './en/practices.js';
import { enShare } from './en/share.js';
import { enTimerLog, enTimerVoice } from './en/timer-more.js';

/**
 * Every English text in one object. Elements do not import this: each brings only its own
 * part (see `en/`), so a page with one element downloads only that element's words.
 */
export const en: LocaleContent = {
  ...enCore,
  ...enSafety,
  ...enKeeping,
  ...enParts,
  ...enPrinciples,
  ...enExercises,
  ...enCheckIn,
  ...enWorksheet,
  ...enOffer,
  ...enPractices,
  ui: {
    ...enCore.ui,
    ...enSafety.ui,
    ...enKeeping.ui,
    ...enParts.ui,
    ...enPrinciples.ui,
    ...enExercises.ui,
    ...enCheckIn.ui,
    checkIn: { ...enCheckIn.ui.checkIn, ...enCheckInHistory.ui.checkIn, ...enCheckInReminder.ui.checkIn },
    ...enWorksheet.ui,
    worksheet: { ...enWorksheet.ui.worksheet, ...enWorksheetDocument.ui.worksheet, ...enWorksheetRecords.ui.worksheet },
    ...enOffer.ui,
    ...enPractices.ui,
    ...enShare.ui,
    ...enTimerVoice.ui,
    ...enTimerLog.ui,
  },
};
