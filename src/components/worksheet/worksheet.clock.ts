import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { plural } from '../../content/locales.js';
import type { WorksheetUi } from '../../content/types.js';
import type { SettingsController } from '../../controllers/settings.js';
import { StoredController } from '../../controllers/stored.js';
import { readClock, type WorksheetClock as ClockRecord } from './worksheet.model.js';

const MINUTE = 60_000;

export interface GentleClockOptions {
  readonly settings: SettingsController;
  /** Where the clock is kept in the store. */
  key(): string;
  /** The planned length, in minutes. */
  minutes(): number;
  /** Moves the focus, once the worksheet has rendered, to what `find` returns. */
  focus(find: () => HTMLElement | null | undefined): void;
}

/**
 * The worksheet's gentle clock: it counts the minutes the couple have spent together against
 * the time they planned, in calm words and colours, and never hurries them. It reads the wall
 * clock (a late timer cannot make it wrong), keeps its count in the store (a reload or another
 * day resumes it), stops counting when the page goes, and can be paused or hidden.
 */
export class GentleClock implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: GentleClockOptions;
  readonly #store: StoredController<unknown>;
  /** When the clock last started counting on this page (wall clock); undefined while paused. */
  #runningSince?: number;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost & HTMLElement, options: GentleClockOptions) {
    this.#host = host;
    this.#options = options;
    // Before the store's controller, so that the count is written before the store lets go on disconnect.
    host.addController(this);
    this.#store = new StoredController<unknown>(host, { settings: options.settings, key: options.key, initial: undefined, debounce: 0 });
  }

  get memoryOnly(): boolean {
    return this.#store.memoryOnly;
  }

  get #clock(): ClockRecord {
    return readClock(this.#store.value);
  }

  /** Whether the couple started the clock in this conversation. */
  get started(): boolean {
    return this.#clock.started;
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.#onPageHide);
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  hostDisconnected(): void {
    // The page (or the element) is going: the clock stops counting until someone resumes it.
    this.#pause();
    window.removeEventListener('pagehide', this.#onPageHide);
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  #elapsed(clock: ClockRecord = this.#clock): number {
    const running = this.#runningSince === undefined ? 0 : Math.max(0, Date.now() - this.#runningSince);
    return clock.elapsed + running;
  }

  /** Writes the time counted so far into the store (and keeps counting, if it was). */
  #checkpoint(): void {
    if (this.#runningSince === undefined) return;
    const clock = this.#clock;
    const elapsed = this.#elapsed(clock);
    this.#runningSince = Date.now();
    this.#store.set({ ...clock, elapsed });
  }

  #scheduleTick(): void {
    clearTimeout(this.#timer);
    if (this.#runningSince === undefined) return;
    // The display shows whole minutes: wake when the next one is reached.
    const wait = MINUTE - (this.#elapsed() % MINUTE) + 50;
    this.#timer = setTimeout(() => {
      this.#checkpoint();
      this.#host.requestUpdate();
      this.#scheduleTick();
    }, wait);
  }

  #pause(): void {
    if (this.#runningSince === undefined) return;
    this.#checkpoint();
    this.#runningSince = undefined;
    clearTimeout(this.#timer);
    void this.#store.flush();
  }

  /** The conversation is over (or starts over): the clock goes back to nothing. */
  reset(): void {
    this.#runningSince = undefined;
    clearTimeout(this.#timer);
    void this.#store.clear();
  }

  #onPageHide = (): void => {
    // The page may be going for good: the minutes so far are counted and saved now (the words
    // typed are saved by the stored values themselves).
    this.#checkpoint();
    void this.#store.flush();
  };

  #onVisibility = (): void => {
    // A phone may close a hidden page without pagehide: keep the count safe, and keep counting.
    if (document.visibilityState === 'hidden') this.#onPageHide();
  };

  #focus(id: string): void {
    this.#options.focus(() => this.#host.shadowRoot?.querySelector<HTMLElement>(`#${id}`));
  }

  start = (): void => {
    this.#runningSince = Date.now();
    this.#store.set({ started: true, elapsed: 0, hidden: false } satisfies ClockRecord);
    void this.#store.flush();
    this.#scheduleTick();
    this.#focus('clock-toggle');
  };

  #onToggle = (): void => {
    if (this.#runningSince === undefined) {
      this.#runningSince = Date.now();
      this.#scheduleTick();
    } else {
      this.#pause();
    }
    this.#host.requestUpdate();
  };

  #show(hidden: boolean): void {
    this.#store.set({ ...this.#clock, elapsed: this.#elapsed(), hidden });
    if (this.#runningSince !== undefined) this.#runningSince = Date.now();
    this.#focus(hidden ? 'clock-show' : 'clock-hide');
  }

  #onHide = (): void => this.#show(true);
  #onShow = (): void => this.#show(false);

  /** The clock above a step, once started: its bar and words, pause or resume, hide or show. */
  render(ui: WorksheetUi, step: string): TemplateResult | typeof nothing {
    const clock = this.#clock;
    if (!clock.started) return nothing;
    if (clock.hidden) {
      return html`<div class="clock-hidden no-print">
        <button type="button" class="link" id="clock-show" @click=${this.#onShow}>${ui.clockShow}</button>
      </div>`;
    }
    const { settings } = this.#options;
    const lang = settings.intlLang;
    const planned = this.#options.minutes();
    const used = Math.floor(this.#elapsed(clock) / MINUTE);
    const running = this.#runningSince !== undefined;
    const words = [plural(ui.clockUsed, lang, used)];
    words.push(used >= planned ? settings.format(ui.clockOver, { minutes: planned }) : plural(ui.clockLeft, lang, planned - used));
    if (!running) words.push(ui.clockPaused);
    return html`<div class="clock no-print" part="clock" data-step=${step}>
      <progress id="clock-bar" max=${planned} .value=${Math.min(used, planned)} aria-label=${ui.clockLabel} aria-describedby="clock-text"></progress>
      <p class="clock-text" id="clock-text">${words.join(' · ')}</p>
      <div class="clock-actions">
        <button type="button" class="link" id="clock-toggle" @click=${this.#onToggle}>${running ? ui.clockPause : ui.clockResume}</button>
        <button type="button" class="link" id="clock-hide" @click=${this.#onHide}>${ui.clockHide}</button>
      </div>
    </div>`;
  }
}
