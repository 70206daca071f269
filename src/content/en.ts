/**
 * English content for alliance-elements.
 *
 * Sources (ideas credited in each section below):
 * - David Schnarch, *Intimacy and Desire*, chapter 11: the eight principles of a
 *   collaborative alliance, the three couples exercises, the conditions that help the
 *   brain change, and how one partner can offer an alliance alone.
 * - zestWELLNESS, "Designed Alliance" worksheet, adapted from co-active coaching practice.
 * - The PACER model, *Love. Crash. Rebuild.*: collaboration, the end-of-day check-in
 *   and the collaboration practices.
 *
 * All wording here is our own paraphrase of those texts; nothing is quoted except the
 * short mantra “Connection, not victory.”
 */
import type { LocaleContent } from './types.js';
import { enCore } from './en/core.js';
import { enPrinciples } from './en/principles.js';
import { enExercises } from './en/exercises.js';
import { enCheckIn } from './en/check-in.js';
import { enWorksheet } from './en/worksheet.js';
import { enOffer } from './en/offer.js';
import { enPractices } from './en/practices.js';

/**
 * Every English text in one object. Elements do not import this: each brings only its own
 * part (see `en/`), so a page with one element downloads only that element's words.
 */
export const en: LocaleContent = {
  ...enCore,
  ...enPrinciples,
  ...enExercises,
  ...enCheckIn,
  ...enWorksheet,
  ...enOffer,
  ...enPractices,
  ui: {
    ...enCore.ui,
    ...enPrinciples.ui,
    ...enExercises.ui,
    ...enCheckIn.ui,
    ...enWorksheet.ui,
    ...enOffer.ui,
    ...enPractices.ui,
  },
};
