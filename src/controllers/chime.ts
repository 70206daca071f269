import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A bell that is sounding or waiting to sound. */
export interface ScheduledBell {
  /** When it strikes, on the AudioContext's clock (seconds). */
  readonly at: number;
  /** Silences it, whether it has started or not. */
  cancel(): void;
}

/** The partials of the bell: frequency ratio, loudness, seconds to fade out. */
const PARTIALS: readonly (readonly [number, number, number])[] = [
  [1, 1, 3.2],
  [2.01, 0.45, 2.2],
  [2.76, 0.25, 1.4],
  [4.07, 0.12, 0.9],
];
/** G4: low enough to be soft, high enough for a phone's speaker. */
const BASE_HZ = 392;
/** Peak of the loudest partial at volume 1; the sum of all stays well under clipping. */
const PEAK = 0.3;

type AudioContextConstructor = new (options?: AudioContextOptions) => AudioContext;

function audioContextClass(): AudioContextConstructor | undefined {
  const w = globalThis as typeof globalThis & { webkitAudioContext?: AudioContextConstructor };
  return w.AudioContext ?? w.webkitAudioContext;
}

/**
 * A soft bell, synthesised with Web Audio (a few sine partials with an exponential decay:
 * no audio file, no network), and a buzz where the device vibrates.
 *
 * Browsers only let a page make sound after a person's own press, so the AudioContext is
 * created (or resumed) in `unlock()`, which an element calls from its start button's click
 * handler and nowhere else. Until then every bell is silently skipped. Bells can be
 * scheduled ahead on the audio clock (`scheduleAt`), which keeps running in a hidden tab
 * whose timers are throttled. `volume` and `muted` act on every bell at once, scheduled
 * ones included.
 */
export class ChimeController implements ReactiveController {
  #context: AudioContext | undefined;
  #master: GainNode | undefined;
  #volume = 0.6;
  #muted = false;
  readonly #bells = new Set<ScheduledBell>();

  /** Whether `buzz()` may vibrate the device. */
  vibrate = true;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.cancelAll();
    const context = this.#context;
    this.#context = undefined;
    this.#master = undefined;
    if (context && context.state !== 'closed') context.close().catch(() => {});
  }

  /** 0 to 1. */
  get volume(): number {
    return this.#volume;
  }

  set volume(value: number) {
    this.#volume = Math.min(1, Math.max(0, value));
    this.#applyGain();
  }

  get muted(): boolean {
    return this.#muted;
  }

  set muted(value: boolean) {
    this.#muted = value;
    this.#applyGain();
  }

  /** The AudioContext, once a person's press has made one. */
  get context(): AudioContext | undefined {
    return this.#context;
  }

  /**
   * Creates the AudioContext, or resumes it. Call it only from a person's own press (a click
   * or key handler), synchronously, before any `await`. Never throws.
   */
  unlock(): void {
    try {
      if (!this.#context || this.#context.state === 'closed') {
        const Ctor = audioContextClass();
        if (!Ctor) return;
        const context = new Ctor({ latencyHint: 'playback' });
        const master = context.createGain();
        master.connect(context.destination);
        this.#context = context;
        this.#master = master;
        this.#applyGain();
      }
      if (this.#context.state === 'suspended') this.#context.resume().catch(() => {});
    } catch {
      // No audio here (a locked-down browser, too many contexts): the timer works without.
      this.#context = undefined;
      this.#master = undefined;
    }
  }

  /** The audio clock's time `delayMs` from now, or undefined without audio. */
  audioTimeIn(delayMs: number): number | undefined {
    return this.#context ? this.#context.currentTime + Math.max(0, delayMs) / 1000 : undefined;
  }

  /** Strikes the bell now. */
  ring(): ScheduledBell | undefined {
    return this.#context ? this.scheduleAt(this.#context.currentTime) : undefined;
  }

  /** Strikes the bell at `audioTime` (seconds on the AudioContext's clock); undefined without audio. */
  scheduleAt(audioTime: number): ScheduledBell | undefined {
    const context = this.#context;
    const master = this.#master;
    if (!context || !master) return undefined;
    try {
      const at = Math.max(context.currentTime, audioTime);
      const out = context.createGain();
      out.connect(master);
      const sources: OscillatorNode[] = [];
      let longest = 0;
      for (const [ratio, loudness, decay] of PARTIALS) {
        const osc = context.createOscillator();
        osc.type = 'sine';
        osc.frequency.value = BASE_HZ * ratio;
        const envelope = context.createGain();
        envelope.gain.setValueAtTime(0, at);
        envelope.gain.linearRampToValueAtTime(PEAK * loudness, at + 0.012);
        envelope.gain.exponentialRampToValueAtTime(0.0001, at + decay);
        osc.connect(envelope);
        envelope.connect(out);
        osc.start(at);
        osc.stop(at + decay + 0.05);
        sources.push(osc);
        longest = Math.max(longest, decay);
      }
      const bell: ScheduledBell = {
        at,
        cancel: () => {
          this.#bells.delete(bell);
          for (const osc of sources) {
            try {
              osc.stop();
            } catch {
              // already stopped
            }
          }
          out.disconnect();
        },
      };
      // The first partial lasts longest: when it ends, the bell is over.
      sources[0].onended = () => {
        this.#bells.delete(bell);
        out.disconnect();
      };
      this.#bells.add(bell);
      return bell;
    } catch {
      return undefined;
    }
  }

  /** Silences every bell that is sounding or scheduled. */
  cancelAll(): void {
    for (const bell of [...this.#bells]) bell.cancel();
  }

  /**
   * Calls `callback` after `delayMs`, timed by the audio clock: a silent ConstantSourceNode
   * that stops at that moment, whose `ended` event arrives on time even in a hidden tab
   * whose timers are throttled. Returns a cancel function, or undefined without audio.
   */
  alarm(delayMs: number, callback: () => void): (() => void) | undefined {
    const context = this.#context;
    if (!context || context.state === 'closed' || typeof context.createConstantSource !== 'function') return undefined;
    try {
      const source = context.createConstantSource();
      source.offset.value = 0;
      // Connected (through silence), so that every browser renders it and so ends it.
      const sink = context.createGain();
      sink.gain.value = 0;
      source.connect(sink);
      sink.connect(context.destination);
      let live = true;
      source.onended = () => {
        sink.disconnect();
        if (live) callback();
        live = false;
      };
      source.start();
      source.stop(context.currentTime + Math.max(0, delayMs) / 1000);
      return () => {
        live = false;
        source.onended = null;
        try {
          source.stop();
        } catch {
          // already stopped
        }
        sink.disconnect();
      };
    } catch {
      return undefined;
    }
  }

  /** Vibrates where the device can and `vibrate` allows. Never throws. */
  buzz(pattern: number | number[]): void {
    if (!this.vibrate || typeof navigator === 'undefined' || typeof navigator.vibrate !== 'function') return;
    // Without a press on the page yet, browsers refuse (and Chromium logs an error for it).
    if (navigator.userActivation && !navigator.userActivation.hasBeenActive) return;
    try {
      navigator.vibrate(pattern);
    } catch {
      // Some browsers refuse without a recent press.
    }
  }

  #applyGain(): void {
    if (this.#master) this.#master.gain.value = this.#muted ? 0 : this.#volume;
  }
}
