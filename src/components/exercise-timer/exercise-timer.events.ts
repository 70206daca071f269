import type { ExerciseId } from '../../content/types.js';
import type { AllianceTimerLogEvent } from './practice-log.events.js';

const options = { bubbles: true, composed: true } as const;

/** A person started the exercise (the start button or Space); not fired for `start()` called by code. */
export class AllianceTimerStartEvent extends Event {
  static readonly eventName = 'alliance-timer-start';
  readonly exercise: ExerciseId;
  /** The length of this run in seconds. */
  readonly plannedSeconds: number;

  constructor(exercise: ExerciseId, plannedSeconds: number) {
    super(AllianceTimerStartEvent.eventName, options);
    this.exercise = exercise;
    this.plannedSeconds = plannedSeconds;
  }
}

/** A person paused, or began shifting position (`adjusting`); not fired for `pause()` called by code. */
export class AllianceTimerPauseEvent extends Event {
  static readonly eventName = 'alliance-timer-pause';
  /** True for the shifting-position pause, which resumes by itself. */
  readonly adjusting: boolean;
  /** Seconds of the exercise still to go. */
  readonly remainingSeconds: number;

  constructor(adjusting: boolean, remainingSeconds: number) {
    super(AllianceTimerPauseEvent.eventName, options);
    this.adjusting = adjusting;
    this.remainingSeconds = remainingSeconds;
  }
}

/**
 * The exercise carries on: a person pressed resume, or a shifting-position pause ended by
 * itself (`automatic`). Not fired for `resume()` called by code.
 */
export class AllianceTimerResumeEvent extends Event {
  static readonly eventName = 'alliance-timer-resume';
  /** True when a shifting-position pause ended by itself. */
  readonly automatic: boolean;
  /** Seconds of the exercise still to go. */
  readonly remainingSeconds: number;

  constructor(automatic: boolean, remainingSeconds: number) {
    super(AllianceTimerResumeEvent.eventName, options);
    this.automatic = automatic;
    this.remainingSeconds = remainingSeconds;
  }
}

/** A step of the script began (the first one at 0:00 too), however the run was started. */
export class AllianceTimerStepEvent extends Event {
  static readonly eventName = 'alliance-timer-step';
  /** Position of the step in the script, from 0. */
  readonly index: number;
  readonly text: string;

  constructor(index: number, text: string) {
    super(AllianceTimerStepEvent.eventName, options);
    this.index = index;
    this.text = text;
  }
}

/** The time is up, however the run was started. */
export class AllianceTimerCompleteEvent extends Event {
  static readonly eventName = 'alliance-timer-complete';
  readonly exercise: ExerciseId;
  /** The length of the run in seconds, pauses left out. */
  readonly plannedSeconds: number;
  /** Wall-clock seconds from the start to the end, pauses and shifts included. */
  readonly elapsedSeconds: number;

  constructor(exercise: ExerciseId, plannedSeconds: number, elapsedSeconds: number) {
    super(AllianceTimerCompleteEvent.eventName, options);
    this.exercise = exercise;
    this.plannedSeconds = plannedSeconds;
    this.elapsedSeconds = elapsedSeconds;
  }
}

/** A person stopped the exercise before its end; not fired for `stop()` called by code. */
export class AllianceTimerStopEvent extends Event {
  static readonly eventName = 'alliance-timer-stop';
  readonly exercise: ExerciseId;
  readonly plannedSeconds: number;
  /** Wall-clock seconds from the start to the stop, pauses and shifts included. */
  readonly elapsedSeconds: number;
  /** Seconds of the exercise that were still to go. */
  readonly remainingSeconds: number;

  constructor(exercise: ExerciseId, plannedSeconds: number, elapsedSeconds: number, remainingSeconds: number) {
    super(AllianceTimerStopEvent.eventName, options);
    this.exercise = exercise;
    this.plannedSeconds = plannedSeconds;
    this.elapsedSeconds = elapsedSeconds;
    this.remainingSeconds = remainingSeconds;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'alliance-timer-start': AllianceTimerStartEvent;
    'alliance-timer-pause': AllianceTimerPauseEvent;
    'alliance-timer-resume': AllianceTimerResumeEvent;
    'alliance-timer-step': AllianceTimerStepEvent;
    'alliance-timer-complete': AllianceTimerCompleteEvent;
    'alliance-timer-stop': AllianceTimerStopEvent;
    'alliance-timer-log': AllianceTimerLogEvent;
  }
}
