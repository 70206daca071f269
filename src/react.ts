/**
 * JSX types for React 19, which passes props to custom elements: a prop the element has as a
 * property is set as that property, any other as an attribute, and a function prop named
 * `on` + an event's exact name (`onalliance-check-in-submit`) listens for that event.
 * Types only; bring them in once, next to the imports that register the elements:
 *
 *     import type {} from 'alliance-elements/react';
 *     import 'alliance-elements/check-in.js';
 *
 * Import the element before React renders it, so that its properties (`partnerA`, `.store`)
 * exist when React sets them. Attribute names (`partner-a`) work either way, and in server
 * rendering too.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LitElement } from 'lit';
import type { AllianceProvider } from './components/provider/provider.js';
import type { AlliancePrinciple } from './components/principle/principle.js';
import type { AlliancePrinciples } from './components/principles/principles.js';
import type { AllianceExerciseTimer } from './components/exercise-timer/exercise-timer.js';
import type { AllianceCheckIn } from './components/check-in/check-in.js';
import type { AllianceWorksheet } from './components/worksheet/worksheet.js';
import type { AllianceOffer } from './components/offer/offer.js';
import type { AlliancePractice } from './components/practice/practice.js';
import './components/principles/principles.events.js';
import './components/exercise-timer/exercise-timer.events.js';
import './components/check-in/check-in.events.js';
import './components/worksheet/worksheet.events.js';
import './components/offer/offer.events.js';
import './components/practice/practice.events.js';

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
  >;
  'alliance-check-in': AllianceElementProps<
    AllianceCheckIn,
    { 'partner-a': 'partnerA'; 'partner-b': 'partnerB'; 'storage-key': 'storageKey'; 'heading-level': 'headingLevel' },
    'alliance-check-in-submit' | 'alliance-check-in-delete' | 'alliance-check-in-restore'
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
