import { css, html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { addEnglish } from '../../content/locales.js';
import { enTimerVoice } from '../../content/en/timer-more.js';
import type { TimerVoiceUi } from '../../content/types.js';
import type { SettingsController } from '../../controllers/settings.js';
import { warnOnce } from '../../base/warn.js';
import { addStyles } from '../shared/parts.js';

addEnglish(enTimerVoice);

const TAG = 'alliance-exercise-timer';
/** The speeds `voice-rate` accepts, and the slider's. */
export const VOICE_RATE = { min: 0.5, max: 2, default: 0.9 } as const;
/** How long to wait for the device to list its voices before saying there is none (a fresh Chromium can take 3.5 s). */
const LIST_WAIT_MS = 5000;

/** What the spoken cues need from the timer. */
export interface VoiceHost {
  readonly element: LitElement;
  readonly settings: SettingsController;
  /** Says something through the timer's live region. */
  announce(text: string): void;
}

interface VoiceChoice {
  readonly voices: readonly SpeechSynthesisVoice[];
  readonly lang: string;
  readonly voice: SpeechSynthesisVoice | undefined;
  readonly language: string;
}

/** The language part of a tag, lower case: "en-GB" → "en". */
const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
const same = (a: string, b: string) => a.toLowerCase().replace(/_/g, '-') === b.toLowerCase().replace(/_/g, '-');

/**
 * The best voice for `lang` among `voices`, counting only voices that run on the device
 * (`localService`), so that no word leaves it: the same language and region first, then a
 * region the person prefers (`preferred`, as `navigator.languages`), then the device's
 * default voice; the device's own order breaks a tie.
 */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], lang: string, preferred: readonly string[] = []): SpeechSynthesisVoice | undefined {
  let best: SpeechSynthesisVoice | undefined;
  let bestScore = -1;
  for (const voice of voices) {
    if (!voice.localService || primary(voice.lang) !== primary(lang)) continue;
    let score = 0;
    if (same(voice.lang, lang)) score += 4;
    if (preferred.some((p) => same(voice.lang, p))) score += 2;
    if (voice.default) score += 1;
    if (score > bestScore) {
      best = voice;
      bestScore = score;
    }
  }
  return best;
}

function synth(): SpeechSynthesis | undefined {
  return typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
}

/**
 * The timer's spoken cues: each step said at its time in the element's language, by a voice
 * that runs on the device (never one that sends the words elsewhere), with a speed and volume
 * a person can set. The timer tells it when a step begins (`say`) and when the run stops or
 * pauses (`hush`): each step is said once, when it begins, so pausing, shifting position and
 * carrying on never repeat one. A step that begins while the last is still being said cuts it
 * short, so that every step starts on time. A voice that fails, or disappears from the device,
 * during a run leaves the timer running silently, said once.
 *
 * It never calls `speechSynthesis.pause()`: some systems then stop speaking for every page
 * until they restart. Pausing cancels what is being said.
 */
export class SpokenCues implements ReactiveController {
  readonly #host: VoiceHost;
  /** A person's choice (the checkbox); undefined follows the `voice` attribute. */
  #chosen: boolean | undefined;
  #rate: number | undefined;
  #volume: number | undefined;
  /** The device's voices, once listed (or given up waiting for). */
  #voices: readonly SpeechSynthesisVoice[] | undefined;
  #waiting: ReturnType<typeof setTimeout> | undefined;
  /** What is being said. */
  #speaking: SpeechSynthesisUtterance | undefined;
  /** The voice of the run under way (it may go away from the device). */
  #used: SpeechSynthesisVoice | undefined;
  #failed = false;
  /** A step reached before the device had listed its voices: said as soon as it has. */
  #pending: string | undefined;
  #lastState: string | undefined;
  #chosenVoice: VoiceChoice | undefined;

  constructor(host: VoiceHost) {
    this.#host = host;
    // Added to a connected element, it is connected at once.
    host.element.addController(this);
  }

  hostConnected(): void {
    const speech = synth();
    if (!speech) return void (this.#voices = []);
    speech.addEventListener('voiceschanged', this.#onVoices);
    this.#onVoices();
    if (!this.#voices) {
      clearTimeout(this.#waiting);
      this.#waiting = setTimeout(() => {
        this.#voices ??= [];
        this.#pending = undefined;
        this.#host.element.requestUpdate();
      }, LIST_WAIT_MS);
    }
  }

  get #state(): string {
    return (this.#host.element as LitElement & { state: string }).state;
  }

  /** A pause, a shift of position or Stop silences what is being said (and nothing else does). */
  hostUpdate(): void {
    const state = this.#state;
    if (state === this.#lastState) return;
    this.#lastState = state;
    if (state !== 'running' && state !== 'complete') this.hush();
  }

  hostDisconnected(): void {
    synth()?.removeEventListener('voiceschanged', this.#onVoices);
    clearTimeout(this.#waiting);
    this.hush();
  }

  #onVoices = (): void => {
    const list = synth()?.getVoices() ?? [];
    if (!list.length && !this.#voices) return;
    this.#voices = list;
    const host = this.#host;
    // A run that began before the voices were listed: its step now, rather than silence until the next.
    const pending = this.#pending;
    this.#pending = undefined;
    if (pending !== undefined && this.#state === 'running' && this.on) this.#say(pending, (this.#used ??= this.voice));
    // The voice of a run under way has gone from the device: the run carries on silently.
    const used = this.#used;
    const state = this.#state;
    const underWay = state === 'running' || state === 'paused' || state === 'adjusting';
    if (used && underWay && !list.some((v) => v.voiceURI === used.voiceURI && v.name === used.name)) this.#fail();
    host.element.requestUpdate();
  };

  get #ui(): TimerVoiceUi {
    return this.#host.settings.content.ui.timerVoice;
  }

  /** `voice` as written: `on` or `off` (anything else warns once and reads as `off`). */
  get #asked(): boolean {
    const value = (this.#host.element as LitElement & { voice?: unknown }).voice;
    if (value === 'on') return true;
    if (value !== 'off' && value !== undefined && value !== null) {
      const raw = this.#host.element.getAttribute('voice') ?? JSON.stringify(value);
      warnOnce(`<${TAG}> voice="${raw}" is not one of "off", "on"; using "off".`);
    }
    return false;
  }

  /** The voice for the element's language, or undefined (none, or not listed yet). */
  get voice(): SpeechSynthesisVoice | undefined {
    return this.#choice.voice;
  }

  /** The element's language by name, in that language ("English", "español"). */
  get #language(): string {
    return this.#choice.language;
  }

  /** The voice for the language, and the language's name: worked out again only when the list or the language changes (a device may list thousands). */
  get #choice(): VoiceChoice {
    const voices = this.#voices ?? [];
    const lang = this.#host.settings.lang;
    const cached = this.#chosenVoice;
    if (cached?.voices === voices && cached.lang === lang) return cached;
    const preferred = typeof navigator === 'undefined' ? [] : navigator.languages ?? [];
    let language = lang;
    try {
      language = new Intl.DisplayNames([this.#host.settings.intlLang], { type: 'language' }).of(primary(lang)) ?? lang;
    } catch {
      // The tag as written.
    }
    return (this.#chosenVoice = { voices, lang, voice: pickVoice(voices, lang, preferred), language });
  }

  /** Whether steps are said: asked for, a voice found, and no failure in this run. */
  get on(): boolean {
    return (this.#chosen ?? this.#asked) && !this.#failed && !!this.voice;
  }

  #number(attribute: string, chosen: number | undefined, min: number, max: number, fallback: number): number {
    if (chosen !== undefined) return chosen;
    const raw = this.#host.element.getAttribute(attribute);
    if (raw === null) return fallback;
    const value = Number(raw);
    if (raw.trim() && Number.isFinite(value) && value >= min && value <= max) return value;
    warnOnce(`<${TAG}> ${attribute}="${raw}" is not a number from ${min} to ${max}; using ${fallback}.`);
    return fallback;
  }

  get rate(): number {
    return this.#number('voice-rate', this.#rate, VOICE_RATE.min, VOICE_RATE.max, VOICE_RATE.default);
  }

  get volume(): number {
    return this.#number('voice-volume', this.#volume, 0, 1, 1);
  }

  /**
   * Says step `index` of a run (the first begins a new run; -1 is the end) now, cutting short
   * whatever it was still saying.
   */
  say(text: string, index: number): void {
    if (index === 0) {
      // A new run: a voice that failed in the last one may try again.
      this.#failed = false;
      this.#used = undefined;
    }
    if (this.on) this.#say(text, (this.#used ??= this.voice));
    else if (!this.#voices && (this.#chosen ?? this.#asked)) this.#pending = text;
  }

  #say(text: string, voice: SpeechSynthesisVoice | undefined): void {
    const speech = synth();
    if (!speech || !voice) return;
    try {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = this.rate;
      utterance.volume = this.volume;
      const done = () => {
        if (this.#speaking === utterance) this.#speaking = undefined;
      };
      utterance.addEventListener('end', done);
      utterance.addEventListener('error', (event) => {
        done();
        // Cut short by the next step or by a pause: not a fault.
        if (event.error !== 'interrupted' && event.error !== 'canceled') this.#fail();
      });
      if (this.#speaking || speech.speaking || speech.pending) speech.cancel();
      this.#speaking = utterance;
      speech.speak(utterance);
    } catch {
      this.#fail();
    }
  }

  /** Stops saying anything (a pause, a shift of position, Stop). */
  hush(): void {
    this.#pending = undefined;
    if (!this.#speaking) return;
    this.#speaking = undefined;
    try {
      synth()?.cancel();
    } catch {
      // Nothing to stop.
    }
  }

  #fail(): void {
    this.#speaking = undefined;
    if (this.#failed) return;
    this.#failed = true;
    this.#host.announce(this.#ui.failed);
    this.#host.element.requestUpdate();
  }

  /** Without a voice the box stays unticked, and stays in the focus order so that its reason is heard. */
  #onSpeakClick = (event: Event): void => {
    if (!this.voice) event.preventDefault();
  };

  #onSpeak = (event: Event): void => {
    this.#chosen = (event.target as HTMLInputElement).checked;
    this.#failed = false;
    if (!this.#chosen) this.hush();
    this.#host.element.requestUpdate();
  };

  #onRate = (event: Event): void => {
    this.#rate = Number((event.target as HTMLInputElement).value);
    this.#host.element.requestUpdate();
  };

  #onVolume = (event: Event): void => {
    this.#volume = Number((event.target as HTMLInputElement).value);
    this.#host.element.requestUpdate();
  };

  #onTest = (): void => this.#say(this.#ui.sample, this.voice);

  /** A slider's value as a screen reader says it: "90%" of the usual speed, or of full volume. */
  #percent(value: number): string {
    return new Intl.NumberFormat(this.#host.settings.intlLang, { style: 'percent' }).format(value);
  }

  /** The settings, inside the timer's "Spoken cues" disclosure. */
  render(): TemplateResult {
    const ui = this.#ui;
    const voice = this.voice;
    const listed = this.#voices !== undefined;
    const language = this.#language;
    const status = !listed ? ui.looking : !voice ? this.#host.settings.format(ui.none, { language }) : this.#failed ? ui.failed : this.#host.settings.format(ui.using, { voice: voice.name });
    const on = this.on;
    return html`<div class="voice-settings">
      <label class="voice-check">
        <input
          type="checkbox"
          id="voice-on"
          .checked=${on}
          aria-disabled=${voice ? 'false' : 'true'}
          aria-describedby="voice-status"
          @click=${this.#onSpeakClick}
          @change=${this.#onSpeak}
        />
        <span>${ui.speak}</span>
      </label>
      <p class="voice-status ${this.#failed ? 'problem' : ''}" id="voice-status">${status}</p>
      ${voice
        ? html`<div class="voice-range">
              <label for="voice-rate">${ui.rate}</label>
              <span class="voice-end" aria-hidden="true">${ui.slower}</span>
              <input
                type="range"
                id="voice-rate"
                min=${VOICE_RATE.min}
                max=${VOICE_RATE.max}
                step="0.1"
                .value=${String(this.rate)}
                aria-valuetext=${this.#percent(this.rate)}
                @change=${this.#onRate}
              />
              <span class="voice-end" aria-hidden="true">${ui.faster}</span>
            </div>
            <div class="voice-range">
              <label for="voice-volume">${ui.volume}</label>
              <input
                type="range"
                id="voice-volume"
                min="0"
                max="1"
                step="0.1"
                .value=${String(this.volume)}
                aria-valuetext=${this.#percent(this.volume)}
                @change=${this.#onVolume}
              />
            </div>
            <button type="button" class="secondary voice-test" @click=${this.#onTest}>${ui.test}</button>
            <p class="voice-status">${ui.privacy}</p>`
        : nothing}
    </div>`;
  }
}

/** Loads with `voice="on"`, or when a person opens "Spoken cues". */
export function attach(host: VoiceHost): SpokenCues {
  addStyles(host.element, [voiceStyles]);
  return new SpokenCues(host);
}

export const voiceStyles = css`
  .voice-settings {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding-block-start: var(--_space-s);
  }
  .voice-check {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    font-weight: 600;
  }
  .voice-check:has([aria-disabled='true']) {
    opacity: 0.6;
  }
  .voice-check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--_accent);
  }
  .voice-range {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
  }
  .voice-range label {
    flex: 1 0 100%;
  }
  .voice-range input {
    flex: 1;
    min-inline-size: 8rem;
    accent-color: var(--_accent);
  }
  .voice-end {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .voice-test {
    align-self: flex-start;
  }
  .voice-status {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .voice-status.problem {
    color: var(--_warning);
    font-weight: 600;
  }
`;
