/**
 * The shape of everything the library shows. One object of this type per locale
 * (see `en.ts`); elements only render it, so a new language is one new module.
 */

/**
 * Where an idea comes from, shown beside the content that carries it: the source it reaches
 * us through, and the original author where that source names one.
 */
export interface Credit {
  /**
   * The whole credit line, e.g. "From David Schnarch, *Intimacy and Desire*, chapter 11, as
   * listed in “What is a Collaborative Alliance?”". The one title between asterisks is
   * shown as a cited work.
   */
  readonly text: string;
  /** What we added to the source, said as ours, e.g. "The questions to reflect on are ours." */
  readonly ours?: string;
}

/**
 * The scope and safety note every guiding element shows: what it is not, who it is not for
 * and where to turn, and that anyone may stop. A host may replace it (a slot, or the
 * provider's `safety-text` and `help-href`).
 */
export interface SafetyUi {
  /** "This is a self-help guide, not therapy, and it doesn't replace therapy." */
  readonly scope: string;
  /** Who it is not for: a relationship where someone is afraid, hurt, threatened or controlled. */
  readonly notFor: string;
  /** Where to turn, when the host gives no help line of its own. */
  readonly help: string;
  /** Where to turn with the host's help line: "{link}" becomes the link. */
  readonly helpLink: string;
  /** Anyone may stop or skip any part, at any time. */
  readonly stop: string;
}

export interface Principle {
  /** 1 to 8. */
  readonly number: number;
  readonly title: string;
  readonly text: string;
  /** Where the advice stops applying (safety first), for the principles that need it. */
  readonly limit?: string;
  /** One question a person can sit with after reading the card (ours, not the source's). */
  readonly question: string;
}

/** The three guided exercises, in the order the source text gives them. */
export const exerciseIds = ['hugging-till-relaxed', 'heads-on-pillows', 'feeling-while-touching'] as const;
export type ExerciseId = (typeof exerciseIds)[number];

/** One cue in a timed script. */
export interface ExerciseStep {
  /** Seconds from the start of the exercise at its default length. */
  readonly at: number;
  readonly text: string;
}

export interface Exercise {
  readonly id: ExerciseId;
  readonly title: string;
  /** One or two sentences: what the couple does. */
  readonly summary: string;
  /** How the partners set themselves up before starting (short list). */
  readonly setup: readonly string[];
  readonly defaultMinutes: number;
  /**
   * Timed scripts, one per level of attention; index 0 is level 1. Every script starts
   * with a step at 0. Only an exercise the source text gives layers for has more than one.
   */
  readonly levels: readonly (readonly ExerciseStep[])[];
  /** What a partner says to shift position without ending the exercise. */
  readonly shiftingPhrase: string;
  /** Things worth remembering during the exercise (short list). */
  readonly reminders: readonly string[];
  /**
   * What to know before choosing a level, one per level ('' for none): when a layer is
   * meant for, and what to do if it is too much.
   */
  readonly levelNotes?: readonly string[];
}

export interface WorksheetSection {
  readonly id: 'intentions' | 'atmosphere' | 'responsibility' | 'backup';
  readonly title: string;
  readonly questions: readonly string[];
}

export interface Worksheet {
  readonly title: string;
  /** Why design an alliance at all (a short paragraph). */
  readonly intro: string;
  /** How to hold the conversation (short list: the time, the place, the turns). */
  readonly howTo: readonly string[];
  readonly minutes: number;
  readonly questionsPerPerson: { readonly min: number; readonly max: number };
  readonly sections: readonly WorksheetSection[];
  /** The closing questions that both partners answer. */
  readonly closing: readonly string[];
  /** A note that the result is a living document to revisit. */
  readonly livingDocument: string;
}

export interface OfferWay {
  readonly id: 'focus' | 'honesty' | 'confront' | 'grounded';
  readonly title: string;
  readonly text: string;
  readonly example: string;
  /** Where the advice stops applying, when it does. */
  readonly limit?: string;
}

export interface Offer {
  readonly title: string;
  readonly intro: string;
  readonly ways: readonly OfferWay[];
  /** Offering an alliance alone is not being a doormat (short closing paragraph). */
  readonly closing: string;
}

export interface ReframePair {
  /** A blaming question, e.g. "Who started it?". */
  readonly blaming: string;
  /** The same moment asked as a question about "us". */
  readonly curious: string;
}

export interface Practices {
  readonly title: string;
  readonly intro: string;
  readonly reframe: { readonly title: string; readonly text: string; readonly limit: string; readonly pairs: readonly ReframePair[] };
  readonly bothAnd: { readonly title: string; readonly text: string; readonly example: string };
  readonly teamwork: { readonly title: string; readonly text: string; readonly question: string };
  readonly hero: { readonly title: string; readonly text: string; readonly limit: string; readonly mantra: string };
}

export interface CheckIn {
  readonly title: string;
  readonly intro: string;
  /** The intro for one person (`mode="solo"`). */
  readonly soloIntro: string;
  /** The two end-of-day questions, about "your partner": how they are kept with a check-in. */
  readonly questions: readonly string[];
  /** The same questions as a person reads them when the other's name is known: `{name}`. */
  readonly questionsAbout: readonly string[];
  readonly scaleQuestion: string;
  /** The scale's question for one person. */
  readonly soloScaleQuestion: string;
  /** Plain-words labels for 1 to 5 on the scale, index 0 is 1. */
  readonly scaleLabels: readonly [string, string, string, string, string];
}

/**
 * A text that depends on a count: one form per plural category of the language
 * (`Intl.PluralRules`), `other` always. `{count}` is filled in.
 */
export type PluralText = { readonly other: string } & { readonly [category in 'zero' | 'one' | 'two' | 'few' | 'many']?: string };

/**
 * What an element says about a file brought back: the file field's label and hint, and each
 * reason a file is refused (nothing changes then). The check-in's history, the worksheet and the
 * timer's practice log each word them for their own files.
 */
export interface ImportWords {
  readonly importLabel: string;
  readonly importHint: string;
  readonly importNotJson: string;
  readonly importNotExport: string;
  readonly importNewer: string;
  readonly importBadData: string;
  readonly importTooLarge: string;
  readonly importUnreadable: string;
}

/** Words of `<alliance-check-in>`. `{name}` style placeholders are filled by `format()`. */
export interface CheckInUi extends ImportWords {
  /** The couple's first screen: its heading, how it goes, the names (when none were given), the button. */
  readonly startHeading: string;
  readonly howLong: string;
  readonly namesLegend: string;
  readonly nameA: string;
  readonly nameB: string;
  readonly namesHint: string;
  readonly start: string;
  /** "Remind me at", for one person. */
  readonly reminderTimeSolo: string;
  /** "Step {current} of {total}", above each step of a couple's check-in. */
  readonly stepOf: string;
  /** Heading of one partner's turn: "{name}’s turn". */
  readonly turn: string;
  /** Under the first partner's heading; "{other}" is the second partner. */
  readonly turnHintFirst: string;
  /** Under the second partner's heading; "{other}" is the first partner. */
  readonly turnHintSecond: string;
  /** Below the most recent check-ins in the history: "Show {count} older check-ins". */
  readonly showOlder: PluralText;
  /** Heading of the solo form. */
  readonly soloHeading: string;
  readonly soloHint: string;
  /** Under each answer: "{count} of {max} characters". */
  readonly counter: string;
  /** After the scale question. */
  readonly optional: string;
  /** Clears the point chosen on the scale. */
  readonly clearRating: string;
  /** A point on the scale in numbers: "{value} of {max}". */
  readonly ratingValue: string;
  /** An empty turn is refused with this, next to the first answer. */
  readonly emptyError: string;
  /** The same, when the scale is shown too. */
  readonly emptyErrorScale: string;
  /** The first partner's button: their answers fold away. */
  readonly foldAway: string;
  /** The second partner's button. */
  readonly finishTurn: string;
  /** The solo button. */
  readonly save: string;
  /** "{name}’s answers are folded away." */
  readonly folded: string;
  /** Heading of the hand-over: "Pass the device to {name}". */
  readonly handOver: string;
  /** Under it; "{name}" is the partner who takes the device. */
  readonly handOverText: string;
  /** "Start {name}’s turn". */
  readonly startTurn: string;
  /** For the first partner, before handing over: "Back to {name}’s answers". */
  readonly backTo: string;
  /** Both partners have answered; nothing is shown yet. */
  readonly readyHeading: string;
  readonly readyText: string;
  /** The button that reveals both partners' answers together. */
  readonly showBoth: string;
  /** Heading of the couple's answers side by side. */
  readonly revealHeading: string;
  /** Heading of the solo answers once saved. */
  readonly soloRevealHeading: string;
  /** In place of an answer left blank. */
  readonly blank: string;
  /** In place of a rating not chosen. */
  readonly noRating: string;
  /** The check-in is stored. */
  readonly saved: string;
  /** The host page took the check-in (the submit event was cancelled), so it is not stored here. */
  readonly notKept: string;
  /** Starts over with blank answers. */
  readonly newCheckIn: string;
  readonly copyText: string;
  readonly downloadText: string;
  readonly downloadJson: string;
  readonly print: string;
  /** Announced once the text is on the clipboard. */
  readonly copied: string;
  /** Where copying is refused, above a box of text to copy by hand. */
  readonly copyRefused: string;
  /** The accessible name of that box. */
  readonly copyBox: string;
  /** Announced after a download starts. */
  readonly downloaded: string;
  /** With the storage notice: downloads the check-ins this browser could not save. */
  readonly downloadUnsaved: string;
  /** Heading of the history. */
  readonly historyHeading: string;
  readonly historyEmpty: string;
  /** "{count} check-ins this month": a count, never a reproach. */
  readonly thisMonth: PluralText;
  /** Deletes one check-in from the history. */
  readonly deleteOne: string;
  /** Announced and shown beside Undo. */
  readonly deleted: string;
  readonly deletedAll: string;
  readonly undo: string;
  /** Announced after Undo. */
  readonly restored: string;
  readonly deleteAll: string;
  /** The heading of the delete-all confirmation: "Delete all {count} check-ins?". */
  readonly confirmHeading: PluralText;
  readonly confirmText: string;
  readonly confirmDelete: string;
  readonly confirmKeep: string;
  /** Heading of the export, import and print tools. */
  readonly keepHeading: string;
  /** "{count} check-ins added." */
  readonly imported: PluralText;
  readonly importNothingNew: string;
  /** Heading of the daily reminder. */
  readonly reminderHeading: string;
  /** Label of the time input. */
  readonly reminderTime: string;
  readonly reminderButton: string;
  readonly reminderHint: string;
  /** After the reminder file is downloaded; `{time}` is the time of day as the language writes it. */
  readonly reminderDone: string;
  readonly reminderBadTime: string;
  /** The privacy note (a host may replace it through the `privacy` slot). */
  readonly privacy: string;
  /** Heading of the trend chart: "How close you felt, the last {weeks} weeks". */
  readonly chartTitle: string;
  /** The chart's text alternative: "{count}" ratings between "{from}" and "{to}". */
  readonly chartSummary: PluralText;
  readonly chartEmpty: string;
  /** Until two weeks have ratings: the trend needs a few more check-ins (the table shows the numbers so far). */
  readonly chartFew: string;
  /** Under the chart: what its points are. */
  readonly chartWeekly: string;
  /** The summary of the table of the chart's numbers. */
  readonly chartTable: string;
  /** The table's first column. */
  readonly chartDate: string;
  /** Under the chart: "1 means {low}, {max} means {high}." */
  readonly scaleRange: string;
  /** The start of export file names: "check-ins" becomes check-ins-2026-11-23.json. */
  readonly fileName: string;
  /** The calendar file's name, without ".ics". */
  readonly reminderFileName: string;
}

/** Words of `<alliance-worksheet>`. `{name}` style placeholders are filled by `format()`. */
export interface WorksheetUi extends ImportWords {
  /** The five steps' names, in order: setup, choosing, taking turns, closing, the result. */
  readonly steps: readonly [string, string, string, string, string];
  /** The accessible name of the list of steps. */
  readonly stepsLabel: string;
  /** "Step {current} of {total}" */
  readonly stepOf: string;
  /** Announced on each move: "Step {current} of {total}: {name}". */
  readonly stepAnnouncement: string;
  readonly next: string;
  readonly back: string;
  /** Setup: the heading above the content's list of how the conversation goes. */
  readonly howToHeading: string;
  /** Setup: the legend of the two names. */
  readonly namesLegend: string;
  readonly nameA: string;
  readonly nameB: string;
  readonly namesHint: string;
  /** The gentle clock: its heading in the setup step. */
  readonly clockHeading: string;
  /** "{minutes}" is the planned length. */
  readonly clockHint: string;
  readonly clockStart: string;
  readonly clockPause: string;
  readonly clockResume: string;
  readonly clockHide: string;
  readonly clockShow: string;
  /** The accessible name of the clock's progress bar. */
  readonly clockLabel: string;
  /** "{count}" minutes used so far. */
  readonly clockUsed: PluralText;
  /** "{count}" minutes left of the planned time. */
  readonly clockLeft: PluralText;
  /** Past the planned "{minutes}": said calmly, never as a warning. */
  readonly clockOver: string;
  /** Beside the time while the clock is paused (also after the page was closed). */
  readonly clockPaused: string;
  /** Choosing: the heading, "{name}, choose for {other}". */
  readonly chooseHeading: string;
  /** "Choice {current} of {total}": whose choice, of the two. */
  readonly choiceOf: string;
  /** Under the heading: "{name}" chooses, "{other}" answers; "{min}" and "{max}" give the range. */
  readonly chooseHint: string;
  /** The legend around the sections: "Questions for {other}". */
  readonly chooseLegend: string;
  /** "{count} of {max} chosen" */
  readonly chosenCount: string;
  /** Shown at the choices when Next is pressed with fewer than "{min}". */
  readonly tooFew: string;
  /** Shown when a fifth question is ticked: "{max}" at most. */
  readonly tooMany: string;
  /** Taking turns: "{name}’s turn". */
  readonly turnHeading: string;
  /** "Question {current} of {total}" */
  readonly questionOf: string;
  /** "{section}, chosen by {name}" */
  readonly chosenBy: string;
  /** The label of the notes field: "{name}’s answer". */
  readonly notesLabel: string;
  readonly notesHint: string;
  /** Announced on each turn: "Question {current} of {total}, {name}’s turn". */
  readonly turnAnnouncement: string;
  /** Closing: under the heading. */
  readonly closingHint: string;
  /** The label of each answer: "{name}’s answer". */
  readonly closingAnswer: string;
  /** At each closing answer left empty. */
  readonly closingRequired: string;
  /** Announced when Finish finds empty answers. */
  readonly closingMissing: string;
  readonly finish: string;
  /** Finish, when the conversation revises the saved alliance. */
  readonly saveRevision: string;
  /** The result: the document's heading. */
  readonly documentHeading: string;
  /** "{a} and {b}" */
  readonly between: string;
  /** "Designed on {date}" */
  readonly designedOn: string;
  /** "Last revisited {date}" */
  readonly lastRevisited: string;
  /** "Revision {n}" */
  readonly revision: string;
  /** "To revisit by {date}" */
  readonly revisitByLine: string;
  /** The heading of the closing answers in the document. */
  readonly closingHeading: string;
  /** In place of an answer without notes. */
  readonly noAnswer: string;
  /** "{name}:" before an answer in the text export. */
  readonly answeredBy: string;
  /** Announced once the first version is stored. */
  readonly saved: string;
  /** Announced once a revision is stored: "Revision {n} saved.". */
  readonly savedRevision: string;
  readonly revise: string;
  /** Shown in every step while revising. */
  readonly revisingNote: string;
  readonly stopRevising: string;
  /** The disclosure of earlier versions: "{count} earlier versions". */
  readonly earlierVersions: PluralText;
  /** One earlier version: "Revision {n}, {date}". */
  readonly revisionSummary: string;
  readonly readOnly: string;
  /** The heading of the "revisit by" date and the reminder. */
  readonly revisitHeading: string;
  readonly revisitLabel: string;
  readonly revisitHint: string;
  readonly reminderButton: string;
  /** The calendar event's title. */
  readonly reminderSummary: string;
  readonly reminderDone: string;
  /** At the date field when the reminder is asked for without a date. */
  readonly reminderNoDate: string;
  /** The calendar file's name, without ".ics". */
  readonly reminderFileName: string;
  /** The heading of print, export and import. */
  readonly keepHeading: string;
  readonly print: string;
  readonly copyMarkdown: string;
  readonly downloadMarkdown: string;
  readonly downloadJson: string;
  readonly copied: string;
  /** Where copying is refused, above a box of text to copy by hand. */
  readonly copyRefused: string;
  /** The accessible name of that box. */
  readonly copyBox: string;
  readonly downloaded: string;
  /** The file field's hint in the first step, before there is an alliance. */
  readonly importHintNew: string;
  /** After an import that replaced an alliance (kept as earlier versions). */
  readonly imported: string;
  /** After an import where there was none. */
  readonly importedNew: string;
  readonly importCancelled: string;
  readonly confirmImportHeading: string;
  readonly confirmImportText: string;
  readonly confirmImport: string;
  readonly confirmImportKeep: string;
  readonly startOver: string;
  readonly confirmStartOverHeading: string;
  /** When there is a saved alliance. */
  readonly confirmStartOverText: string;
  /** When there is only a conversation under way. */
  readonly confirmStartOverDraft: string;
  readonly confirmStartOver: string;
  readonly confirmStartOverKeep: string;
  readonly confirmStopRevisingHeading: string;
  readonly confirmStopRevisingText: string;
  readonly confirmStopRevising: string;
  readonly confirmStopRevisingKeep: string;
  /** Announced after starting over. */
  readonly startedOver: string;
  /** With the storage notice. */
  readonly downloadUnsaved: string;
  /** The heading of the conversation under way in that download. */
  readonly inProgressHeading: string;
  /** The start of export file names: "our-alliance" becomes our-alliance-2026-11-23.md. */
  readonly fileName: string;
}

/** Words of the interface itself. `{name}` style placeholders are filled by `format()`. */
/** Sending words to the partner's phone in a private link: the check-in's `two-devices` mode, the worksheet's alliance. "{name}" is the partner's name. */
export interface ShareUi {
  /** The button that makes the link: "Send to {name}". */
  readonly sendTo: string;
  /** The label of the optional passphrase when sending. */
  readonly passphraseLabel: string;
  /** Under it: what the word does, and to say it apart from the link. */
  readonly passphraseHint: string;
  /** Asking for the word to open a locked link. */
  readonly locked: string;
  /** The label of the word's field when opening. */
  readonly passphraseOpen: string;
  /** The button that opens a locked link. */
  readonly open: string;
  /** The label of the link's own box (selectable text). */
  readonly linkLabel: string;
  /** The button that opens the device's share sheet. */
  readonly share: string;
  readonly copyLink: string;
  /** Said once the link is on the clipboard. */
  readonly copied: string;
  /** Said when the browser would not copy: the link is selected for copying by hand. */
  readonly copyFailed: string;
  readonly showQr: string;
  readonly hideQr: string;
  /** The QR code's accessible name. */
  readonly qrLabel: string;
  /** Under the QR code. */
  readonly qrHint: string;
  /** The QR code's accessible name, and the words under it, when the link is for the other phone of the two who made it (the worksheet). */
  readonly qrLabelOther: string;
  readonly qrHintOther: string;
  /** Under the passphrase, when the link is for the other phone of the two who made it. */
  readonly passphraseHintOther: string;
  /** When the link is too long for a QR code. */
  readonly qrTooLong: string;
  /** Where the words travel, and who can read them. */
  readonly privacy: string;
  /** When the page sends the link itself (it handled `alliance-check-in-share` or `alliance-worksheet-share`). */
  readonly sentByPage: string;
  /** A link that was cut short or changed. */
  readonly damaged: string;
  /** A link larger than any made here. */
  readonly tooLarge: string;
  /** A link from a newer version. */
  readonly newer: string;
  /** A wrong passphrase (or a locked link that was changed). */
  readonly wrongPassphrase: string;
  /** A link for another element, or another `storage-key`. */
  readonly notForThis: string;
  /** A link whose contents do not hold up (fields missing or wrong). */
  readonly invalid: string;
  /** The button that puts a message about a link away. */
  readonly dismiss: string;
  /** The worksheet: heading of the group that sends the alliance to the other phone. */
  readonly worksheetHeading: string;
  /** Under it. */
  readonly worksheetHint: string;
  /** The button that makes the worksheet's link. */
  readonly worksheetSend: string;
  /** Heading when an alliance arrives in a link. */
  readonly worksheetArrived: string;
  /** Under it: keeping it adds a revision, nothing is lost. */
  readonly worksheetArrivedHint: string;
  /** The button that keeps what arrived. */
  readonly worksheetKeep: string;
  /** Said once it is kept. */
  readonly worksheetKept: string;
  /** Everything in the link is already here. */
  readonly worksheetAlready: string;
}

/** The check-in's `two-devices` mode. "{name}" is the partner's name. */
export interface TwoDevicesUi {
  /** Heading of the screen that sends the first answers. */
  readonly sendHeading: string;
  /** Under it: what happens next ("{other}": the partner's name). */
  readonly sendHint: string;
  /** After sending: what to do when the link comes back. */
  readonly waiting: string;
  /** The button back to one's own answers before sending. */
  readonly change: string;
  /** Heading when the partner's answers have arrived. */
  readonly receivedHeading: string;
  /** Under it: answer first, theirs stay folded. */
  readonly receivedHint: string;
  /** The button that starts this partner's turn. */
  readonly answer: string;
  /** Heading when both answers have come back. */
  readonly bothHeading: string;
  /** Under it. */
  readonly bothHint: string;
  /** The button that saves the check-in that came back. */
  readonly save: string;
  /** Heading over the link back, after saving. */
  readonly sendBackHeading: string;
  /** Under it. */
  readonly sendBackHint: string;
  /** The sending phone opened its own link. */
  readonly ownLink: string;
  /** A check-in already in this phone's history. */
  readonly alreadySaved: string;
  /** A link made for other questions than this page asks. */
  readonly otherQuestions: string;
  /** A turn under way whose link is no longer in memory (a reload): open the link again. */
  readonly reopen: string;
  /** The button that leaves that turn and starts afresh. */
  readonly startOver: string;
}

export interface UiStrings {
  /** `<alliance-worksheet>`. */
  readonly worksheet: WorksheetUi;
  /** Sending to the partner's phone. */
  readonly share: ShareUi;
  /** The check-in's `two-devices` mode. */
  readonly twoDevices: TwoDevicesUi;
  readonly partnerA: string;
  readonly partnerB: string;
  readonly storageUnavailable: string;
  /** On the not-saving notice of the guides: saves what a person wrote as a text file. */
  readonly downloadNotes: string;
  /** The name of that file, without the extension. */
  readonly notesFileName: string;
  /** On a button whose part of the page is still loading after a moment: "One moment…". */
  readonly partLoading: string;
  /** When a part of the page (the calendar file, say) could not be loaded, offline perhaps. */
  readonly partFailed: string;
  /** The button that loads a part again after it could not be loaded. */
  readonly tryAgain: string;
  /** The button that opens the file picker where a saved file is brought back (the browser's own would speak its language, not the page's). */
  readonly chooseFile: string;
  /** The scope and safety note of every guiding element. */
  readonly safety: SafetyUi;
  /** `<alliance-check-in>`. */
  readonly checkIn: CheckInUi;
  readonly principle: {
    readonly label: string;
    /** "Principle {number}" */
    readonly numberLabel: string;
    readonly reflect: string;
    /** "{value}" is not a principle; "{min}" and "{max}" give the range. */
    readonly badNumber: string;
  };
  readonly deck: {
    readonly label: string;
    readonly previous: string;
    readonly next: string;
    /** "{current} of {total}" */
    readonly position: string;
    readonly daily: string;
  };
  readonly offer: {
    /** Heading above the four ways. */
    readonly waysHeading: string;
    readonly exampleLabel: string;
    /** Label of the private note under each way. */
    readonly noteLabel: string;
    readonly noteHint: string;
    /** Heading of today's checklist of the four things an alliance involves. */
    readonly todayHeading: string;
    readonly todayHint: string;
    /** "{count} of {total} today" */
    readonly todayProgress: string;
  };
  readonly practice: {
    readonly reframeInstead: string;
    readonly reframeTry: string;
    readonly previousPair: string;
    readonly nextPair: string;
    /** "{current} of {total}" */
    readonly pairPosition: string;
    readonly wantLabel: string;
    readonly needLabel: string;
    readonly wantPlaceholder: string;
    readonly needPlaceholder: string;
    /** "I want {want}, and I need {need}." */
    readonly bothAndSentence: string;
    readonly sentenceLabel: string;
    readonly sentenceEmpty: string;
    readonly copy: string;
    readonly copied: string;
    /** Shown when the browser will not let the page copy: the sentence is selected instead. */
    readonly copyFallback: string;
    readonly teamworkHint: string;
    readonly heroPrompt: string;
    readonly mantraLabel: string;
  };
  /** `<alliance-exercise-timer>`. */
  readonly timer: {
    /** The small line above the exercise's title. */
    readonly label: string;
    /** "Level {level} of {count}", for an exercise with more than one level. */
    readonly level: string;
    readonly start: string;
    /** The start button once an exercise has ended. */
    readonly restart: string;
    readonly pause: string;
    readonly resume: string;
    readonly stop: string;
    /** Shown and announced after Stop: "{time}" is the time that was left. */
    readonly stopped: string;
    /** The button, for a few seconds after Stop, that carries on from there. */
    readonly carryOn: string;
    /** The button for a short pause to get comfortable, without ending the exercise. */
    readonly shifting: string;
    /** Shown while shifting position: "{seconds}" counts down to the automatic resume. */
    readonly adjusting: string;
    /** The accessible name of the time display, and its caption while running. */
    readonly timeLeft: string;
    /** The caption under the time while paused. */
    readonly paused: string;
    /** The caption under the time once the exercise has ended. */
    readonly done: string;
    /** Label of the current step. */
    readonly step: string;
    /** Label of the step that comes next. */
    readonly nextStep: string;
    /** The summary of the "why this helps" disclosure. */
    readonly why: string;
    /** The visible note that either partner may stop at any time. */
    readonly note: string;
    /** Heading of the exercise's setup, shown before it starts. */
    readonly before: string;
    /** Under the setup: only if both want to and feel safe. */
    readonly consent: string;
    /** Heading of the exercise's reminders, shown while it runs. */
    readonly remindersHeading: string;
    /** Shown and announced when the time is up. */
    readonly complete: string;
    /** After the time: what to do now. */
    readonly afterward: string;
    /** After the time, when the exercise has a next level: "{level}". */
    readonly nextLevel: string;
    /** The breathing pacer's words when motion is reduced. */
    readonly breatheIn: string;
    readonly breatheOut: string;
    /** The breathing pacer's hint when it animates. */
    readonly breatheWith: string;
    /** The accessible name of the group of buttons. */
    readonly controls: string;
    /** The summary of the disclosure with the spoken cues' settings. */
    readonly voice: string;
    /** After a finished session, the button that chooses the next level: "{level}". */
    readonly chooseLevel: string;
  };
  /** The exercise timer's spoken cues (loaded with them). */
  readonly timerVoice: TimerVoiceUi;
  /** The exercise timer's practice log (loaded with it). */
  readonly timerLog: TimerLogUi;
}

/** The exercise timer's spoken cues. */
export interface TimerVoiceUi {
  /** The checkbox that turns them on. */
  readonly speak: string;
  /** Which voice speaks: "{voice}" is its name. */
  readonly using: string;
  /** While the device's voices are still being listed. */
  readonly looking: string;
  /** No voice on the device speaks the element's language: "{language}". */
  readonly none: string;
  /** Said once when the voice fails or goes away during a session. */
  readonly failed: string;
  readonly rate: string;
  readonly slower: string;
  readonly faster: string;
  readonly volume: string;
  /** The button that lets a person hear the voice. */
  readonly test: string;
  /** What that button says aloud. */
  readonly sample: string;
  /** That no word leaves the device. */
  readonly privacy: string;
}

/** The exercise timer's practice log. */
export interface TimerLogUi extends ImportWords {
  readonly heading: string;
  /** What the log is, and that it stays in this browser. */
  readonly intro: string;
  /** Before any session: a calm line, no pressure. */
  readonly empty: string;
  readonly thisWeek: string;
  /** The heading of an earlier week: "{date}" is its first day. */
  readonly weekOf: string;
  /** "{count} sessions", in a week. */
  readonly sessions: PluralText;
  /** "{count} minutes", of a week or of one session, rounded. */
  readonly minutes: PluralText;
  /** A session under a minute. */
  readonly underMinute: string;
  /** "Level {level}". */
  readonly level: string;
  /** A session stopped before its end. */
  readonly stoppedEarly: string;
  /** "Show {count} older weeks". */
  readonly showOlder: PluralText;
  readonly deleteOne: string;
  /** The accessible name of a session's delete button: "{session}". */
  readonly deleteLabel: string;
  readonly deleted: string;
  readonly deletedAll: string;
  readonly undo: string;
  readonly deleteAll: string;
  readonly downloadJson: string;
  readonly downloadText: string;
  readonly print: string;
  /** The name of an exported file, without the date and extension. */
  readonly fileName: string;
  readonly downloaded: string;
  readonly copied: string;
  readonly copyRefused: string;
  readonly copyBox: string;
  /** "{count} sessions added". */
  readonly imported: PluralText;
  readonly importNothingNew: string;
  /** Said when a session is added: "{title}". */
  readonly logged: string;
}

/** One locale: everything the library shows in one language. */
export interface LocaleContent {
  /** BCP 47 tag, e.g. "en". */
  readonly lang: string;
  /** Text direction of the language. */
  readonly dir: 'ltr' | 'rtl';
  readonly ui: UiStrings;
  readonly principles: { readonly credit: Credit; readonly items: readonly Principle[] };
  readonly exercises: { readonly credit: Credit; readonly items: readonly Exercise[] };
  /** The seven conditions that help the brain change ("why this helps"). */
  readonly conditions: { readonly title: string; readonly intro: string; readonly items: readonly string[] };
  /** The four things a collaborative alliance involves. */
  readonly involves: { readonly title: string; readonly items: readonly string[] };
  readonly offer: Offer & { readonly credit: Credit };
  readonly worksheet: Worksheet & { readonly credit: Credit };
  readonly checkIn: CheckIn & { readonly credit: Credit };
  readonly practices: Practices & { readonly credit: Credit };
}

/**
 * Part of a locale: some of its content (`K`) and some of its UI strings (`U`). The English
 * text is split this way so that each element brings only the words it shows.
 */
export type LocalePart<K extends Exclude<keyof LocaleContent, 'ui' | 'lang' | 'dir'>, U extends keyof UiStrings> = Pick<
  LocaleContent,
  K
> & { readonly ui: Pick<UiStrings, U> };
