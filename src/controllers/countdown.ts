import type { ReactiveController, ReactiveControllerHost } from 'lit';

/*
 * How this countdown keeps true time
 * ----------------------------------
 * Nothing here counts ticks. A run is a planned length and the wall-clock moments at which
 * it was started, paused and resumed; the time left is worked out from `Date.now()` every
 * time anyone looks, so a late or skipped callback can make the display late, never wrong.
 *
 * - Visible: a requestAnimationFrame loop re-reads the clock every frame, so "complete"
 *   fires within one frame (well inside 100 ms) of the deadline.
 * - Hidden: browsers stop animation frames, and after five minutes Chromium wakes a chain of
 *   timers only once a minute. So at every start and resume we arm, directly from that call
 *   (never from a chain of timers, which is what intensive throttling targets):
 *     1. one setTimeout for the exact deadline, and one for each step mark;
 *     2. an `alarm` that the host supplies for the deadline and each mark: the chime controller's
 *        AudioContext-driven check, a silent ConstantSourceNode whose `onended` fires then. Audio rendering
 *        is not throttled in hidden tabs, so this wakes the page on time however long it
 *        has been hidden. (The end bell itself is scheduled ahead on the same audio clock by
 *        the host, so it sounds on time even if the page's own code runs late.)
 *   A worker timer would also do, but a worker made from a Blob URL breaks the strict
 *   Content-Security-Policy this library promises (`worker-src`/`script-src 'self'`), and a
 *   worker file of our own would not survive the one-script-tag bundle.
 * - Becoming visible again: `visibilitychange` re-reads the clock at once, so the display
 *   is right within one frame.
 * - A laptop that sleeps past the deadline wakes to a wall clock past it: the next look
 *   (a frame, a timer, visibilitychange) finds no time left and completes; the time left
 *   is clamped at zero, never negative.
 * - A clock set backwards (a time-zone or NTP correction) does not add time: the run is
 *   re-based so that the time counted never goes down.
 */

/** Where the countdown reads time and sets its timers; tests may pass their own. */
export interface CountdownClock {
  /** Wall-clock milliseconds, like `Date.now()`. */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  requestAnimationFrame(callback: () => void): unknown;
  cancelAnimationFrame(handle: unknown): void;
  /** Whether the page is visible (animation frames only run then). */
  visible(): boolean;
}

/**
 * An extra wake-up that is not throttled in a hidden tab: calls `callback` after about
 * `delayMs`, and returns a function that cancels it; or returns undefined when it can't.
 */
export type CountdownAlarm = (delayMs: number, callback: () => void) => (() => void) | undefined;

export const countdownStates = ['idle', 'running', 'paused', 'complete'] as const;
export type CountdownState = (typeof countdownStates)[number];

export interface CountdownOptions {
  /** Called whenever the countdown has re-read the clock (every frame while visible). */
  onTick?: () => void;
  /** Called once when the time is up. */
  onComplete?: () => void;
  /** Called when a pause with `resumeAfterMs` ends by itself. */
  onAutoResume?: () => void;
  alarm?: CountdownAlarm;
  clock?: Partial<CountdownClock>;
}

/** An alarm or timer that fires this early still counts as on time (audio and system clocks drift apart a little). */
const EARLY_MS = 25;

// Read the globals at call time, so that fake timers installed later (tests) are used.
const defaultClock: CountdownClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  requestAnimationFrame: (callback) => globalThis.requestAnimationFrame(callback),
  cancelAnimationFrame: (handle) => globalThis.cancelAnimationFrame(handle as number),
  visible: () => typeof document === 'undefined' || document.visibilityState !== 'hidden',
};

/**
 * A countdown that keeps true time while visible, hidden, paused or asleep (see above).
 * The host reads `remainingMs`, `elapsedMs` and `state`; the callbacks say when to look.
 */
export class CountdownController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: CountdownOptions;
  readonly #clock: CountdownClock;

  #state: CountdownState = 'idle';
  #plannedMs = 0;
  #marks: readonly number[] = [];
  /** Wall-clock ms when the run started. */
  #startedAt = 0;
  /** Wall-clock ms when the run ended (complete). */
  #endedAt = 0;
  /** Exercise time counted before the current running stretch. */
  #counted = 0;
  /** Wall-clock ms when the current running stretch began. */
  #stretchStart = 0;
  /** Wall-clock ms at which a pause ends by itself. */
  #resumeAt: number | undefined;
  #lastNow = 0;
  #timers: unknown[] = [];
  #alarms: ((() => void) | undefined)[] = [];
  #frame: unknown;
  #connected = false;

  constructor(host: ReactiveControllerHost, options: CountdownOptions = {}) {
    this.#host = host;
    this.#options = options;
    this.#clock = { ...defaultClock, ...options.clock };
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', this.#onVisibility);
    this.#arm();
    this.check();
  }

  hostDisconnected(): void {
    this.#connected = false;
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#disarm();
  }

  get state(): CountdownState {
    return this.#state;
  }

  get plannedMs(): number {
    return this.#plannedMs;
  }

  /** Exercise time counted so far, pauses left out: 0 to `plannedMs`. */
  get elapsedMs(): number {
    if (this.#state === 'idle') return 0;
    if (this.#state === 'complete') return this.#plannedMs;
    const running = this.#state === 'running' ? this.#now() - this.#stretchStart : 0;
    return Math.min(this.#plannedMs, Math.max(0, this.#counted + running));
  }

  /** Time left, never below zero. */
  get remainingMs(): number {
    return this.#plannedMs - this.elapsedMs;
  }

  /** Wall-clock ms since the run started, pauses included (to the end, once complete). */
  get wallElapsedMs(): number {
    if (this.#state === 'idle') return 0;
    return Math.max(0, (this.#state === 'complete' ? this.#endedAt : this.#now()) - this.#startedAt);
  }

  /** When a pause ends by itself (wall-clock ms), or undefined. */
  get resumeAt(): number | undefined {
    return this.#state === 'paused' ? this.#resumeAt : undefined;
  }

  /**
   * The wall-clock ms at which the run will end if nothing else pauses it: counting a pause
   * that ends by itself. Undefined when idle, complete or paused without an end.
   */
  get deadline(): number | undefined {
    if (this.#state === 'running') return this.#stretchStart + this.#plannedMs - this.#counted;
    if (this.#state === 'paused' && this.#resumeAt !== undefined) return this.#resumeAt + this.#plannedMs - this.#counted;
    return undefined;
  }

  /** Wall-clock ms of the clock this countdown reads. */
  now(): number {
    return this.#now();
  }

  /**
   * Starts a run of `plannedMs`. `marks` are moments (ms of exercise time) at which the host
   * wants a look even while the page is hidden: its step changes. `fromMs` carries on a run
   * already that far in.
   */
  start(plannedMs: number, marks: readonly number[] = [], fromMs = 0): void {
    const now = this.#now();
    this.#plannedMs = Math.max(0, plannedMs);
    this.#marks = marks.filter((m) => m > 0 && m < this.#plannedMs);
    this.#counted = Math.min(this.#plannedMs, Math.max(0, fromMs));
    this.#startedAt = now - this.#counted;
    this.#stretchStart = now;
    this.#resumeAt = undefined;
    this.#state = 'running';
    this.#arm();
    this.#host.requestUpdate();
    this.check();
  }

  /** Pauses a running countdown; with `resumeAfterMs`, it resumes by itself after that long. */
  pause(resumeAfterMs?: number): void {
    if (this.#state !== 'running') return;
    const now = this.#now();
    this.#counted = Math.min(this.#plannedMs, this.#counted + (now - this.#stretchStart));
    this.#resumeAt = resumeAfterMs === undefined ? undefined : now + Math.max(0, resumeAfterMs);
    this.#state = 'paused';
    this.#arm();
    this.#host.requestUpdate();
  }

  /** Resumes a paused countdown. */
  resume(): void {
    this.#resumeFrom(this.#now());
  }

  /** Back to idle, the run forgotten. */
  stop(): void {
    this.#disarm();
    this.#state = 'idle';
    this.#counted = 0;
    this.#resumeAt = undefined;
    this.#host.requestUpdate();
  }

  /**
   * Re-reads the clock now: ends a pause whose time is up, completes a run whose time is up,
   * and tells the host to look. `toleranceMs`: how early still counts as on time.
   */
  check(toleranceMs = 0): void {
    if (this.#state === 'paused' && this.#resumeAt !== undefined && this.#now() >= this.#resumeAt - toleranceMs) {
      // Resume from the moment the pause was due to end, even if this look comes late.
      this.#resumeFrom(Math.min(this.#resumeAt, this.#now()));
      this.#options.onAutoResume?.();
    }
    if (this.#state === 'running' && this.#plannedMs - this.#rawElapsed() <= toleranceMs) {
      this.#complete();
      return;
    }
    if (this.#state !== 'idle') this.#options.onTick?.();
  }

  #resumeFrom(at: number): void {
    if (this.#state !== 'paused') return;
    this.#stretchStart = at;
    this.#resumeAt = undefined;
    this.#state = 'running';
    this.#arm();
    this.#host.requestUpdate();
  }

  #complete(): void {
    this.#disarm();
    this.#counted = this.#plannedMs;
    this.#endedAt = this.#now();
    this.#state = 'complete';
    this.#host.requestUpdate();
    this.#options.onTick?.();
    this.#options.onComplete?.();
  }

  #rawElapsed(): number {
    return this.#counted + (this.#state === 'running' ? this.#now() - this.#stretchStart : 0);
  }

  /** The wall clock, re-basing the run when it has been set backwards. */
  #now(): number {
    const now = this.#clock.now();
    if (now < this.#lastNow) {
      const back = this.#lastNow - now;
      this.#stretchStart -= back;
      this.#startedAt -= back;
      if (this.#resumeAt !== undefined) this.#resumeAt -= back;
    }
    this.#lastNow = now;
    return now;
  }

  /** Sets every wake-up the current state needs (see the comment at the top). */
  #arm(): void {
    this.#disarm();
    if (!this.#connected) return;
    const now = this.#now();
    let wake: number | undefined;
    const alarm = this.#options.alarm;
    if (this.#state === 'running') {
      wake = this.deadline;
      // Each step on time in a hidden tab too: a timer, and the alarm that is not throttled.
      for (const mark of this.#marks) {
        const at = this.#stretchStart + mark - this.#counted;
        if (at > now) {
          this.#timers.push(this.#clock.setTimeout(this.#onMark, at - now));
          this.#alarms.push(alarm?.(at - now, this.#onMark));
        }
      }
    } else if (this.#state === 'paused') {
      wake = this.#resumeAt;
    }
    if (wake === undefined) return;
    const delay = Math.max(0, wake - now);
    this.#timers.push(this.#clock.setTimeout(this.#onWake, delay));
    this.#alarms.push(alarm?.(delay, this.#onWake));
    this.#requestFrame();
  }

  #disarm(): void {
    for (const t of this.#timers) this.#clock.clearTimeout(t);
    this.#timers = [];
    for (const cancel of this.#alarms) cancel?.();
    this.#alarms = [];
    if (this.#frame !== undefined) this.#clock.cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
  }

  /** The deadline's (or the pause's end) timer or alarm: if it came early, wait the rest. */
  #onWake = (): void => {
    const now = this.#now();
    const wake = this.#state === 'running' ? this.deadline : this.resumeAt;
    if (wake !== undefined && wake - now > EARLY_MS) {
      this.#timers.push(this.#clock.setTimeout(this.#onWake, wake - now));
      return;
    }
    this.check(EARLY_MS);
  };

  #onMark = (): void => this.check();

  #requestFrame(): void {
    if (this.#frame !== undefined || !this.#clock.visible()) return;
    if (this.#state !== 'running' && this.resumeAt === undefined) return;
    this.#frame = this.#clock.requestAnimationFrame(this.#onFrame);
  }

  #onFrame = (): void => {
    this.#frame = undefined;
    this.check();
    this.#requestFrame();
  };

  #onVisibility = (): void => {
    if (this.#clock.visible()) {
      this.check();
      this.#requestFrame();
    } else if (this.#frame !== undefined) {
      this.#clock.cancelAnimationFrame(this.#frame);
      this.#frame = undefined;
    }
  };
}
