import { defineElement } from '../../base/define.js';
import { AllianceExerciseTimer } from './exercise-timer.js';
// Declares the element's events in GlobalEventHandlersEventMap for code that imports only this entry.
import './exercise-timer.events.js';

defineElement('alliance-exercise-timer', AllianceExerciseTimer);

declare global {
  interface HTMLElementTagNameMap {
    'alliance-exercise-timer': AllianceExerciseTimer;
  }
}
