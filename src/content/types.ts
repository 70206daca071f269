/**
 * The shape of everything the library shows. One object of this type per locale
 * (see `en.ts`); elements only render it, so a new language is one new module.
 */

/** Where an idea comes from, shown beside the content that carries it. */
export interface Credit {
  /** Who the idea belongs to, e.g. "David Schnarch". */
  readonly author: string;
  /** The work, e.g. "Intimacy and Desire". */
  readonly work: string;
  /** Where in the work, e.g. "chapter 11"; optional. */
  readonly detail?: string;
}

export interface Principle {
  /** 1 to 8. */
  readonly number: number;
  readonly title: string;
  readonly text: string;
  /** One question a person can sit with after reading the card. */
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
  readonly reframe: { readonly title: string; readonly text: string; readonly pairs: readonly ReframePair[] };
  readonly bothAnd: { readonly title: string; readonly text: string; readonly example: string };
  readonly teamwork: { readonly title: string; readonly text: string; readonly question: string };
  readonly hero: { readonly title: string; readonly text: string; readonly mantra: string };
}

export interface CheckIn {
  readonly title: string;
  readonly intro: string;
  /** The two end-of-day questions. */
  readonly questions: readonly string[];
  readonly scaleQuestion: string;
  /** Plain-words labels for 1 to 5 on the scale, index 0 is 1. */
  readonly scaleLabels: readonly [string, string, string, string, string];
}

/** Words of the interface itself. `{name}` style placeholders are filled by `format()`. */
export interface UiStrings {
  readonly partnerA: string;
  readonly partnerB: string;
  readonly storageUnavailable: string;
  readonly principle: {
    readonly label: string;
    /** "Principle {number}" */
    readonly numberLabel: string;
    readonly reflect: string;
    /** "{value}" is not a principle; "{min}" and "{max}" give the range. */
    readonly badNumber: string;
    readonly creditPrefix: string;
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
    readonly saved: string;
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
    readonly teamworkLabel: string;
    readonly teamworkHint: string;
    readonly saved: string;
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
    /** Shown and announced when the time is up. */
    readonly complete: string;
    /** The breathing pacer's words when motion is reduced. */
    readonly breatheIn: string;
    readonly breatheOut: string;
    /** The breathing pacer's hint when it animates. */
    readonly breatheWith: string;
    /** The accessible name of the group of buttons. */
    readonly controls: string;
    /** Before the credit: "From David Schnarch, Intimacy and Desire". */
    readonly creditPrefix: string;
  };
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
