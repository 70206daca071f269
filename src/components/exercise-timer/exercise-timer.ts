import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SettingsController } from '../../controllers/settings.js';
import { addEnglish } from '../../content/locales.js';
import { enExercises } from '../../content/en/exercises.js';
import { CountdownController } from '../../controllers/countdown.js';
import { WakeLockController } from '../../controllers/wake-lock.js';
import { ChimeController, type ScheduledBell } from '../../controllers/chime.js';
import { renderCredit } from '../../content/credit.js';
import { renderSafety, safetyStyles } from '../shared/safety.js';
import { enSafety } from '../../content/en/safety.js';
import type { ExerciseId, ExerciseStep, LocaleContent } from '../../content/types.js';
import { warnOnce } from '../../base/warn.js';
import { hostStyles, tokens } from '../../styles/tokens.js';
import { controlStyles } from '../../styles/controls.js';
import {
  AllianceTimerCompleteEvent,
  AllianceTimerPauseEvent,
  AllianceTimerResumeEvent,
  AllianceTimerStartEvent,
  AllianceTimerStepEvent,
  AllianceTimerStopEvent,
} from './exercise-timer.events.js';
import { styles } from './exercise-timer.styles.js';
import { TIMER_MINUTES, clock, makePlan, stepAt, type ChildScript, type TimerPlan } from './exercise-timer.plan.js';
import { renderGuidance, renderScript } from './exercise-timer.view.js';

export { TIMER_MINUTES };

export const timerStates = ['idle', 'running', 'paused', 'adjusting', 'complete'] as const;
export type TimerState = (typeof timerStates)[number];

/** The rates `breaths-per-minute` accepts; 6 is the default. */
export const BREATHS_PER_MINUTE = { min: 3, max: 12, default: 6 } as const;

const TAG = 'alliance-exercise-timer';
const DEFAULT_VOLUME = 0.6;
const DEFAULT_ADJUST_SECONDS = 20;
const ADJUST_SECONDS = { min: 3, max: 300 } as const;
const STEP_BUZZ = 120;
const END_BUZZ = [220, 120, 220];
/** A scheduled end bell further ahead than this at the end means the audio clock stood still (sleep): ring now instead. */
const LATE_BELL_S = 0.25;
/** How long a stopped run can still carry on. */
const STOP_UNDO_MS = 10_000;

/** What the timer's parts (spoken cues, practice log) need from it. */
export interface TimerPartHost {
  readonly element: AllianceExerciseTimer;
  readonly settings: SettingsController;
  announce(text: string): void;
  /** The run under way, or just ended or stopped. */
  run(): TimerPlan | undefined;
}

/** A part of the timer, once loaded: what it shows, and what it hears of the run. */
export interface TimerPart {
  /** What it shows (at `where`, for a part that shows in more than one place). */
  render(where?: string): unknown;
  say?(text: string, index: number): void;
  hush?(): void;
}

/**
 * The timer's parts a page may never use, loaded the first time they are asked for: the spoken
 * cues and the practice log. One object, so that a test can stand in for a part that fails to load.
 */
export const timerParts: Record<PartName, () => Promise<{ attach(host: TimerPartHost): TimerPart }>> = {
  voice: () => import('./voice.js'),
  log: () => import('./practice-log.js'),
  breath: () => import('./breathing.js'),
};

type PartName = 'voice' | 'log' | 'breath';

/** A run a person has just stopped: where it was, to carry on from there. */
interface StoppedRun {
  readonly run: TimerPlan;
  /** Exercise ms counted when it stopped. */
  readonly at: number;
  readonly step: number;
  /** Stopped while paused or shifting position: it carries on paused. */
  readonly paused: boolean;
  /** What the timer says about it. */
  readonly text: string;
}

/**
 * A guided exercise for two (hugging till relaxed, heads on pillows, feeling while touching)
 * that plays the exercise's timed script and tells the couple when it is over, on time,
 * with no one touching the screen: the time comes from the wall clock, a bell is scheduled
 * ahead on the audio clock, and the screen is kept awake while it runs.
 *
 * Keyboard: every control is a button. Space starts, pauses and resumes when the focus is
 * in the timer but not on a button or the "why this helps" summary (those keep their own
 * Space). After Stop, the focus moves to Start.
 *
 * Spoken cues (`voice="on"`, or a person's choice under "Spoken cues") say each step aloud at
 * its time, in the element's language, with a voice that runs on the device only; no local
 * voice for the language is said there, and the bell works alongside or alone. A step is said
 * once, when it begins: pausing, shifting position or carrying on never repeat it.
 *
 * With `log`, every session finished (and one a person stopped, marked so) is noted in a
 * practice log in this browser, shown under the timer by week, to download, print, bring back
 * or delete. After a finished first-level session the couple may choose the second, unless the
 * page set `level`. These parts, and the breathing pacer, load the first
 * time they are asked for.
 *
 * Stop says how much time was left, and for ten seconds a "Carry on" button takes the run
 * back to where it was (paused, if it was paused), firing `alliance-timer-resume`.
 *
 * Events: `alliance-timer-start`, `-pause`, `-resume` and `-stop` are fired for what a
 * person did (a press), not when code calls `start()`, `pause()`, `resume()`,
 * `shiftPosition()` or `stop()` (the caller already knows). `alliance-timer-step` and
 * `alliance-timer-complete` happen by time and fire however the run was started; so does
 * `alliance-timer-resume` with `automatic` when a shifting-position pause ends by itself.
 * Setting properties never fires an event.
 *
 * Changes to `exercise`, `level`, `minutes` or `steps` during a run apply from the next start.
 *
 * @tagname alliance-exercise-timer
 * @cssstate idle - Before a run, and after Stop.
 * @cssstate running - While the time runs: `alliance-exercise-timer:state(running)`.
 * @cssstate paused - Paused by a person.
 * @cssstate adjusting - In a shifting-position pause.
 * @cssstate complete - The time is up.
 * @summary A guided exercise timer that keeps true time.
 * Before it starts, the timer shows how to set up and that it is only for two people who both
 * want it and feel safe; while it runs, the exercise's reminders; with a level that has a
 * condition (hugging till relaxed's third layer), the condition and what to do if it is too
 * much. A short note says what it is not (therapy), who it is not for and where to turn.
 *
 * @slot note - Replaces the note that either partner may stop at any time.
 * @slot safety - Replaces the note on scope and safety. The provider's `safety-text` and `help-href` change it for every element.
 * @fires {AllianceTimerStartEvent} alliance-timer-start - A person started; `exercise`, `plannedSeconds`.
 * @fires {AllianceTimerPauseEvent} alliance-timer-pause - A person paused, or began shifting position (`adjusting`); `remainingSeconds`.
 * @fires {AllianceTimerResumeEvent} alliance-timer-resume - A person resumed or carried on after Stop, or a shifting-position pause ended by itself (`automatic`); `remainingSeconds`.
 * @fires {AllianceTimerStepEvent} alliance-timer-step - A step began (the first at 0:00 too); `index` from 0, `text`.
 * @fires {AllianceTimerCompleteEvent} alliance-timer-complete - The time is up; `exercise`, `plannedSeconds`, `elapsedSeconds` (wall clock, pauses included).
 * @fires {AllianceTimerStopEvent} alliance-timer-stop - A person stopped before the end; `elapsedSeconds`, `remainingSeconds`.
 * @fires {AllianceTimerLogEvent} alliance-timer-log - With `log`: a session was noted (`added`, cancelable: the session then stays out of this browser's log), or sessions were `deleted`, `restored` or `imported`; `sessions`.
 * @attr {string} voice-rate - Where the spoken cues' speed starts, 0.5 to 2 (0.9 if not set); a person can change it under "Spoken cues".
 * @attr {string} voice-volume - Where the spoken cues' volume starts, 0 to 1 (1 if not set).
 * @attr {string} storage-key - With `log`: where the practice log is kept in the store (`<storage-key>:log`; `exercise-timer` if not set), so two timers on one site can keep separate logs.
 * @csspart log - The practice log's card, under the timer (with `log`).
 * @csspart notice - With `log`: the notice that this browser is not saving, in the log's card.
 * @csspart card - The card around everything.
 * @csspart title - The exercise's title.
 * @csspart dial - The progress ring with the time left in its middle.
 * @csspart step - The current and next step, or the shifting-position and end messages.
 * @csspart guidance - The setup before the start, the reminders while it runs, and the level's condition.
 * @csspart controls - The row of buttons.
 * @csspart button - Each button.
 * @cssprop [--alliance-timer-max-width=32rem] - The widest the card grows.
 * @cssprop [--alliance-timer-padding=1.5rem] - Space inside the card.
 * @cssprop [--alliance-timer-ring-size=13rem] - Diameter of the progress ring.
 * @cssprop [--alliance-timer-ring-width=5] - Stroke width of the ring, in the ring's own units (its radius is 54).
 * @cssprop [--alliance-timer-ring-color=var(--alliance-color-accent)] - Colour of the time left on the ring.
 * @cssprop [--alliance-timer-track-color=var(--alliance-color-surface-alt)] - Colour of the ring's track.
 * @cssprop [--alliance-timer-time-size=3rem] - Font size of the time in the ring.
 */
export class AllianceExerciseTimer extends LitElement {
  static override styles = [tokens, hostStyles, controlStyles, safetyStyles, styles];

  static {
    // The element's English words, the fallback of every language, come with the element.
    addEnglish(enExercises);
    addEnglish(enSafety);
  }

  readonly #settings = new SettingsController(this);
  readonly #chime = new ChimeController(this);
  readonly #wakeLock = new WakeLockController(this);
  readonly #countdown = new CountdownController(this, {
    onTick: () => this.#onTick(),
    onComplete: () => this.#onComplete(),
    onAutoResume: () => this.#onAutoResume(),
    alarm: (delayMs, callback) => this.#chime.alarm(delayMs, callback),
  });
  #childObserver: MutationObserver | undefined;
  #internals: ElementInternals | undefined;

  /** The exercise: `hugging-till-relaxed`, `heads-on-pillows` or `feeling-while-touching`. */
  @property() exercise: ExerciseId = 'hugging-till-relaxed';

  /**
   * The layer of attention, from 1 (hugging till relaxed has 3 levels, the others 1). Set, it
   * fixes the level (and nothing suggests moving on); unset, the timer starts at level 1 and
   * after a finished session lets the couple choose the second. The third, which brings up hard
   * memories, is described with its condition but only ever set by the page.
   */
  @property({ type: Number }) level: number | undefined;

  /**
   * The length in minutes, 0.25 to 120 (decimals allowed); empty for the exercise's own
   * length (10 or 15). The exercise's script is stretched or shrunk to fit.
   */
  @property({ type: Number }) minutes: number | null | undefined;

  /**
   * The host's own script: an array of `{at, text}`, `at` in seconds from the start of the run
   * (not stretched). Also read from a child `<script type="application/json">`. The text is
   * shown as plain text, never as markup.
   */
  @property({ attribute: false }) steps: readonly ExerciseStep[] | null | undefined;

  /** Seconds a shifting-position pause lasts before the exercise carries on by itself (3 to 300). */
  @property({ type: Number, attribute: 'adjust-seconds' }) adjustSeconds = DEFAULT_ADJUST_SECONDS;

  /** Ring the bell at each step too (it always rings at the start and the end). */
  @property({ type: Boolean, attribute: 'step-chime' }) stepChime = false;

  /** Bell volume, 0 to 1. */
  @property({ type: Number }) volume = DEFAULT_VOLUME;

  /** No bell at all. */
  @property({ type: Boolean }) muted = false;

  /** No vibration at the steps and the end. */
  @property({ type: Boolean, attribute: 'no-vibrate' }) noVibrate = false;

  /** Show a slow-breathing pacer in the ring (words instead of motion when reduced motion is asked for). */
  @property({ type: Boolean }) breathing = false;

  /** The pacer's pace, 3 to 12 breaths a minute. */
  @property({ type: Number, attribute: 'breaths-per-minute' }) breathsPerMinute: number = BREATHS_PER_MINUTE.default;

  /**
   * Spoken cues: `off` (the default) or `on`. Each step is said aloud at its time, in the
   * element's language, by a voice that runs on the device; a person can also turn them on,
   * and set the speed and volume, under "Spoken cues". The `voice-rate` (0.5 to 2) and
   * `voice-volume` (0 to 1) attributes set where those start.
   */
  @property() voice: 'off' | 'on' = 'off';

  /** Keeps a practice log in this browser (through the store), shown under the timer. */
  @property({ type: Boolean }) log = false;

  /** The level of the title in the page's outline (2 to 6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private _childScript: ChildScript | undefined;
  @state() private _step = -1;
  @state() private _remaining = 0;
  /** Time left as thousandths of the run. */
  @state() private _left = 1000;
  @state() private _adjustLeft = 0;
  @state() private _announcement = '';
  /** A run a person has just stopped, kept for a few seconds so that it can carry on. */
  @state() private _stopped: StoppedRun | undefined;

  #config: TimerPlan | undefined;
  #configContent: LocaleContent | undefined;
  #run: TimerPlan | undefined;
  #timeline: ScheduledBell[] = [];
  #endBell: ScheduledBell | undefined;
  #childText: string | null = null;
  #volume = DEFAULT_VOLUME;
  #adjustMs = DEFAULT_ADJUST_SECONDS * 1000;
  #focusedBeforeUpdate: Element | undefined;
  #forgetStopped: ReturnType<typeof setTimeout> | undefined;
  /** The level the couple chose after a finished session (when the host did not set one). */
  #chosenLevel = 1;
  #pressedAt = 0;
  /** The parts asked for: loaded, or undefined while on their way. */
  #parts: { [name in PartName]?: TimerPart } = {};
  readonly #partHost: TimerPartHost = {
    element: this,
    settings: this.#settings,
    announce: (text) => (this._announcement = text),
    run: () => this.#run ?? this._stopped?.run,
  };

  constructor() {
    super();
    this.addEventListener('keydown', this.#onKeydown);
  }

  /** `idle`, `running`, `paused`, `adjusting` (shifting position) or `complete`; for CSS, the custom state `:state(running)` and so on. */
  get state(): TimerState {
    const countdown = this.#countdown.state;
    if (countdown === 'paused') return this.#countdown.resumeAt === undefined ? 'paused' : 'adjusting';
    return countdown;
  }

  /** The length of the run, or of the next one when idle, in seconds. */
  get plannedSeconds(): number {
    return this.#plan.plannedSeconds;
  }

  /** Seconds of the exercise still to go (pauses don't count). */
  get remainingSeconds(): number {
    return this.state === 'idle' ? this.#plan.plannedSeconds : this.#countdown.remainingMs / 1000;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Made here, not in the constructor: a server has no MutationObserver.
    this.#childObserver ??= new MutationObserver(() => this.#readChildScript());
    this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    // Rendered on a server, the first render here must give what the server gave (hydration
    // keeps the server's DOM): a child script, which the server could not see, is read after it.
    if (this.hasUpdated || !this.shadowRoot?.firstChild) this.#readChildScript();
    else void this.updateComplete.then(() => this.#readChildScript());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver?.disconnect();
    this.#keepStopped();
  }

  override willUpdate(changed: PropertyValues): void {
    const content = this.#settings.content;
    if (
      !this.#config ||
      content !== this.#configContent ||
      changed.has('exercise') ||
      changed.has('level') ||
      changed.has('minutes') ||
      changed.has('steps') ||
      changed.has('_childScript')
    ) {
      this.#config = this.#makePlan(content);
      this.#configContent = content;
    }
    if (changed.has('volume')) this.#volume = this.#checkNumber('volume', this.volume, 0, 1, DEFAULT_VOLUME);
    if (changed.has('adjustSeconds')) {
      const { min, max } = ADJUST_SECONDS;
      this.#adjustMs = 1000 * this.#checkNumber('adjust-seconds', this.adjustSeconds, min, max, DEFAULT_ADJUST_SECONDS);
    }
    this.#chime.volume = this.#volume;
    this.#chime.muted = this.muted;
    this.#chime.vibrate = !this.noVibrate;
    this.#focusedBeforeUpdate = this.shadowRoot?.activeElement ?? undefined;
    const current = this.state;
    // The state for a page's CSS, as `:state(running)`: no attribute the page did not write.
    try {
      const states = (this.#internals ??= this.attachInternals()).states;
      states.clear();
      states.add(current);
    } catch {
      // No custom states in this browser (or a server's): the `state` property still says it.
    }
    // Kept through a shifting-position pause: it resumes by itself, and the screen should still show it.
    this.#wakeLock.active = current === 'running' || current === 'adjusting';
  }

  /** Loads a part, once (one that could not come is asked for again at the next change). */
  #want(name: PartName): void {
    if (!(name in this.#parts)) {
      this.#parts[name] = undefined;
      timerParts[name]().then(
        (part) => {
          this.#parts[name] = part.attach(this.#partHost);
          this.requestUpdate();
        },
        () => delete this.#parts[name],
      );
    }
  }

  override updated(): void {
    // A button that has just been hidden (Stop, Shifting position) hands the focus to the main
    // one. Read before rendering: some browsers drop the focus as soon as `hidden` is set.
    const focused = this.#focusedBeforeUpdate;
    this.#focusedBeforeUpdate = undefined;
    if (focused instanceof HTMLElement && focused.hidden) this.#primaryButton?.focus();
    // In a browser only: a server renders the timer without its parts.
    if (this.voice !== 'off') this.#want('voice');
    if (this.log) this.#want('log');
    if (this.breathing) this.#want('breath');
  }

  /** Starts the exercise from the beginning (when idle or complete). Fires no start event. */
  start(): void {
    this.#start(false);
  }

  /** Pauses a running exercise. Fires no pause event. */
  pause(): void {
    this.#pause(false);
  }

  /** Carries on after a pause or a shifting-position pause. Fires no resume event. */
  resume(): void {
    this.#resume(false);
  }

  /** A short pause to get comfortable that ends by itself after `adjust-seconds`. Fires no pause event. */
  shiftPosition(): void {
    this.#shift(false);
  }

  /** Ends the run and goes back to the start. Fires no stop event. */
  stop(): void {
    this.#stop(false);
  }

  #makePlan(content: LocaleContent): TimerPlan {
    return makePlan(content, {
      exercise: this.exercise,
      level: this.level ?? this.#chosenLevel,
      minutes: this.minutes,
      steps: this.steps,
      childScript: this._childScript,
      attribute: (name) => this.getAttribute(name),
    });
  }

  get #plan(): TimerPlan {
    return this.#run ?? (this.#config ??= this.#makePlan(this.#settings.content));
  }

  get #primaryButton(): HTMLButtonElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLButtonElement>('button.primary');
  }

  #checkNumber(attribute: string, value: unknown, min: number, max: number, fallback: number): number {
    if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return value;
    const raw = this.getAttribute(attribute) ?? String(value);
    warnOnce(`<${TAG}> ${attribute}="${raw}" is not a number from ${min} to ${max}; using ${fallback}.`);
    return fallback;
  }

  #readChildScript(): void {
    const script = [...this.children].find(
      (child): child is HTMLScriptElement => child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json',
    );
    const text = script ? (script.textContent ?? '') : null;
    if (text === this.#childText) return;
    this.#childText = text;
    if (text === null) {
      this._childScript = undefined;
      return;
    }
    try {
      this._childScript = { value: JSON.parse(text) as unknown };
    } catch {
      this._childScript = { error: 'is not valid JSON' };
    }
  }

  #start(byPerson: boolean): void {
    const current = this.state;
    if (current !== 'idle' && current !== 'complete') return;
    this.#keepStopped();
    const run = (this.#run = this.#config ?? this.#makePlan(this.#settings.content));
    this._step = -1;
    this._announcement = '';
    if (byPerson) this.dispatchEvent(new AllianceTimerStartEvent(run.exercise.id, run.plannedSeconds));
    this.#countdown.start(
      run.plannedSeconds * 1000,
      run.steps.map((s) => Math.round(s.at * 1000)),
      byPerson ? this.#countdown.now() - this.#pressedAt : 0,
    );
    // After the clock has started: the first sound can take a moment while the audio device wakes.
    this.#chime.ring();
    this.#scheduleBells();
  }

  #pause(byPerson: boolean): void {
    if (this.state !== 'running') return;
    this.#countdown.pause();
    this.#cancelBells();
    if (byPerson) this.dispatchEvent(new AllianceTimerPauseEvent(false, this.remainingSeconds));
  }

  #shift(byPerson: boolean): void {
    if (this.state !== 'running') return;
    this.#countdown.pause(this.#adjustMs);
    this._adjustLeft = Math.round(this.#adjustMs / 1000);
    this._announcement = this.#settings.format(this.#settings.content.ui.timer.adjusting, { seconds: this._adjustLeft });
    // The bells are scheduled ahead for when the run will end after this pause.
    this.#scheduleBells();
    if (byPerson) this.dispatchEvent(new AllianceTimerPauseEvent(true, this.remainingSeconds));
  }

  #resume(byPerson: boolean): void {
    const current = this.state;
    if (current !== 'paused' && current !== 'adjusting') return;
    this.#countdown.resume();
    this.#afterResume();
    if (byPerson) this.dispatchEvent(new AllianceTimerResumeEvent(false, this.remainingSeconds));
  }

  #stop(byPerson: boolean): void {
    const current = this.state;
    if (current === 'idle') return;
    const run = this.#plan;
    const countdown = this.#countdown;
    const elapsed = countdown.wallElapsedMs / 1000;
    const remaining = countdown.remainingMs / 1000;
    const at = countdown.elapsedMs;
    countdown.stop();
    this.#cancelBells();
    this.#run = undefined;
    this._announcement = '';
    if (byPerson && current !== 'complete') {
      // Says what happened, and can be taken back for a few seconds.
      const text = this.#settings.format(this.#settings.content.ui.timer.stopped, { time: clock(remaining) });
      this.#keepStopped({ run, at, step: this._step, paused: current !== 'running', text }, STOP_UNDO_MS);
      this._announcement = text;
      this.dispatchEvent(new AllianceTimerStopEvent(run.exercise.id, run.plannedSeconds, elapsed, remaining));
    }
    this._step = -1;
  }

  /** Keeps a stopped run for `ms` (or forgets it, with no arguments). */
  #keepStopped(stopped?: StoppedRun, ms = 0): void {
    clearTimeout(this.#forgetStopped);
    this._stopped = stopped;
    if (stopped) this.#forgetStopped = setTimeout(() => this.#keepStopped(), ms);
  }

  /** Carries on a run a person has just stopped, from where it was. */
  #onCarryOn = (): void => {
    const stopped = this._stopped;
    if (!stopped || this.state !== 'idle') return;
    this.#keepStopped();
    const run = (this.#run = stopped.run);
    this._step = stopped.step;
    this._announcement = '';
    this.#countdown.start(
      run.plannedSeconds * 1000,
      run.steps.map((s) => Math.round(s.at * 1000)),
      stopped.at,
    );
    if (stopped.paused) this.#countdown.pause();
    else this.#afterResume();
    this.dispatchEvent(new AllianceTimerResumeEvent(false, this.remainingSeconds));
  };

  #afterResume(): void {
    this.#scheduleBells();
  }

  /** The end bell, and each step's bell with `step-chime`, on the audio clock for the run's deadline. */
  #scheduleBells(): void {
    this.#cancelBells();
    const run = this.#run;
    const deadline = this.#countdown.deadline;
    if (!run || deadline === undefined) return;
    const now = this.#countdown.now();
    const at = (wallMs: number) => this.#chime.audioTimeIn(wallMs - now);
    const endAt = at(deadline);
    if (endAt === undefined) return;
    this.#endBell = this.#chime.scheduleAt(endAt);
    if (this.#endBell) this.#timeline.push(this.#endBell);
    if (!this.stepChime) return;
    const elapsed = this.#countdown.elapsedMs;
    for (const step of run.steps) {
      const stepMs = step.at * 1000;
      if (stepMs <= elapsed || step.at === 0) continue;
      const bell = this.#chime.scheduleAt(at(deadline - (run.plannedSeconds * 1000 - stepMs))!);
      if (bell) this.#timeline.push(bell);
    }
  }

  #cancelBells(): void {
    for (const bell of this.#timeline) bell.cancel();
    this.#timeline = [];
    this.#endBell = undefined;
  }

  #onTick(): void {
    const run = this.#run;
    if (!run) return;
    const countdown = this.#countdown;
    const elapsedS = countdown.elapsedMs / 1000;
    if (countdown.state !== 'complete') {
      const index = stepAt(run.steps, elapsedS);
      if (index !== this._step) {
        this._step = index;
        if (index >= 0) {
          const { text } = run.steps[index];
          this._announcement = text;
          this.#parts.voice?.say?.(text, index);
          if (index > 0) this.#chime.buzz(STEP_BUZZ);
          this.dispatchEvent(new AllianceTimerStepEvent(index, text));
        }
      }
    }
    this._remaining = Math.max(0, Math.ceil(countdown.remainingMs / 1000 - 1e-6));
    this._left = run.plannedSeconds > 0 ? Math.round((countdown.remainingMs / (run.plannedSeconds * 1000)) * 1000) : 0;
    const resumeAt = countdown.resumeAt;
    if (resumeAt !== undefined) this._adjustLeft = Math.max(0, Math.ceil((resumeAt - countdown.now()) / 1000));
  }

  #onAutoResume(): void {
    this.#afterResume();
    this.dispatchEvent(new AllianceTimerResumeEvent(true, this.remainingSeconds));
  }

  #onComplete(): void {
    const run = this.#run;
    if (!run) return;
    // The audio clock stands still while a laptop sleeps: a bell still far ahead would ring late.
    const now = this.#chime.audioTimeIn(0);
    if (this.#endBell && now !== undefined && this.#endBell.at > now + LATE_BELL_S) {
      this.#endBell.cancel();
      this.#endBell = this.#chime.ring();
    }
    this._announcement = this.#settings.content.ui.timer.complete;
    this.#parts.voice?.say?.(this._announcement, -1);
    this.#chime.buzz(END_BUZZ);
    this.dispatchEvent(
      new AllianceTimerCompleteEvent(run.exercise.id, run.plannedSeconds, Math.round(this.#countdown.wallElapsedMs) / 1000),
    );
  }

  #primaryAction(byPerson: boolean): void {
    switch (this.state) {
      case 'running':
        this.#pause(byPerson);
        break;
      case 'paused':
      case 'adjusting':
        this.#resume(byPerson);
        break;
      default:
        this.#start(byPerson);
    }
  }

  /**
   * A person's press: the only place the AudioContext is made or resumed. Making it can take a
   * moment (tens of milliseconds for a browser's first one): a run starts from the press itself.
   */
  #press = (): void => {
    this.#pressedAt = this.#countdown.now();
    this.#chime.unlock();
    this.#primaryAction(true);
  };

  #onShift = (): void => {
    if (this.state === 'adjusting') this.#resume(true);
    else this.#shift(true);
  };

  #onStop = (): void => this.#stop(true);

  #onVoiceToggle = (event: Event): void => {
    if ((event.currentTarget as HTMLDetailsElement).open) this.#want('voice');
  };

  /** After a finished session, the couple chose the next level for the next start (or changed their mind). */
  #onChooseLevel = (): void => {
    const { level } = this.#plan;
    this.#chosenLevel = this.#chosenLevel > level ? level : level + 1;
    // The next start plays it.
    this.#config = undefined;
    this.requestUpdate();
  };

  // Space as a play/pause key, as media players do. A focused button, link, field or summary
  // keeps its own Space (a button clicks on keyup), so nothing runs twice.
  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== ' ' || event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.composedPath()[0];
    const interactive = 'button, summary, a[href], input, select, textarea, [contenteditable]:not([contenteditable="false"])';
    if (target instanceof Element && target.closest(interactive)) return;
    event.preventDefault();
    this.#press();
  };

  override render() {
    const { ui, conditions, exercises } = this.#settings.content;
    const t = ui.timer;
    const plan = this.#plan;
    const current = this.state;
    const idle = current === 'idle';
    const stopped = idle ? this._stopped : undefined;
    const remaining = idle ? plan.plannedSeconds : this._remaining;
    const left = idle ? 1000 : this._left;
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3));
    const levels = plan.exercise.levels.length;
    const caption = { idle: t.timeLeft, running: t.timeLeft, paused: t.paused, adjusting: t.shifting, complete: t.done }[current];
    const primary = { idle: t.start, running: t.pause, paused: t.resume, adjusting: t.resume, complete: t.restart }[current];
    // After a finished session, the next level and when to try it, unless the page set the level.
    // The couple may choose the second; the third, with hard memories, is for a page to set.
    const next = current === 'complete' && this.level === undefined && !plan.custom && plan.level < levels ? plan.level + 1 : 0;
    return html`
      <article class="card" part="card" aria-labelledby="title">
        <p class="label">
          <span>${t.label}</span>
          ${levels > 1 && !plan.custom ? html`<span class="level">${this.#settings.format(t.level, { level: plan.level, count: levels })}</span>` : nothing}
        </p>
        <div class="title" id="title" part="title" role="heading" aria-level=${level}>${plan.exercise.title}</div>

        <div class="dial" part="dial">
          <svg class="ring" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
            ${this.#parts.breath?.render('ring')}
            <circle class="track" cx="60" cy="60" r="54"></circle>
            <circle
              class="progress ${left <= 0 ? 'empty' : ''}"
              cx="60"
              cy="60"
              r="54"
              pathLength="100"
              stroke-dasharray="100 100"
              stroke-dashoffset=${(100 - left / 10).toFixed(2)}
              transform="rotate(-90 60 60)"
            ></circle>
          </svg>
          <div class="readout" role="timer" aria-live="off" aria-label=${t.timeLeft} tabindex="0">
            <span class="time">${clock(remaining)}</span>
            <span class="caption" aria-hidden="true">${caption}</span>
          </div>
        </div>
        ${this.#parts.breath?.render()}

        <div class="script" part="step">${stopped ? html`<p class="now">${stopped.text}</p>` : renderScript(t, plan, current, this._step, this.#settings.format(t.adjusting, { seconds: this._adjustLeft }), (template, values) => this.#settings.format(template, values), next)}</div>
        ${renderGuidance(t, plan, current)}

        <div class="controls no-print" part="controls" role="group" aria-label=${t.controls}>
          <button type="button" class="primary" part="button" @click=${this.#press}>${primary}</button>
          <button
            type="button"
            class="shift"
            part="button"
            aria-pressed=${current === 'adjusting' ? 'true' : 'false'}
            ?hidden=${current !== 'running' && current !== 'adjusting'}
            @click=${this.#onShift}
          >
            ${t.shifting}
          </button>
          <button type="button" class="stop" part="button" ?hidden=${idle || current === 'complete'} @click=${this.#onStop}>
            ${t.stop}
          </button>
          <button type="button" class="carry-on" part="button" ?hidden=${!stopped} @click=${this.#onCarryOn}>${t.carryOn}</button>
          ${next === 2
            ? html`<button type="button" class="choose" part="button" aria-pressed=${this.#chosenLevel === next} @click=${this.#onChooseLevel}>
                ${this.#settings.format(t.chooseLevel, { level: next })}
              </button>`
            : nothing}
        </div>

        <p class="note" ?hidden=${current === 'complete'}><slot name="note">${t.note}</slot></p>
        <details class="voice no-print" @toggle=${this.#onVoiceToggle}>
          <summary>${t.voice}</summary>
          ${this.#parts.voice?.render()}
        </details>
        <details class="why no-print">
          <summary>${t.why}</summary>
          <p>${conditions.intro}</p>
          <ol>
            ${conditions.items.map((item) => html`<li>${item}</li>`)}
          </ol>
        </details>

        ${renderSafety(this.#settings)}
        <p class="credit">${renderCredit(exercises.credit)}</p>
        <div class="visually-hidden" role="status">${this._announcement}</div>
      </article>
      ${this.#parts.log?.render() ?? nothing}
    `;
  }
}
