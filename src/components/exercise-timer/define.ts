import { defineElement } from '../../base/define.js';
import { AllianceExerciseTimer } from './exercise-timer.js';

defineElement('alliance-exercise-timer', AllianceExerciseTimer);

declare global {
  interface HTMLElementTagNameMap {
    'alliance-exercise-timer': AllianceExerciseTimer;
  }
}
