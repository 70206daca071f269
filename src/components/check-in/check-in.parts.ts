import { html, nothing, type TemplateResult } from 'lit';
import type { CheckInUi } from '../../content/types.js';
import { KeepingPart, PartsLoading, addStyles } from '../shared/parts.js';
import type { RecordKeeper } from '../shared/records.js';
import type { CheckInDraft, CheckInEntry } from './entries.js';
import type { CheckInHistory, HistoryHost } from './history.js';
import type { DailyReminder } from './reminder.js';
import type { TwoDevices, TwoDevicesHost } from './two-devices.js';

/**
 * The check-in's own parts, loaded the first time they are needed: the history, its trend chart
 * and the daily reminder. One object, so that a test can stand in for a part that fails to load.
 */
export const checkInParts = {
  history: () => import('./history.js'),
  chart: () => import('./trend-chart.js'),
  reminder: () => import('./reminder.js'),
  twoDevices: () => import('./two-devices.js'),
};

/** Where a part shows that it is on its way (or could not come), beside what asked for it. */
export type PartPlace = 'notice' | 'reveal' | 'history' | 'reminder' | 'two';

/** What the check-in's parts need from it: what the history needs, and a way to act. */
export type PartsHost = Omit<HistoryHost, 'keeper' | 'loading' | 'element'> & {
  /** The check-in, with its mode and storage key (read by the two-phones part). */
  readonly element: HistoryHost['element'] & { readonly mode: string; readonly storageKey: string };
  /** A person did something (an Undo on offer goes away). */
  act(): void;
  /** One person (`mode="solo"`). */
  solo(): boolean;
  /** What the two-phones part needs besides. */
  two: Pick<TwoDevicesHost, 'questions' | 'name' | 'draft' | 'goTo' | 'keep'>;
};

/**
 * The check-in's parts that load on first use: the record-keeping part (copy, download,
 * import, Undo, print), the history (when `history` is set), and the daily reminder (when a
 * person opens it). Each shows "One moment…" where it was asked for if it is slow, and a
 * message with "Try again" if it could not be loaded; the person's words are untouched.
 */
export class CheckInParts {
  readonly loading = new PartsLoading();
  readonly #host: PartsHost;
  readonly #keeping: KeepingPart<CheckInEntry>;
  #history?: CheckInHistory | 'loading';
  #reminder?: DailyReminder;
  #reminderOpen = false;
  #two?: TwoDevices | 'loading' | 'failed';

  constructor(host: PartsHost) {
    this.#host = host;
    this.#keeping = new KeepingPart(host.element, this.loading, {
      settings: host.settings,
      words: () => this.#ui,
      announce: (text) => host.announce(text),
      focus: (find) => host.focus(find),
      level: () => host.level(2),
    });
  }

  /** The record-keeping part, if it has loaded. */
  get keeper(): RecordKeeper<CheckInEntry> | undefined {
    return this.#keeping.keeper;
  }

  get #ui(): CheckInUi {
    return this.#host.settings.content.ui.checkIn;
  }

  #say(where: PartPlace, state?: 'slow' | 'failed'): void {
    this.#keeping.say(where, state);
  }

  /** The record-keeping part, loaded on the first call; undefined if it could not be loaded (said at `where`). */
  keeping(where: PartPlace): Promise<RecordKeeper<CheckInEntry> | undefined> {
    return this.#keeping.get(where);
  }

  /** Copies `text`, with the record-keeping part loaded first if need be. */
  async copy(text: string, where: PartPlace): Promise<void> {
    await (await this.keeping(where))?.copy(text, where);
  }

  /** Downloads `text` as a dated check-ins file (`md` or `json`), with the record-keeping part loaded first if need be. */
  async download(extension: 'md' | 'json', text: string, where: PartPlace): Promise<void> {
    const type = extension === 'md' ? 'text/markdown' : 'application/json';
    (await this.keeping(where))?.download(this.#ui.fileName, extension, text, type, where);
  }

  /** The history is to be shown: loads it, unless it is loaded, on its way, or could not be loaded (then "Try again" does). */
  wantHistory(): void {
    if (this.#history === undefined && this.#keeping.state('history') !== 'failed') void this.loadHistory();
  }

  /** Loads the history (once), with the record-keeping part. */
  loadHistory = async (): Promise<void> => {
    if (this.#history) return;
    this.#history = 'loading';
    this.#say('history');
    const slow = () => this.#say('history', 'slow');
    const [module, keeper] = await Promise.all([this.loading.load(checkInParts.history, slow), this.keeping('history')]);
    if (!module || !keeper) {
      this.#history = undefined;
      // A record-keeping part that could not come has said so already.
      if (keeper) this.#say('history', 'failed');
      return;
    }
    addStyles(this.#host.element, module.historyStyles);
    this.#history = new module.CheckInHistory({ ...this.#host, keeper, loading: this.loading });
    this.#host.element.requestUpdate();
  };

  #onReminderToggle = async (event: Event): Promise<void> => {
    const host = this.#host;
    this.#reminderOpen = (event.currentTarget as HTMLDetailsElement).open;
    host.element.requestUpdate();
    if (!this.#reminderOpen || this.#reminder) return;
    host.act();
    this.#say('reminder');
    const module = await this.loading.load(checkInParts.reminder, () => this.#say('reminder', 'slow'));
    if (!module) return this.#say('reminder', 'failed');
    this.#say('reminder');
    addStyles(host.element, [module.reminderStyles]);
    this.#reminder ??= new module.DailyReminder(host.element, {
      settings: host.settings,
      announce: (text) => host.announce(text),
      act: () => host.act(),
      focus: (find) => host.focus(find),
      solo: () => host.solo(),
    });
    host.focus(() => host.element.renderRoot.querySelector<HTMLElement>('#reminder-time'));
  };

  /** The two-phones part, if it has loaded. */
  get two(): TwoDevices | undefined {
    return typeof this.#two === 'object' ? this.#two : undefined;
  }

  /** Two phones are asked for, or a link arrived: loads that part, unless it is here, on its way, or could not come ("Try again" does). */
  wantTwo(): void {
    if (!this.#two) void this.#loadTwo();
  }

  #loadTwo = async (): Promise<void> => {
    const host = this.#host;
    this.#two = 'loading';
    const module = await this.loading.load(checkInParts.twoDevices, () => this.#say('two', 'slow'));
    this.#say('two', module ? undefined : 'failed');
    if (!module) return void (this.#two = 'failed');
    addStyles(host.element, module.twoDevicesStyles);
    this.#two = new module.TwoDevices({ ...host, ...host.two });
  };

  /** With two phones, the step on screen when that part has its own (and its place while it loads). */
  renderTwo(draft: CheckInDraft): TemplateResult | typeof nothing | undefined {
    if (typeof this.#two === 'object') return this.#two.render(draft);
    // While it arrives the first screen is the check-in's own (as a server renders it); a later
    // step waits, saying so if it is slow or could not come.
    const state = this.#keeping.state('two');
    return state ? this.#waiting(state, this.#loadTwo) : draft.step === 'start' ? undefined : nothing;
  }

  /** Where a part is slow ("One moment…"), or could not come (with "Try again"). */
  #waiting(state: 'slow' | 'failed' | undefined, retry: () => unknown): TemplateResult {
    const { ui } = this.#host.settings.content;
    const failed = state === 'failed';
    return html`<p class=${failed ? 'field-error' : 'hint'}>${failed ? ui.partFailed : ui.partLoading}</p>
      ${failed ? html`<button type="button" @click=${retry}>${ui.tryAgain}</button>` : nothing}`;
  }

  /** At `where`: what a part on its way (or that could not come) says, and the copy box. */
  renderPlace(where: PartPlace): TemplateResult | typeof nothing {
    return this.#keeping.renderPlace(where);
  }

  /** The history card, or what stands in for it while it loads. */
  renderHistory(): TemplateResult | typeof nothing {
    if (this.#history && this.#history !== 'loading') return this.#history.render();
    // Nothing while it arrives, unless it is slow (then "One moment…") or could not come.
    const state = this.#keeping.state('history');
    return state ? html`<section class="card history" part="history">${this.#waiting(state, this.loadHistory)}</section>` : nothing;
  }

  /** The daily reminder: a disclosure whose form loads when it is first opened. */
  renderReminder(): TemplateResult {
    return html`<details class="reminder no-print" ?open=${this.#reminderOpen} @toggle=${this.#onReminderToggle}>
      <summary class="reminder-heading" id="reminder-heading">${this.#ui.reminderHeading}</summary>
      ${this.#reminderOpen ? html`${this.renderPlace('reminder')}${this.#reminder?.render() ?? nothing}` : nothing}
    </details>`;
  }
}
