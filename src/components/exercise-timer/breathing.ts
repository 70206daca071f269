import { css, html, nothing, svg } from 'lit';
import { warnOnce } from '../../base/warn.js';
import { addStyles } from '../shared/parts.js';
import { BREATHS_PER_MINUTE, type TimerPart, type TimerPartHost } from './exercise-timer.js';

/**
 * The timer's breathing pacer (`breathing`): a soft disc in the ring that grows as you breathe
 * in and shrinks as you breathe out, at `breaths-per-minute`, with the words "Breathe in" and
 * "Breathe out" beside it (the words alone when reduced motion is asked for). It follows the
 * wall clock: every running stretch starts the animation afresh, in phase with the time counted.
 * Its timing is set through the CSSOM: a strict Content Security Policy refuses style attributes.
 */
export class BreathingPacer implements TimerPart {
  readonly #host: TimerPartHost;
  #running = false;
  /** Counts running stretches: each restarts the animation by switching between two names for it. */
  #stretch = 0;
  #delay = 0;
  #checked: unknown;
  #period = 60 / BREATHS_PER_MINUTE.default;

  constructor(host: TimerPartHost) {
    this.#host = host;
    addStyles(host.element, [pacerStyles]);
    host.element.addController({ hostUpdate: () => this.#update(), hostUpdated: () => this.#time() });
  }

  /** Exercise seconds counted so far. */
  get #elapsed(): number {
    const el = this.#host.element;
    return el.state === 'idle' ? 0 : el.plannedSeconds - el.remainingSeconds;
  }

  #update(): void {
    const el = this.#host.element;
    const bpm = el.breathsPerMinute;
    if (bpm !== this.#checked) {
      this.#checked = bpm;
      const { min, max } = BREATHS_PER_MINUTE;
      let rate: number = BREATHS_PER_MINUTE.default;
      if (typeof bpm === 'number' && Number.isFinite(bpm) && bpm >= min && bpm <= max) rate = bpm;
      else warnOnce(`<alliance-exercise-timer> breaths-per-minute="${el.getAttribute('breaths-per-minute') ?? String(bpm)}" is not a number from ${min} to ${max}; using ${rate}.`);
      this.#period = 60 / rate;
    }
    const running = el.state === 'running';
    if (running && !this.#running) {
      this.#stretch++;
      this.#delay = -(this.#elapsed % this.#period);
    }
    this.#running = running;
  }

  #time(): void {
    const dial = this.#host.element.renderRoot.querySelector<HTMLElement>('.dial');
    dial?.style.setProperty('--_breath-period', `${this.#period}s`);
    dial?.style.setProperty('--_breath-delay', `${this.#delay}s`);
  }

  /** The disc (`ring`, inside the dial's SVG) or the words under the dial. */
  render(where?: string) {
    const el = this.#host.element;
    if (!el.breathing) return nothing;
    const state = el.state;
    if (where === 'ring') return svg`<circle class="pacer ${this.#stretch % 2 ? 'again' : ''} ${state}" cx="60" cy="60" r="44"></circle>`;
    const t = this.#host.settings.content.ui.timer;
    const breathIn = this.#elapsed % this.#period < this.#period / 2;
    return html`<p class="breath" aria-hidden="true">
      <span class="breath-hint">${t.breatheWith}</span>
      <span class="breath-word">${state === 'running' && !breathIn ? t.breatheOut : t.breatheIn}</span>
    </p>`;
  }
}

/** Loads with `breathing`. */
export function attach(host: TimerPartHost): TimerPart {
  return new BreathingPacer(host);
}

export const pacerStyles = css`
  /* The breathing pacer: a soft disc in the ring that grows (in) and shrinks (out). */
  .pacer {
    fill: var(--_accent);
    opacity: 0.12;
    transform-box: fill-box;
    transform-origin: center;
    transform: scale(0.62);
    animation-name: breathe;
    animation-timing-function: ease-in-out;
    animation-duration: var(--_breath-period, 10s);
    animation-delay: var(--_breath-delay, 0s);
    animation-iteration-count: infinite;
    animation-play-state: paused;
  }
  .pacer.again {
    animation-name: breathe-again;
  }
  .pacer.running {
    animation-play-state: running;
  }
  /* Two names for one breath: switching between them starts the animation afresh. */
  @keyframes breathe {
    0%,
    100% {
      transform: scale(0.62);
    }
    50% {
      transform: scale(1);
    }
  }
  @keyframes breathe-again {
    0%,
    100% {
      transform: scale(0.62);
    }
    50% {
      transform: scale(1);
    }
  }
  .breath {
    margin: calc(-1 * var(--_space-s)) 0 0;
    color: var(--_muted);
    font-size: 0.9375rem;
    text-align: center;
  }
  /* The words in step with the circle, for everyone; without motion, the words alone. */
  .breath-word {
    margin-inline-start: 0.5em;
    color: var(--_text);
    font-weight: 600;
  }
  @media (prefers-reduced-motion: reduce) {
    .pacer {
      animation: none !important;
    }
    .breath-hint {
      display: none;
    }
  }
`;
