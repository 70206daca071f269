/**
 * React for the alliance elements, two ways.
 *
 * 1. Components, for React 18 and 19, server rendering included: each element wrapped with
 *    `@lit/react`, named after its tag without `alliance-` (`<alliance-check-in>` is
 *    `<CheckIn>`), with its events as camel-case props (`alliance-check-in-submit` is
 *    `onCheckInSubmit`). Every prop the element has as a property is set as that property,
 *    so arrays and objects arrive as they are. Importing this module registers the elements.
 *
 *        import { Provider, CheckIn } from 'alliance-elements/react';
 *
 *        <Provider partnerA="Dana" partnerB="Luis">
 *          <CheckIn scale onCheckInSubmit={(event) => save(event.entry)} />
 *        </Provider>
 *
 *    The element classes keep their `Alliance` prefix (`AllianceCheckIn`, from
 *    'alliance-elements'), so both can be imported side by side.
 *
 * 2. The tags themselves in JSX, for React 19, which passes props to custom elements: a prop
 *    the element has as a property is set as that property, any other as an attribute, and a
 *    function prop named `on` + an event's exact name (`onalliance-check-in-submit`) listens
 *    for that event. Types only; bring them in once, next to the imports that register the
 *    elements:
 *
 *        import type {} from 'alliance-elements/react';
 *        import 'alliance-elements/check-in.js';
 *
 *    Import the element before React renders it, so that its properties (`partnerA`, `.store`)
 *    exist when React sets them. Attribute names (`partner-a`) work either way, and in server
 *    rendering too. React 19 attaches neither `on…` event props nor array and object
 *    properties to tags it hydrates from server-rendered HTML: a server-rendered app uses the
 *    components.
 */
import * as React from 'react';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { LitElement } from 'lit';
import { AllianceProvider } from './components/provider/provider.js';
import { AlliancePrinciple } from './components/principle/principle.js';
import { AlliancePrinciples } from './components/principles/principles.js';
import { AllianceExerciseTimer } from './components/exercise-timer/exercise-timer.js';
import { AllianceCheckIn } from './components/check-in/check-in.js';
import { AllianceWorksheet } from './components/worksheet/worksheet.js';
import { AllianceOffer } from './components/offer/offer.js';
import { AlliancePractice } from './components/practice/practice.js';
import type { AlliancePrincipleChangeEvent } from './components/principles/principles.events.js';
import type {
  AllianceTimerStartEvent,
  AllianceTimerPauseEvent,
  AllianceTimerResumeEvent,
  AllianceTimerStepEvent,
  AllianceTimerCompleteEvent,
  AllianceTimerStopEvent,
} from './components/exercise-timer/exercise-timer.events.js';
import type { AllianceTimerLogEvent } from './components/exercise-timer/practice-log.events.js';
import type {
  AllianceCheckInSubmitEvent,
  AllianceCheckInDeleteEvent,
  AllianceCheckInRestoreEvent,
  AllianceCheckInShareEvent,
  AllianceCheckInReceiveEvent,
} from './components/check-in/check-in.events.js';
import type {
  AllianceWorksheetStepEvent,
  AllianceWorksheetCompleteEvent,
  AllianceWorksheetReviseEvent,
} from './components/worksheet/worksheet.events.js';
import type { AllianceOfferChangeEvent } from './components/offer/offer.events.js';
import type { AlliancePracticeCopyEvent, AlliancePracticeChangeEvent } from './components/practice/practice.events.js';
// The components render the tags: registering them here means a page never shows one undefined.
// On a server without a DOM the define modules import and register nothing.
import './components/provider/define.js';
import './components/principle/define.js';
import './components/principles/define.js';
import './components/exercise-timer/define.js';
import './components/check-in/define.js';
import './components/worksheet/define.js';
import './components/offer/define.js';
import './components/practice/define.js';

// ----- 1. Components -----

/** `<alliance-provider>`: partner names, language, theme and storage for every element inside. */
export const Provider = createComponent({
  react: React,
  tagName: 'alliance-provider',
  elementClass: AllianceProvider,
  displayName: 'Provider',
});

/** `<alliance-principle>`: one principle's card. */
export const Principle = createComponent({
  react: React,
  tagName: 'alliance-principle',
  elementClass: AlliancePrinciple,
  displayName: 'Principle',
});

/** `<alliance-principles>`: the deck of the eight principles. */
export const Principles = createComponent({
  react: React,
  tagName: 'alliance-principles',
  elementClass: AlliancePrinciples,
  displayName: 'Principles',
  events: {
    onPrincipleChange: 'alliance-principle-change' as EventName<AlliancePrincipleChangeEvent>,
  },
});

/** `<alliance-exercise-timer>`: a guided exercise timer. */
export const ExerciseTimer = createComponent({
  react: React,
  tagName: 'alliance-exercise-timer',
  elementClass: AllianceExerciseTimer,
  displayName: 'ExerciseTimer',
  events: {
    onTimerStart: 'alliance-timer-start' as EventName<AllianceTimerStartEvent>,
    onTimerPause: 'alliance-timer-pause' as EventName<AllianceTimerPauseEvent>,
    onTimerResume: 'alliance-timer-resume' as EventName<AllianceTimerResumeEvent>,
    onTimerStep: 'alliance-timer-step' as EventName<AllianceTimerStepEvent>,
    onTimerComplete: 'alliance-timer-complete' as EventName<AllianceTimerCompleteEvent>,
    onTimerStop: 'alliance-timer-stop' as EventName<AllianceTimerStopEvent>,
    onTimerLog: 'alliance-timer-log' as EventName<AllianceTimerLogEvent>,
  },
});

/** `<alliance-check-in>`: the end-of-day check-in, with its private history. */
export const CheckIn = createComponent({
  react: React,
  tagName: 'alliance-check-in',
  elementClass: AllianceCheckIn,
  displayName: 'CheckIn',
  events: {
    onCheckInSubmit: 'alliance-check-in-submit' as EventName<AllianceCheckInSubmitEvent>,
    onCheckInDelete: 'alliance-check-in-delete' as EventName<AllianceCheckInDeleteEvent>,
    onCheckInRestore: 'alliance-check-in-restore' as EventName<AllianceCheckInRestoreEvent>,
    onCheckInShare: 'alliance-check-in-share' as EventName<AllianceCheckInShareEvent>,
    onCheckInReceive: 'alliance-check-in-receive' as EventName<AllianceCheckInReceiveEvent>,
  },
});

/** `<alliance-worksheet>`: the designed-alliance conversation, kept as a living document. */
export const Worksheet = createComponent({
  react: React,
  tagName: 'alliance-worksheet',
  elementClass: AllianceWorksheet,
  displayName: 'Worksheet',
  events: {
    onWorksheetStep: 'alliance-worksheet-step' as EventName<AllianceWorksheetStepEvent>,
    onWorksheetComplete: 'alliance-worksheet-complete' as EventName<AllianceWorksheetCompleteEvent>,
    onWorksheetRevise: 'alliance-worksheet-revise' as EventName<AllianceWorksheetReviseEvent>,
  },
});

/** `<alliance-offer>`: a guide to offering a collaborative alliance on your own. */
export const Offer = createComponent({
  react: React,
  tagName: 'alliance-offer',
  elementClass: AllianceOffer,
  displayName: 'Offer',
  events: {
    onOfferChange: 'alliance-offer-change' as EventName<AllianceOfferChangeEvent>,
  },
});

/** `<alliance-practice>`: prompts for practising collaboration as a couple. */
export const Practice = createComponent({
  react: React,
  tagName: 'alliance-practice',
  elementClass: AlliancePractice,
  displayName: 'Practice',
  events: {
    onPracticeCopy: 'alliance-practice-copy' as EventName<AlliancePracticeCopyEvent>,
    onPracticeChange: 'alliance-practice-change' as EventName<AlliancePracticeChangeEvent>,
  },
});

// ----- 2. JSX types for the tags -----

// Two types are identical when every conditional type answers the same for both (readonly included).
type IfEquals<X, Y, A, B> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;
type WritableKeys<T> = {
  [P in keyof T]-?: IfEquals<{ [Q in P]: T[P] }, { -readonly [Q in P]: T[P] }, P, never>;
}[keyof T];

/** The element's own properties that code may set: not Lit's, not methods, not read-only. */
type SettableProperties<E> = {
  [K in Exclude<WritableKeys<E>, keyof LitElement> as E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
};

/** The attributes whose names differ from their property's (`partner-a` for `partnerA`). */
type KebabAttributes<E, Names extends Record<string, keyof E>> = {
  [A in keyof Names]?: E[Names[A]] | string;
};

/** `onalliance-…` listeners for the events the element fires, typed from GlobalEventHandlersEventMap. */
type EventListeners<Name extends keyof GlobalEventHandlersEventMap> = {
  [N in Name as `on${N}`]?: (event: GlobalEventHandlersEventMap[N]) => void;
};

/** What JSX accepts on one alliance element. */
export type AllianceElementProps<
  E extends HTMLElement,
  Attributes extends Record<string, keyof E> = Record<never, never>,
  Events extends keyof GlobalEventHandlersEventMap = never,
> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof SettableProperties<E>> &
  SettableProperties<E> &
  KebabAttributes<E, Attributes> &
  EventListeners<Events>;

/** Every alliance element's JSX props, by tag. */
export interface AllianceIntrinsicElements {
  'alliance-provider': AllianceElementProps<
    AllianceProvider,
    {
      'partner-a': 'partnerA';
      'partner-b': 'partnerB';
      'storage-key': 'storageKey';
      'safety-text': 'safetyText';
      'help-href': 'helpHref';
      'help-label': 'helpLabel';
    }
  >;
  'alliance-principle': AllianceElementProps<AlliancePrinciple, { 'heading-level': 'headingLevel' }>;
  'alliance-principles': AllianceElementProps<
    AlliancePrinciples,
    { 'heading-level': 'headingLevel' },
    'alliance-principle-change'
  >;
  'alliance-exercise-timer': AllianceElementProps<
    AllianceExerciseTimer,
    {
      'adjust-seconds': 'adjustSeconds';
      'step-chime': 'stepChime';
      'no-vibrate': 'noVibrate';
      'breaths-per-minute': 'breathsPerMinute';
      'heading-level': 'headingLevel';
    },
    | 'alliance-timer-start'
    | 'alliance-timer-pause'
    | 'alliance-timer-resume'
    | 'alliance-timer-step'
    | 'alliance-timer-complete'
    | 'alliance-timer-stop'
    | 'alliance-timer-log'
  >;
  'alliance-check-in': AllianceElementProps<
    AllianceCheckIn,
    { 'partner-a': 'partnerA'; 'partner-b': 'partnerB'; 'storage-key': 'storageKey'; 'heading-level': 'headingLevel' },
    'alliance-check-in-submit' | 'alliance-check-in-delete' | 'alliance-check-in-restore' | 'alliance-check-in-share' | 'alliance-check-in-receive'
  >;
  'alliance-worksheet': AllianceElementProps<
    AllianceWorksheet,
    {
      'partner-a': 'partnerA';
      'partner-b': 'partnerB';
      'storage-key': 'storageKey';
      'heading-level': 'headingLevel';
      'print-preview': 'printPreview';
    },
    'alliance-worksheet-step' | 'alliance-worksheet-complete' | 'alliance-worksheet-revise'
  >;
  'alliance-offer': AllianceElementProps<AllianceOffer, { 'heading-level': 'headingLevel' }, 'alliance-offer-change'>;
  'alliance-practice': AllianceElementProps<
    AlliancePractice,
    { 'heading-level': 'headingLevel' },
    'alliance-practice-copy' | 'alliance-practice-change'
  >;
}

// Merged into React's JSX through an interface of our own: tools that list elements from
// IntrinsicElements' own members then keep reading the elements from their classes.
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace.
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging needs an interface.
    interface IntrinsicElements extends AllianceIntrinsicElements {}
  }
}
