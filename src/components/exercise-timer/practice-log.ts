import { css, html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { addEnglish, plural } from '../../content/locales.js';
import { enTimerLog } from '../../content/en/timer-more.js';
import { enParts } from '../../content/en/parts.js';
import type { TimerLogUi } from '../../content/types.js';
import { StoredController, storeOf } from '../../controllers/stored.js';
import { stringifyEnvelope } from '../../export/envelope.js';
import { addStyles } from '../shared/parts.js';
import { RecordKeeper, recordStyles } from '../shared/records.js';
import { renderStorageNotice, storageNoticeStyles } from '../shared/storage-notice.js';
import { quietControlStyles } from '../../styles/quiet-controls.js';
import type { AllianceTimerCompleteEvent, AllianceTimerResumeEvent, AllianceTimerStopEvent } from './exercise-timer.events.js';
import type { TimerPart, TimerPartHost } from './exercise-timer.js';
import {
  LOG_KIND,
  LOG_VERSION,
  byWeek,
  firstDayOfWeek,
  mergeSessions,
  newestFirst,
  validateLog,
  weekStart,
  withoutSessions,
  type PracticeSession,
  type PracticeWeek,
} from './practice-log.data.js';
import { AllianceTimerLogEvent } from './practice-log.events.js';

addEnglish(enTimerLog);
addEnglish(enParts);

/** Earlier weeks shown at first, and more at each "Show older". */
const WEEKS_PAGE = 8;
/** A session stopped this soon is a slip of the finger, not practice. */
const MIN_STOPPED_S = 3;
/** "Noted in your practice log" comes this long after the timer's own "That's the time". */
const LOGGED_DELAY_MS = 1500;

/** A session just noted, and whether it went into this browser's log. */
interface NotedSession {
  readonly session: PracticeSession;
  readonly kept: boolean;
}

const newId = (): string =>
  typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The exercise timer's practice log (`log`): every session finished, and every one a person
 * stopped (marked so), kept in this browser through the store, shown under the timer as this
 * week and the weeks before: a count and the minutes, nothing to keep up and no streak to break.
 * Download (JSON, text), print, bring a file back, delete one or all with Undo; each change
 * fires `alliance-timer-log`. Something unreadable where the log belongs is kept aside, not
 * overwritten; a store that cannot save says so, with the log to download.
 */
export class PracticeLog implements TimerPart {
  readonly #host: TimerPartHost;
  readonly #stored: StoredController<unknown>;
  readonly #keeper: RecordKeeper<PracticeSession>;
  #cache: { raw: unknown; list: PracticeSession[] } = { raw: undefined, list: [] };
  /** Changes asked for before the store was read: made once it has been. */
  #pending: ((stored: readonly unknown[]) => unknown[])[] = [];
  /** The session noted when a person pressed Stop, while the timer is idle: taken back if they carry on. */
  #stopped: NotedSession | undefined;
  /** Earlier weeks shown (this week's always is). */
  #weeks = WEEKS_PAGE;
  /** Every week shows while the page is printed. */
  #printing = false;
  #noticeSaid = false;
  #loggedTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: TimerPartHost) {
    this.#host = host;
    const element = host.element;
    this.#stored = new StoredController<unknown>(element, { settings: host.settings, key: () => `${this.#key}:log`, initial: [], debounce: 0 });
    this.#keeper = new RecordKeeper<PracticeSession>(element, {
      settings: host.settings,
      words: () => this.#ui,
      announce: (text) => host.announce(text),
      focus: (find) => this.#focus(find),
      level: () => this.#level + 1,
    });
    element.addController({
      hostConnected: () => {
        window.addEventListener('beforeprint', this.#onBeforePrint);
        window.addEventListener('afterprint', this.#onAfterPrint);
      },
      hostDisconnected: () => {
        window.removeEventListener('beforeprint', this.#onBeforePrint);
        window.removeEventListener('afterprint', this.#onAfterPrint);
        clearTimeout(this.#loggedTimer);
      },
      hostUpdate: () => this.#onHostUpdate(),
    });
    element.addEventListener('alliance-timer-complete', this.#onComplete);
    element.addEventListener('alliance-timer-stop', this.#onStop);
    element.addEventListener('alliance-timer-resume', this.#onResume);
    addStyles(element, [quietControlStyles, recordStyles, storageNoticeStyles, logStyles]);
  }

  get #key(): string {
    return this.#host.element.getAttribute('storage-key')?.trim() || 'exercise-timer';
  }

  get #ui(): TimerLogUi {
    return this.#host.settings.content.ui.timerLog;
  }

  get #lang(): string {
    return this.#host.settings.intlLang;
  }

  get #level(): number {
    return Math.min(6, Math.max(2, Math.trunc(this.#host.element.headingLevel) || 3));
  }

  /** The stored list as it is, sessions or not (a newer version's records are kept). */
  get #list(): readonly unknown[] {
    const raw = this.#stored.value;
    return Array.isArray(raw) ? (raw as unknown[]) : [];
  }

  /** The sessions, newest first. */
  get sessions(): PracticeSession[] {
    const raw = this.#stored.value;
    if (this.#cache.raw !== raw) this.#cache = { raw, list: newestFirst(this.#list) };
    return this.#cache.list;
  }

  /** Moves the focus, once the element has rendered, to what `find` returns. */
  #focus(find: () => HTMLElement | null | undefined): void {
    void this.#host.element.updateComplete.then(() => find()?.focus());
  }

  /** Moves the focus to the Delete button of session `id`, once it shows. */
  #focusSession(id: string | undefined): void {
    const root = this.#host.element.renderRoot;
    this.#focus(() => [...root.querySelectorAll<HTMLButtonElement>('li.session button[data-id]')].find((b) => b.dataset.id === id));
  }

  /** Changes the stored log and saves it at once (after the first read). */
  #change(change: (stored: readonly unknown[]) => unknown[]): void {
    if (!this.#stored.loaded) {
      this.#pending.push(change);
      return;
    }
    const raw = this.#stored.value;
    // Something unreadable where the log belongs is kept aside, never overwritten.
    if (raw !== undefined && raw !== null && !Array.isArray(raw)) void storeOf(this.#host.settings).set(`${this.#key}:log-unreadable:${Date.now()}`, raw);
    this.#stored.set(change(this.#list));
    void this.#stored.flush();
  }

  #onHostUpdate(): void {
    // The timer left the stop behind (a new run, started by a person or from code, which fires
    // no event): no resume from now on is a carry on, so the stopped session stays noted.
    if (this.#stopped && this.#host.element.state !== 'idle') this.#stopped = undefined;
    if (this.#stored.loaded && this.#pending.length) {
      const pending = this.#pending.splice(0);
      this.#change((stored) => pending.reduce<unknown[]>((list, change) => change(list), [...stored]));
    }
    if (this.#stored.memoryOnly && !this.#noticeSaid) {
      this.#noticeSaid = true;
      this.#host.announce(this.#host.settings.content.ui.storageUnavailable);
    }
  }

  #fire(action: AllianceTimerLogEvent['action'], sessions: readonly PracticeSession[]): boolean {
    return this.#host.element.dispatchEvent(new AllianceTimerLogEvent(action, sessions));
  }

  /** Notes the run that has just ended; `kept` is false when the page keeps it elsewhere (cancelled `added`). */
  #note(seconds: number, stopped: boolean): NotedSession | undefined {
    const run = this.#host.run();
    // `log` taken away: nothing more is noted.
    if (!run || !this.#host.element.log) return undefined;
    const session: PracticeSession = {
      id: newId(),
      date: new Date().toISOString(),
      exercise: run.exercise.id,
      level: run.level,
      seconds: Math.round(seconds),
      planned: run.plannedSeconds,
      ...(stopped ? { stopped } : {}),
      ...(run.custom ? { custom: true } : {}),
    };
    const kept = this.#fire('added', [session]);
    if (kept) this.#change((stored) => mergeSessions(stored, [session]).next);
    return { session, kept };
  }

  #onComplete = (event: AllianceTimerCompleteEvent): void => {
    const title = this.#host.run()?.exercise.title ?? '';
    if (!this.#note(event.plannedSeconds, false)?.kept) return;
    clearTimeout(this.#loggedTimer);
    // Said after the timer's own "That's the time", unless a new run has begun meanwhile.
    this.#loggedTimer = setTimeout(() => {
      if (this.#host.element.state === 'complete') this.#host.announce(this.#host.settings.format(this.#ui.logged, { title }));
    }, LOGGED_DELAY_MS);
  };

  #onStop = (event: AllianceTimerStopEvent): void => {
    const done = event.plannedSeconds - event.remainingSeconds;
    this.#stopped = done >= MIN_STOPPED_S ? this.#note(done, true) : undefined;
  };

  /**
   * The only resume that can come while the timer is idle after a Stop is "Carry on": the
   * stopped session is taken back (`deleted`, for a page that keeps it elsewhere too), and
   * noted again when the run ends or is stopped again.
   */
  #onResume = (event: AllianceTimerResumeEvent): void => {
    const stopped = this.#stopped;
    this.#stopped = undefined;
    if (!stopped || event.automatic) return;
    const { session, kept } = stopped;
    if (kept) this.#change((stored) => withoutSessions(stored, new Set([session.id])));
    this.#fire('deleted', [session]);
  };

  // ----- what a person does -----

  #onDelete = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    const session = this.sessions.find((s) => s.id === id);
    if (!session) return;
    this.#keeper.act();
    this.#change((stored) => withoutSessions(stored, new Set([session.id])));
    this.#fire('deleted', [session]);
    this.#host.announce(this.#ui.deleted);
    this.#keeper.startUndo([session], false);
  };

  #onDeleteAll = (): void => {
    const sessions = this.sessions;
    if (!sessions.length) return;
    this.#keeper.act();
    const ids = new Set(sessions.map((s) => s.id));
    this.#change((stored) => withoutSessions(stored, ids));
    this.#fire('deleted', sessions);
    this.#host.announce(this.#ui.deletedAll);
    this.#keeper.startUndo(sessions, true);
  };

  /** Undo: the sessions come back, and the focus goes to the (newest) one brought back. */
  #onUndo = (sessions: PracticeSession[]): void => {
    this.#change((stored) => mergeSessions(stored, sessions).next);
    this.#fire('restored', sessions);
    this.#focusSession(newestFirst(sessions)[0]?.id);
  };

  /** The log as JSON: the library's export envelope, oldest first. */
  exportJson(sessions: readonly PracticeSession[] = this.sessions): string {
    return stringifyEnvelope(LOG_KIND, LOG_VERSION, { sessions: [...sessions].reverse() });
  }

  /** The log as plain text that reads well as Markdown, week by week. */
  exportText(sessions: readonly PracticeSession[] = this.sessions): string {
    const lines = [`# ${this.#ui.heading}`];
    for (const week of byWeek(sessions, firstDayOfWeek(this.#lang))) {
      lines.push('', `## ${this.#weekHeading(week.start, true)}: ${this.#weekCount(week)}`, '');
      for (const session of week.sessions) lines.push(`- ${this.#sessionText(session, true)}`);
    }
    return `${lines.join('\n')}\n`;
  }

  #onDownloadJson = (): void => this.#keeper.download(this.#ui.fileName, 'json', this.exportJson(), 'application/json', 'log');

  #onDownloadText = (): void => this.#keeper.download(this.#ui.fileName, 'md', this.exportText(), 'text/markdown', 'log');

  #onPrint = (): void => {
    this.#printing = true;
    void this.#keeper.print();
  };

  // Ctrl+P too puts every week on paper: Lit renders in a microtask, before the page is laid out.
  #onBeforePrint = (): void => {
    this.#printing = true;
    this.#host.element.requestUpdate();
  };

  #onAfterPrint = (): void => {
    this.#printing = false;
    this.#host.element.requestUpdate();
  };

  #onImport = (event: Event): void => {
    this.#keeper.act();
    void this.#keeper.import(event.target as HTMLInputElement, { kind: LOG_KIND, version: LOG_VERSION, validate: validateLog }, (file) => {
      const { added } = mergeSessions(this.#list, file.data.sessions);
      if (!added.length) return this.#ui.importNothingNew;
      this.#change((stored) => mergeSessions(stored, added).next);
      this.#fire('imported', added);
      return plural(this.#ui.imported, this.#lang, added.length);
    });
  };

  /** More earlier weeks; the focus goes to the first session that appears. */
  #onOlder = (): void => {
    this.#keeper.act();
    const { weeks, shown } = this.#pages();
    this.#weeks += WEEKS_PAGE;
    this.#host.element.requestUpdate();
    this.#focusSession(weeks[shown.length]?.sessions[0]?.id);
  };

  // ----- words -----

  #minutes(seconds: number): string {
    return seconds < 60 ? this.#ui.underMinute : plural(this.#ui.minutes, this.#lang, Math.round(seconds / 60));
  }

  #weekCount(week: PracticeWeek): string {
    return `${plural(this.#ui.sessions, this.#lang, week.sessions.length)} · ${this.#minutes(week.seconds)}`;
  }

  /** "This week", or "Week of" its first day (always the date with `dated`, for a file). */
  #weekHeading(start: Date, dated = false): string {
    if (!dated && start.getTime() === this.#thisWeek()) return this.#ui.thisWeek;
    const date = new Intl.DateTimeFormat(this.#lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(start);
    return this.#host.settings.format(this.#ui.weekOf, { date });
  }

  #sessionText(session: PracticeSession, long = false): string {
    const ui = this.#ui;
    const exercise = this.#host.settings.content.exercises.items.find((e) => e.id === session.exercise);
    const when = new Intl.DateTimeFormat(this.#lang, { weekday: 'long', day: 'numeric', month: long ? 'long' : 'short', hour: 'numeric', minute: '2-digit' }).format(new Date(session.date));
    const parts = [when, exercise?.title ?? session.exercise];
    if ((exercise?.levels.length ?? 1) > 1 && !session.custom) parts.push(this.#host.settings.format(ui.level, { level: session.level }));
    parts.push(this.#minutes(session.seconds));
    if (session.stopped) parts.push(ui.stoppedEarly);
    // On screen each part keeps together, so that a narrow row breaks only between them.
    return (long ? parts : parts.map((part) => part.replace(/ /g, '\u00a0'))).join(' · ');
  }

  // ----- the card -----

  /** The weeks, newest first, and those shown: this week's and the earlier weeks asked for (all on paper). */
  #pages(): { weeks: PracticeWeek[]; shown: PracticeWeek[] } {
    const weeks = byWeek(this.sessions, firstDayOfWeek(this.#lang));
    if (this.#printing) return { weeks, shown: weeks };
    const thisWeek = weeks[0]?.start.getTime() === this.#thisWeek();
    return { weeks, shown: weeks.slice(0, this.#weeks + (thisWeek ? 1 : 0)) };
  }

  /** When this week began, in the element's language (ms). */
  #thisWeek(): number {
    return weekStart(new Date(), firstDayOfWeek(this.#lang)).getTime();
  }

  render(): TemplateResult | typeof nothing {
    if (!this.#host.element.log) return nothing;
    const ui = this.#ui;
    const keeper = this.#keeper;
    const sessions = this.sessions;
    const content = this.#host.settings.content;
    return html`<section class="card log" part="log" aria-labelledby="log-heading">
      <div class="log-heading" id="log-heading" role="heading" aria-level=${this.#level}>${ui.heading}</div>
      <p class="hint">${ui.intro}</p>
      ${this.#stored.memoryOnly
        ? renderStorageNotice(
            content.ui.storageUnavailable,
            sessions.length ? html`<button type="button" class="secondary" @click=${this.#onDownloadJson}>${ui.downloadJson}</button>` : undefined,
          )
        : nothing}
      ${keeper.renderUndo(keeper.undoing?.all ? ui.deletedAll : ui.deleted, this.#onUndo)}
      ${!this.#stored.loaded
        ? nothing
        : sessions.length
          ? // The timer renders several times a second while it runs: the weeks only when they change.
            guard([sessions, content, this.#lang, this.#level, this.#printing, this.#weeks, this.#thisWeek()], () => this.#renderWeeks())
          : html`<p class="log-empty">${ui.empty}</p>`}
      <div class="tools no-print">
        ${sessions.length
          ? html`<div class="log-actions">
              <button type="button" class="secondary" @click=${this.#onDownloadJson}>${ui.downloadJson}</button>
              <button type="button" class="secondary" @click=${this.#onDownloadText}>${ui.downloadText}</button>
              <button type="button" class="secondary" @click=${this.#onPrint}>${ui.print}</button>
            </div>`
          : nothing}
        ${keeper.renderCopyBox('log')} ${keeper.renderImport(ui.importHint, this.#onImport)}
        ${sessions.length ? html`<button type="button" class="danger delete-all" @click=${this.#onDeleteAll}>${ui.deleteAll}</button>` : nothing}
      </div>
    </section>`;
  }

  #renderWeeks(): TemplateResult {
    const { weeks, shown } = this.#pages();
    const older = weeks.length - shown.length;
    return html`${shown.map((week) => this.#renderWeek(week, this.#level + 1))}
    ${older > 0
      ? html`<button type="button" class="secondary older no-print" @click=${this.#onOlder}>
          ${plural(this.#ui.showOlder, this.#lang, Math.min(older, WEEKS_PAGE))}
        </button>`
      : nothing}`;
  }

  #renderWeek(week: PracticeWeek, level: number): TemplateResult {
    const ui = this.#ui;
    return html`<div class="month week">
      <div class="month-heading" role="heading" aria-level=${level}>
        ${this.#weekHeading(week.start)} <span class="week-count">${this.#weekCount(week)}</span>
      </div>
      <ul class="entries">
        ${week.sessions.map((session) => {
          const text = this.#sessionText(session);
          return html`<li class="session">
            <span>${text}</span>
            <button
              type="button"
              class="link danger no-print"
              data-id=${session.id}
              aria-label=${this.#host.settings.format(ui.deleteLabel, { session: text.replace(/\u00a0/g, ' ') })}
              @click=${this.#onDelete}
            >
              ${ui.deleteOne}
            </button>
          </li>`;
        })}
      </ul>
    </div>`;
  }
}

/** Loads with the timer's `log`. */
export function attach(host: TimerPartHost): TimerPart {
  return new PracticeLog(host);
}

export const logStyles = css`
  .log {
    margin-block-start: var(--_space-m);
  }
  .log-heading {
    font-family: var(--_font-display);
    font-size: 1.25rem;
    font-weight: 600;
  }
  .week-count {
    white-space: nowrap;
    margin-inline-start: var(--_space-xs);
    font-weight: 400;
  }
  .session {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-m);
    padding: var(--_space-xs);
  }
  .session > button {
    flex: none;
  }
  .hint {
    color: var(--_muted);
  }
  .log-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .delete-all {
    align-self: flex-start;
  }
`;
