// Classes, events and types. Importing this registers nothing: import
// 'alliance-elements/define.js' (or one element's entry) for that.
export { AllianceProvider, storageModes, type StorageMode } from './components/provider/provider.js';
export {
  AlliancePrinciple,
  principleVariants,
  isPrincipleNumber,
  PRINCIPLE_COUNT,
  type PrincipleVariant,
} from './components/principle/principle.js';
export { AlliancePrinciples, deckModes, type DeckMode } from './components/principles/principles.js';
export { AlliancePrincipleChangeEvent } from './components/principles/principles.events.js';
export {
  AllianceExerciseTimer,
  timerStates,
  TIMER_MINUTES,
  BREATHS_PER_MINUTE,
  type TimerState,
} from './components/exercise-timer/exercise-timer.js';
export {
  AllianceTimerStartEvent,
  AllianceTimerPauseEvent,
  AllianceTimerResumeEvent,
  AllianceTimerStepEvent,
  AllianceTimerCompleteEvent,
  AllianceTimerStopEvent,
} from './components/exercise-timer/exercise-timer.events.js';
export { AllianceTimerLogEvent } from './components/exercise-timer/practice-log.events.js';
export type { PracticeSession } from './components/exercise-timer/practice-log.data.js';
export { settingsContext, themes, type AllianceSettings, type Theme } from './context/settings.js';
export {
  registerLocale,
  resolveLocale,
  registeredLocales,
  loadLocale,
  format,
  formatNumber,
  localeEvents,
  localeChange,
  type LocaleInput,
  type DeepPartial,
} from './content/locales.js';
export { en } from './content/en.js';
export type * from './content/types.js';
export { exerciseIds } from './content/types.js';
export type { AllianceStore, StoredRecord, StoreStatus } from './storage/types.js';
export { SCHEMA_VERSION } from './storage/types.js';
export { defineElement } from './base/define.js';
export { AllianceOffer } from './components/offer/offer.js';
export { AllianceOfferChangeEvent, type OfferChange } from './components/offer/offer.events.js';
export { AlliancePractice, practiceIds, practiceChoices, type PracticeId, type PracticeChoice } from './components/practice/practice.js';
export { AlliancePracticeCopyEvent, AlliancePracticeChangeEvent } from './components/practice/practice.events.js';
export { localDayKey } from './controllers/local-day.js';
export { AllianceCheckIn, checkInModes, type CheckInMode } from './components/check-in/check-in.js';
export {
  AllianceCheckInSubmitEvent,
  AllianceCheckInDeleteEvent,
  AllianceCheckInRestoreEvent,
  AllianceCheckInShareEvent,
  AllianceCheckInReceiveEvent,
  type CheckInLinkData,
  type LinkResponse,
} from './components/check-in/check-in.events.js';
export {
  MAX_ANSWER_LENGTH,
  MAX_QUESTIONS,
  type CheckInEntry,
  type CheckInResponse,
} from './components/check-in/entries.js';
export type { ExportEnvelope, ImportProblem, ImportProblemCode } from './export/json.js';
export { AllianceWorksheet } from './components/worksheet/worksheet.js';
export {
  AllianceWorksheetStepEvent,
  AllianceWorksheetCompleteEvent,
  AllianceWorksheetReviseEvent,
} from './components/worksheet/worksheet.events.js';
export {
  worksheetSteps,
  worksheetPartners,
  worksheetSectionIds,
  WORKSHEET_EXPORT_KIND,
  WORKSHEET_EXPORT_VERSION,
  type WorksheetStep,
  type WorksheetPartner,
  type WorksheetSectionId,
  type WorksheetDocument,
  type WorksheetRevision,
  type WorksheetAnswer,
  type WorksheetClosingAnswer,
} from './components/worksheet/worksheet.model.js';
