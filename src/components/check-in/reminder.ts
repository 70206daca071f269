import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import type { SettingsController } from '../../controllers/settings.js';
import { parseTime } from '../../export/dates.js';
import { downloadText } from '../../export/download.js';
import { loadPart, parts } from '../shared/parts.js';
import { addEnglish } from '../../content/locales.js';
import { enCheckInReminder } from '../../content/en/check-in-reminder.js';

addEnglish(enCheckInReminder);

export interface DailyReminderOptions {
  readonly settings: SettingsController;
  /** Says something through the check-in's live region. */
  announce(text: string): void;
  /** A person did something (the check-in ends an Undo on offer). */
  act(): void;
  /** Moves the focus, once the check-in has rendered, to what `find` returns. */
  focus(find: () => HTMLElement | null): void;
  /** One person (`mode="solo"`): "Remind me", not "Remind us". */
  solo(): boolean;
}

/**
 * The check-in's daily reminder: a time of day, and a calendar file (.ics) with an event every
 * day at that time, made by code that loads on the first press. It loads when a person opens
 * the reminder, and renders into the check-in's disclosure (whose summary names it).
 */
export class DailyReminder {
  readonly #host: ReactiveControllerHost;
  readonly #options: DailyReminderOptions;
  #time = '21:00';
  #error = false;
  /** The calendar code is on its way (`slow`: for more than a moment), or could not be loaded. */
  #part: 'idle' | 'loading' | 'slow' | 'failed' = 'idle';

  constructor(host: ReactiveControllerHost, options: DailyReminderOptions) {
    this.#host = host;
    this.#options = options;
  }

  #set(change: () => void): void {
    change();
    this.#host.requestUpdate();
  }

  #onInput = (event: Event): void => {
    const time = (event.target as HTMLInputElement).value;
    this.#set(() => {
      this.#time = time;
      this.#error = false;
      if (this.#part === 'failed') this.#part = 'idle';
    });
  };

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.#options.act();
    if (!parseTime(this.#time)) {
      const form = event.currentTarget as HTMLFormElement;
      this.#set(() => (this.#error = true));
      this.#options.focus(() => form.querySelector<HTMLElement>('#reminder-time'));
      return;
    }
    void this.#download();
  };

  async #download(): Promise<void> {
    if (this.#part === 'loading' || this.#part === 'slow') return;
    this.#part = 'loading';
    const calendar = await loadPart(parts.calendar, () => {
      if (this.#part === 'loading') this.#set(() => (this.#part = 'slow'));
    });
    const { settings } = this.#options;
    if (!calendar) {
      this.#set(() => (this.#part = 'failed'));
      this.#options.announce(settings.content.ui.partFailed);
      return;
    }
    this.#set(() => (this.#part = 'idle'));
    const { checkIn, ui } = settings.content;
    const ics = calendar.dailyEventCalendar({ time: this.#time, summary: checkIn.title, description: checkIn.intro });
    if (downloadText(`${ui.checkIn.reminderFileName}.ics`, ics, 'text/calendar')) {
      this.#options.announce(settings.format(ui.checkIn.reminderDone, { time: this.#timeOfDay(this.#time) }));
    }
  }

  /** "21:00" as the language writes a time of day: "9:00 PM" in English, "21:00" in Spanish. */
  #timeOfDay(value: string): string {
    const time = parseTime(value);
    if (!time) return value;
    const format = new Intl.DateTimeFormat(this.#options.settings.intlLang, { hour: 'numeric', minute: '2-digit' });
    return format.format(new Date(2000, 0, 1, time.hours, time.minutes));
  }

  render() {
    const { ui } = this.#options.settings.content;
    const t = ui.checkIn;
    const error = this.#error;
    return html`<form class="reminder-form" aria-labelledby="reminder-heading" novalidate @submit=${this.#onSubmit}>
      <div class="reminder-row">
        <label for="reminder-time">${this.#options.solo() ? t.reminderTimeSolo : t.reminderTime}</label>
        <input
          id="reminder-time"
          type="time"
          required
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? 'reminder-error reminder-hint' : 'reminder-hint'}
          .value=${live(this.#time)}
          @input=${this.#onInput}
          @change=${this.#onInput}
        />
        <button type="submit" class="secondary" aria-busy=${this.#part === 'slow' ? 'true' : 'false'}>
          ${this.#part === 'slow' ? ui.partLoading : t.reminderButton}
        </button>
      </div>
      ${error ? html`<p class="field-error" id="reminder-error">${t.reminderBadTime}</p>` : nothing}
      ${this.#part === 'failed' ? html`<p class="field-error" id="reminder-failed">${ui.partFailed}</p>` : nothing}
      <p class="hint small" id="reminder-hint">${t.reminderHint}</p>
    </form>`;
  }
}

/** The reminder's form, added to the check-in when it loads. */
export const reminderStyles = css`
  input[type='time'] {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius-s);
    padding: var(--_space-s) var(--_space-m);
  }
  .reminder-form {
    display: grid;
    gap: var(--_space-xs);
    padding-block-start: var(--_space-s);
  }
  .reminder-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
  }
  .reminder-row label {
    font-weight: 400;
  }
`;
