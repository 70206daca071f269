import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { SettingsController } from '../../controllers/settings.js';
import { enCheckIn } from '../../content/en/check-in.js';
import { StoredController, storeOf } from '../../controllers/stored.js';
import { addEnglish, plural } from '../../content/locales.js';
import { renderCredit } from '../../content/credit.js';
import { renderSafety, safetyStyles } from '../shared/safety.js';
import { enSafety } from '../../content/en/safety.js';
import { enKeeping } from '../../content/en/keeping.js';
import { enParts } from '../../content/en/parts.js';
import type { CheckInUi } from '../../content/types.js';
import { oneOf, warnOnce } from '../../base/warn.js';
import { hostStyles, tokens } from '../../styles/tokens.js';
import { loadPart, parts, readImport } from '../shared/parts.js';
import { DailyReminder } from './reminder.js';
import { downloadText } from '../../export/download.js';
import { datedFileName } from '../../export/file-name.js';
import { stringifyEnvelope } from '../../export/envelope.js';
import type { ImportProblemCode } from '../../export/json.js';
import { markdown, type MarkdownBlock } from '../../export/markdown.js';
import { renderStorageNotice, storageNoticeStyles } from '../shared/storage-notice.js';
import { dialogStyles } from '../shared/dialog.styles.js';
import {
  EXPORT_KIND,
  EXPORT_VERSION,
  MAX_ANSWER_LENGTH,
  MAX_QUESTIONS,
  SCALE_POINTS,
  checkInModes,
  emptyDraft,
  mergeEntries,
  newId,
  newestFirst,
  readDraft,
  validateExport,
  withoutEntries,
  type CheckInDraft,
  type CheckInEntry,
  type CheckInMode,
  type DraftStep,
} from './entries.js';
import { AllianceCheckInDeleteEvent, AllianceCheckInRestoreEvent, AllianceCheckInSubmitEvent } from './check-in.events.js';
import { styles } from './check-in.styles.js';

export { checkInModes, type CheckInMode };

const TAG = 'alliance-check-in';
/** The trend chart covers this many weeks, ending today. */
/** How long Undo stays after a delete, unless the focus is on it or a person does something else. */
const UNDO_MS = 10_000;
/** The history shows this many check-ins at first, and this many more at each "Show older". */
const HISTORY_PAGE = 12;

const lock = svg`<path d="M7 10V7a5 5 0 0 1 10 0v3M5.5 10h13v10h-13z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/>`;

/** Reads the `questions` attribute as a JSON array; anything else is kept as it is, to be reported. */
const questionsConverter = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  },
};

/** The questions, trimmed, or why they cannot be used. */
function checkQuestions(value: unknown): string[] | string {
  if (!Array.isArray(value)) return `must be an array of 1 to ${MAX_QUESTIONS} texts, not ${JSON.stringify(value)}`;
  if (value.length < 1 || value.length > MAX_QUESTIONS) return `must hold 1 to ${MAX_QUESTIONS} questions, not ${value.length}`;
  const texts = (value as unknown[]).map((q) => (typeof q === 'string' ? q.trim() : ''));
  const bad = texts.findIndex((q) => !q);
  return bad === -1 ? texts : `question ${bad + 1} is not a text`;
}

/** Where the box of text to copy by hand appears, beside the button that asked for it. */
type CopyPlace = 'notice' | 'reveal' | 'history';

/**
 * The end-of-day collaboration check-in: two short questions (what did I do today that
 * helped you feel close; what made you draw away), answered by a couple on one device, or
 * by one person. In couple mode the first partner answers, the answers fold away (they
 * leave the screen and the accessibility tree), the device goes to the second partner, and
 * both answers are shown side by side only when someone presses "Show both".
 *
 * What people type is kept as a draft while they type (so a reload continues where they
 * were, step included) and, once complete, in a private history in this browser: through
 * `<alliance-provider>`'s store when there is one (`storage="none"` or a host's adapter),
 * else in localStorage. When the browser will not save, the check-in still completes, a
 * polite notice says so once, and what was not saved is offered for download.
 *
 * Questions: the content's two questions by default. A host asks its own (1 to 5) with the
 * `questions` property (or a JSON array in the attribute), or with a list in the element:
 * `<alliance-check-in><ol><li>What made you laugh today?</li></ol></alliance-check-in>`
 * (the list shows as it is before the script loads). Anything else warns once and uses the
 * default questions.
 *
 * Keyboard: every control is native (text areas, radio buttons, buttons, a file input and a
 * time input). After each step the focus moves to the next step's heading, and a polite
 * live region says what changed. Delete-all asks in a modal `<dialog>` (Escape keeps them).
 *
 * History (`history`): past check-ins newest first under their month, each a disclosure to
 * open, delete (with Undo for a few seconds) or print; "N check-ins this month" (a count,
 * never a reproach); with `scale`, a trend of the last weeks in SVG with a table of its
 * numbers. Export as JSON (versioned, re-importable without duplicates), as text
 * (copy or download) and on paper; a daily reminder as a calendar file.
 *
 * @tagname alliance-check-in
 * @summary The end-of-day check-in for a couple (or one person), with a private history.
 * @slot privacy - Replaces the note on where the answers are kept and who can read them (replace it when your own storage adapter sends them elsewhere).
 * @fires {AllianceCheckInSubmitEvent} alliance-check-in-submit - A person completed a check-in. Cancelable: `preventDefault()` keeps it out of this browser's store (the element still shows it and offers its export). Fields: `entry`, `id`, `date` (ISO), `mode`, `questions`, `partners` (names), `answers` (one list per person), `rating` (one per person, 1 to 5 or null).
 * @fires {AllianceCheckInDeleteEvent} alliance-check-in-delete - A person deleted check-ins from the history; `ids`, `all`.
 * @fires {AllianceCheckInRestoreEvent} alliance-check-in-restore - A person pressed Undo after a delete; `entries` are back.
 * @slot safety - Replaces the note on scope and safety. The provider's `safety-text` and `help-href` change it for every element.
 * @csspart card - The check-in card.
 * @csspart step - The current step: a partner's answers, the hand-over, or both answers side by side.
 * @csspart history - The history card.
 * @csspart chart - The trend chart (an SVG).
 * @csspart notice - The notice shown when this browser is not saving.
 * @csspart safety - The note on scope and safety (not therapy, not for a relationship where someone is afraid, where to turn).
 * @cssprop [--alliance-check-in-max-width=44rem] - The widest the element grows.
 * @cssprop [--alliance-check-in-padding=1.5rem] - Space inside each card (1rem on narrow screens).
 * @cssprop [--alliance-check-in-background=var(--alliance-color-surface)] - The cards' background.
 * @cssprop [--alliance-check-in-accent-width=0.375rem] - Width of the accent bar at each card's start edge.
 * @cssprop [--alliance-check-in-series-a=var(--alliance-color-accent)] - Colour of the first partner's line in the chart.
 * @cssprop [--alliance-check-in-series-b=var(--alliance-color-focus)] - Colour of the second partner's line in the chart.
 */
export class AllianceCheckIn extends LitElement {
  static override styles = [tokens, hostStyles, storageNoticeStyles, dialogStyles, safetyStyles, styles];

  static {
    // The element's English words, the fallback of every language, come with the element.
    addEnglish(enCheckIn);
    addEnglish(enSafety);
    addEnglish(enKeeping);
    addEnglish(enParts);
  }

  readonly #settings = new SettingsController(this);
  readonly #draft = new StoredController<unknown>(this, {
    settings: this.#settings,
    key: () => `${this.#prefix}:draft`,
    initial: undefined,
    debounce: 400,
  });
  readonly #reminder = new DailyReminder(this, {
    settings: this.#settings,
    announce: (text) => this.#announce(text),
    act: () => this.#act(),
    focus: (find) => (this.#focusAfterUpdate = find),
    level: () => this.#level(1),
  });
  readonly #history = new StoredController<unknown>(this, {
    settings: this.#settings,
    key: () => `${this.#prefix}:history`,
    initial: [],
    debounce: 0,
  });
  #observer?: MutationObserver;
  #questions: readonly string[] = [];
  #focusAfterUpdate?: () => HTMLElement | null | undefined;
  #undoTimer?: ReturnType<typeof setTimeout>;
  #undoHasFocus = false;
  #noticeAnnounced = false;
  /** Check-ins completed on this page: offered for download when the store could not keep them. */
  readonly #addedHere = new Map<string, CheckInEntry>();
  #entriesCache: { raw: unknown; list: CheckInEntry[] } = { raw: undefined, list: [] };
  #pendingHistory: { change: (stored: readonly unknown[]) => unknown[]; resolve: () => void }[] = [];

  /** `couple` (two partners on one device, answers revealed together) or `solo` (one person). */
  @property({ reflect: true }) mode: CheckInMode = 'couple';

  /** Adds an optional 1 to 5 "how close did you feel today", each point with its words. */
  @property({ type: Boolean, reflect: true }) scale = false;

  /** Shows past check-ins, their trend (with `scale`), export, import and print. */
  @property({ type: Boolean, reflect: true }) history = false;

  /** The first partner's name; wins over the provider's. */
  @property({ attribute: 'partner-a' }) partnerA = '';

  /** The second partner's name; wins over the provider's. */
  @property({ attribute: 'partner-b' }) partnerB = '';

  /**
   * The host's own questions, 1 to 5 texts, instead of the content's two. As an attribute,
   * a JSON array: `questions='["What made you laugh today?"]'`.
   */
  @property({ converter: questionsConverter }) questions?: readonly string[];

  /** Where this check-in keeps its draft and history in the store, so two check-ins on one site can keep separate histories. */
  @property({ attribute: 'storage-key' }) storageKey = 'check-in';

  /** The level of the check-in's title in the page's outline (2 to 6); its sections are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private _revealed?: { entry: CheckInEntry; saved: 'pending' | 'saved' | 'memory' | 'cancelled' };
  @state() private _emptyError = false;
  @state() private _announcement = '';
  @state() private _undo?: { entries: CheckInEntry[]; all: boolean };
  @state() private _copyBox?: { text: string; where: CopyPlace };
  @state() private _importMessage?: { text: string; error: boolean };
  @state() private _shown = HISTORY_PAGE;
  @state() private _printing = false;
  /** The trend chart's part, once it has loaded (or could not). */
  @state() private _chart?: 'failed' | Awaited<ReturnType<typeof parts.chart>>;
  #chartAsked = false;
  @state() private _lightQuestions?: unknown;

  /** The completed check-ins in the store, newest first (a copy). */
  get entries(): CheckInEntry[] {
    return [...this.#entries];
  }

  get #mode(): CheckInMode {
    return oneOf(TAG, 'mode', this.mode, checkInModes, 'couple');
  }

  get #prefix(): string {
    return (this.storageKey ?? '').trim() || 'check-in';
  }

  get #ui(): CheckInUi {
    return this.#settings.content.ui.checkIn;
  }

  get #lang(): string {
    return this.#settings.intlLang;
  }

  get #nameA(): string {
    return (this.partnerA ?? '').trim() || this.#settings.partnerA;
  }

  get #nameB(): string {
    return (this.partnerB ?? '').trim() || this.#settings.partnerB;
  }

  /** Solo: the one person's name, only when a host gave one. */
  get #soloName(): string {
    return (this.partnerA ?? '').trim() || this.#settings.settings?.partnerA || '';
  }

  get #currentDraft(): CheckInDraft {
    return readDraft(this.#draft.value, this.#mode) ?? emptyDraft(this.#mode);
  }

  get #storedList(): readonly unknown[] {
    const raw = this.#history.value;
    return Array.isArray(raw) ? (raw as unknown[]) : [];
  }

  get #entries(): CheckInEntry[] {
    const raw = this.#history.value;
    if (this.#entriesCache.raw !== raw) this.#entriesCache = { raw, list: newestFirst(Array.isArray(raw) ? raw : []) };
    return this.#entriesCache.list;
  }

  get #memoryOnly(): boolean {
    return this.#draft.memoryOnly || this.#history.memoryOnly;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readLightQuestions();
    this.#observer = new MutationObserver(() => this.#readLightQuestions());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
    clearTimeout(this.#undoTimer);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode')) void this.#mode; // warns once about an unknown mode
    this.#questions = this.#resolveQuestions();
    if (this.#history.loaded && this.#pendingHistory.length) {
      const pending = this.#pendingHistory.splice(0);
      void this.#changeHistory((stored) => pending.reduce<unknown[]>((list, p) => p.change(list), [...stored])).then(() => {
        for (const p of pending) p.resolve();
      });
    }
  }

  override updated(): void {
    if (this.#memoryOnly && !this.#noticeAnnounced) {
      this.#noticeAnnounced = true;
      this.#announce(this.#settings.content.ui.storageUnavailable);
    }
    const target = this.#focusAfterUpdate?.();
    if (target) {
      this.#focusAfterUpdate = undefined;
      target.focus();
    }
  }

  /** The check-ins as a versioned JSON export (the file "Download (JSON)" saves). */
  exportJson(entries: readonly CheckInEntry[] = this.#entries): string {
    const oldestFirst = [...entries].reverse();
    return stringifyEnvelope(EXPORT_KIND, EXPORT_VERSION, { entries: oldestFirst });
  }

  /** The check-ins as plain text that reads well as Markdown (what "Copy as text" copies). */
  exportText(entries: readonly CheckInEntry[] = this.#entries): string {
    const { checkIn } = this.#settings.content;
    const ui = this.#ui;
    const blocks: MarkdownBlock[] = [{ heading: checkIn.title, level: 1 }];
    for (const entry of entries) {
      const names = entry.responses.map((r) => r.name).filter(Boolean);
      blocks.push({ heading: this.#dayTime(entry.date, true), level: 2 });
      if (names.length) blocks.push({ paragraph: this.#list(names) });
      entry.questions.forEach((question, q) => {
        blocks.push({ heading: question, level: 3 });
        for (const response of entry.responses) {
          if (response.name) blocks.push({ paragraph: `${response.name}:` });
          const answer = response.answers[q] ?? '';
          blocks.push(answer ? { quote: answer } : { paragraph: `(${ui.blank})` });
        }
      });
      if (entry.responses.some((r) => r.rating !== null)) {
        blocks.push({ heading: checkIn.scaleQuestion, level: 3 });
        blocks.push({
          list: entry.responses.map((r) => (r.name ? `${r.name}: ${this.#ratingText(r.rating)}` : this.#ratingText(r.rating))),
        });
      }
    }
    return markdown(blocks);
  }

  // ----- what the questions are -----

  #readLightQuestions(): void {
    const list = this.querySelector(':scope > ol:not([slot]), :scope > ul:not([slot])');
    this._lightQuestions = list ? [...list.querySelectorAll('li')].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim()) : undefined;
  }

  #resolveQuestions(): readonly string[] {
    const fallback = this.#settings.content.checkIn.questions;
    const given = this.questions !== undefined && this.questions !== null ? this.questions : this._lightQuestions;
    if (given === undefined) return fallback;
    const checked = checkQuestions(given);
    if (typeof checked === 'string') {
      const source = given === this._lightQuestions ? 'the list inside it' : 'questions';
      warnOnce(`<${TAG}> ${source}: ${checked}. Using the default questions.`);
      return fallback;
    }
    return checked;
  }

  // ----- the check-in -----

  #setDraft(change: Partial<CheckInDraft>, now = false): void {
    this.#draft.set({ ...this.#currentDraft, ...change });
    // Before the stored draft has been read, the debounced save (or the page going away) saves
    // it, merged with what the read brings.
    if (now && this.#draft.loaded) void this.#draft.flush();
  }

  #turnIsEmpty(draft: CheckInDraft, who: 0 | 1): boolean {
    const written = this.#questions.some((_, q) => (draft.answers[who][q] ?? '').trim() !== '');
    return !written && !(this.scale && draft.ratings[who] !== null);
  }

  #goTo(step: DraftStep, announcement: string): void {
    this.#setDraft({ step }, true);
    this._emptyError = false;
    this._copyBox = undefined;
    this.#announce(announcement);
    this.#focusStepHeading();
  }

  #focusStepHeading(): void {
    this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#step-heading');
  }

  #stepOf(current: number): string {
    return this.#settings.format(this.#ui.stepOf, { current, total: 4 });
  }

  #complete(draft: CheckInDraft): void {
    const people = this.#mode === 'solo' ? [this.#soloName] : [this.#nameA, this.#nameB];
    const entry: CheckInEntry = {
      id: newId(),
      date: new Date().toISOString(),
      mode: this.#mode,
      questions: [...this.#questions],
      responses: people.map((name, i) => ({
        name,
        answers: this.#questions.map((_, q) => (draft.answers[i][q] ?? '').trim().slice(0, MAX_ANSWER_LENGTH)),
        rating: this.scale ? draft.ratings[i] : null,
      })),
    };
    const keep = this.dispatchEvent(new AllianceCheckInSubmitEvent(entry));
    this._revealed = { entry, saved: keep ? 'pending' : 'cancelled' };
    this._emptyError = false;
    this._copyBox = undefined;
    void this.#draft.clear();
    this.#focusStepHeading();
    if (!keep) {
      this.#announce(this.#ui.notKept);
      return;
    }
    this.#addedHere.set(entry.id, entry);
    // Said only once the store has answered: "saved" must be true when it is heard.
    void this.#changeHistory((stored) => mergeEntries(stored, [entry]).next).then(() => {
      if (this._revealed?.entry !== entry) return;
      const memory = this.#memoryOnly;
      this._revealed = { entry, saved: memory ? 'memory' : 'saved' };
      if (!memory) {
        this.#announce(this.#ui.saved);
      } else if (!this.#noticeAnnounced) {
        this.#noticeAnnounced = true;
        this.#announce(this.#settings.content.ui.storageUnavailable);
      }
    });
  }

  /**
   * Applies a change to the stored history and saves it at once. Before the history has
   * been read, the change waits for it (it is applied in willUpdate), so nothing stored is lost.
   */
  #changeHistory(change: (stored: readonly unknown[]) => unknown[]): Promise<void> {
    if (!this.#history.loaded) {
      return new Promise((resolve) => {
        this.#pendingHistory.push({ change, resolve });
        this.requestUpdate();
      });
    }
    const raw = this.#history.value;
    if (raw !== undefined && raw !== null && !Array.isArray(raw)) {
      // Something unreadable sits where the history belongs: keep it aside rather than overwrite it.
      void storeOf(this.#settings).set(`${this.#prefix}:history-unreadable:${Date.now()}`, raw);
    }
    this.#history.set(change(this.#storedList));
    return this.#history.flush();
  }

  #announce(text: string): void {
    if (!text) return;
    // The same words twice in a row would not be read again; a trailing no-break space makes them new.
    this._announcement = this._announcement === text ? `${text}\u00a0` : text;
  }

  /** A person did something: the Undo of an earlier delete goes away. */
  #act(): void {
    if (this._undo) this.#endUndo();
  }

  #startUndo(entries: CheckInEntry[], all: boolean): void {
    this._undo = { entries, all };
    this.#undoHasFocus = false;
    this.#armUndoTimer();
    this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#undo');
  }

  #armUndoTimer(): void {
    clearTimeout(this.#undoTimer);
    this.#undoTimer = setTimeout(() => {
      if (!this.#undoHasFocus) this.#endUndo();
    }, UNDO_MS);
  }

  #endUndo(): void {
    clearTimeout(this.#undoTimer);
    const hadFocus = this.#undoHasFocus;
    this._undo = undefined;
    this.#undoHasFocus = false;
    if (hadFocus) this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#history-heading');
  }

  #download(name: string, extension: string, text: string, type: string, where: CopyPlace): void {
    if (downloadText(datedFileName(name, extension), text, type)) {
      this.#announce(this.#ui.downloaded);
    } else {
      this.#showCopyBox(text, where);
    }
  }

  #showCopyBox(text: string, where: CopyPlace): void {
    this._copyBox = { text, where };
    this.#announce(this.#ui.copyRefused);
    this.#focusAfterUpdate = () => {
      const box = this.renderRoot.querySelector<HTMLTextAreaElement>('#copy-box');
      box?.select();
      return box;
    };
  }

  async #copy(text: string, where: CopyPlace): Promise<void> {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this._copyBox = undefined;
      this.#announce(this.#ui.copied);
    } catch {
      this.#showCopyBox(text, where);
    }
  }

  #importMessage(code: ImportProblemCode): string {
    const ui = this.#ui;
    switch (code) {
      case 'not-json':
        return ui.importNotJson;
      case 'newer-version':
        return ui.importNewer;
      case 'bad-data':
        return ui.importBadData;
      case 'too-large':
        return ui.importTooLarge;
      default:
        return ui.importNotExport;
    }
  }

  // ----- handlers (people's actions) -----

  #onAnswer = (event: Event): void => {
    this.#act();
    const field = event.target as HTMLTextAreaElement;
    const who = this.#currentDraft.step === 'b' ? 1 : 0;
    const index = Number(field.dataset.index);
    const draft = this.#currentDraft;
    const mine = this.#questions.map((_, q) => draft.answers[who][q] ?? '');
    mine[index] = field.value.slice(0, MAX_ANSWER_LENGTH);
    const answers: [string[], string[]] = [[...draft.answers[0]], [...draft.answers[1]]];
    answers[who] = mine;
    this._emptyError = false;
    this.#setDraft({ answers });
  };

  #onRating = (event: Event): void => {
    this.#act();
    const radio = event.target as HTMLInputElement;
    this.#setRating(Number(radio.value));
  };

  #onClearRating = (): void => {
    this.#act();
    this.#setRating(null);
    this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('input[type=radio]');
  };

  #setRating(value: number | null): void {
    const draft = this.#currentDraft;
    const ratings: [number | null, number | null] = [draft.ratings[0], draft.ratings[1]];
    ratings[draft.step === 'b' ? 1 : 0] = value;
    this._emptyError = false;
    this.#setDraft({ ratings }, true);
  }

  #onDone = (event: SubmitEvent): void => {
    event.preventDefault();
    this.#act();
    const draft = this.#currentDraft;
    const who = draft.step === 'b' ? 1 : 0;
    if (this.#turnIsEmpty(draft, who)) {
      this._emptyError = true;
      this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#answer-0');
      return;
    }
    if (this.#mode === 'solo') {
      this.#complete(draft);
    } else if (who === 0) {
      this.#goTo('handover', this.#settings.format(this.#ui.folded, { name: this.#nameA }));
    } else {
      this.#goTo('ready', this.#settings.format(this.#ui.folded, { name: this.#nameB }));
    }
  };

  #onStartSecond = (): void => {
    this.#act();
    this.#goTo('b', this.#stepOf(3));
  };

  #onBackToFirst = (): void => {
    this.#act();
    this.#goTo('a', this.#stepOf(1));
  };

  #onShowBoth = (): void => {
    this.#act();
    this.#complete(this.#currentDraft);
  };

  #onNewCheckIn = (): void => {
    this.#act();
    this._revealed = undefined;
    this._copyBox = undefined;
    this.#setDraft(emptyDraft(this.#mode), true);
    this.#announce(this.#mode === 'solo' ? '' : this.#stepOf(1));
    this.#focusStepHeading();
  };

  #onCopyRevealed = (): void => {
    this.#act();
    if (this._revealed) void this.#copy(this.exportText([this._revealed.entry]), 'reveal');
  };

  #onDownloadRevealed = (): void => {
    this.#act();
    if (this._revealed) this.#download(this.#ui.fileName, 'json', this.exportJson([this._revealed.entry]), 'application/json', 'reveal');
  };

  #onDownloadUnsaved = (): void => {
    this.#act();
    const unsaved = this.#unsavedEntries();
    if (unsaved.length) this.#download(this.#ui.fileName, 'json', this.exportJson(unsaved), 'application/json', 'notice');
    else this.#download(this.#ui.fileName, 'md', this.#turnText(), 'text/markdown', 'notice');
  };

  /** The check-ins saved here that the browser did not keep. */
  #unsavedEntries(): CheckInEntry[] {
    const present = new Set(this.#entries.map((e) => e.id));
    return newestFirst([...this.#addedHere.values()].filter((e) => present.has(e.id)));
  }

  /**
   * The answers of the turn on screen, as text: what the browser could not keep of the check-in
   * under way. Only this turn's, so a download never shows a partner's folded answers.
   */
  #turnText(): string {
    const answered = this.#turnAnswers().map(({ question, answer }) => `${question}\n${answer}`);
    return `${[this.#settings.content.checkIn.title, ...answered].join('\n\n')}\n`;
  }

  #turnAnswers(): { question: string; answer: string }[] {
    const draft = this.#currentDraft;
    const who = draft.step === 'b' ? 1 : 0;
    return this.#questions
      .map((question, q) => ({ question, answer: (draft.answers[who][q] ?? '').trim() }))
      .filter(({ answer }) => answer);
  }

  #onCopyAll = (): void => {
    this.#act();
    void this.#copy(this.exportText(), 'history');
  };

  #onDownloadText = (): void => {
    this.#act();
    this.#download(this.#ui.fileName, 'md', this.exportText(), 'text/markdown', 'history');
  };

  #onDownloadJson = (): void => {
    this.#act();
    this.#download(this.#ui.fileName, 'json', this.exportJson(), 'application/json', 'history');
  };

  #onPrint = async (): Promise<void> => {
    this.#act();
    this._printing = true;
    await this.updateComplete;
    window.print();
  };

  // The whole history goes on paper, not only the check-ins shown so far. Lit renders in a
  // microtask, which runs before the browser lays the page out for printing.
  #onBeforePrint = (): void => {
    this._printing = true;
  };

  #onAfterPrint = (): void => {
    this._printing = false;
  };

  #onShowOlder = (): void => {
    this.#act();
    const first = this.#entries[this._shown]?.id;
    this._shown += HISTORY_PAGE;
    this.#focusAfterUpdate = () =>
      [...this.renderRoot.querySelectorAll<HTMLElement>('details[data-id]')].find((d) => d.dataset.id === first)?.querySelector('summary');
  };

  #onImport = async (event: Event): Promise<void> => {
    this.#act();
    const result = await readImport(event.target as HTMLInputElement, {
      kind: EXPORT_KIND,
      version: EXPORT_VERSION,
      validate: validateExport,
    });
    if (!result) return;
    if (result === 'unloadable') {
      this.#setImportMessage(this.#settings.content.ui.partFailed, true);
      return;
    }
    if (result === 'unreadable') {
      this.#setImportMessage(this.#ui.importUnreadable, true);
      return;
    }
    if (!result.ok) {
      this.#setImportMessage(this.#importMessage(result.problems[0].code), true);
      return;
    }
    const { next, added } = mergeEntries(this.#storedList, result.value.data.entries);
    if (added.length) void this.#changeHistory(() => next);
    this.#setImportMessage(added.length ? plural(this.#ui.imported, this.#lang, added.length) : this.#ui.importNothingNew, false);
  };

  #setImportMessage(text: string, error: boolean): void {
    this._importMessage = { text, error };
    this.#announce(text);
  }

  #onDelete = (event: Event): void => {
    this.#act();
    const id = (event.currentTarget as HTMLElement).dataset.id;
    const entry = this.#entries.find((e) => e.id === id);
    if (!entry) return;
    void this.#changeHistory((stored) => withoutEntries(stored, new Set([entry.id])));
    this.#announce(this.#ui.deleted);
    this.#startUndo([entry], false);
    this.dispatchEvent(new AllianceCheckInDeleteEvent([entry.id], false));
  };

  #onDeleteAll = (): void => {
    this.#act();
    this.renderRoot.querySelector<HTMLDialogElement>('#confirm')?.showModal();
  };

  #onConfirmClose = (event: Event): void => {
    const dialog = event.currentTarget as HTMLDialogElement;
    const entries = this.#entries;
    if (dialog.returnValue !== 'delete' || entries.length === 0) {
      this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#delete-all');
      this.requestUpdate();
      return;
    }
    dialog.returnValue = '';
    const ids = entries.map((e) => e.id);
    void this.#changeHistory((stored) => withoutEntries(stored, new Set(ids)));
    this.#announce(this.#ui.deletedAll);
    this.#startUndo([...entries], true);
    this.dispatchEvent(new AllianceCheckInDeleteEvent(ids, true));
  };

  #onUndo = (): void => {
    const undo = this._undo;
    if (!undo) return;
    this.#endUndo();
    void this.#changeHistory((stored) => mergeEntries(stored, undo.entries).next);
    this.#announce(this.#ui.restored);
    const first = undo.entries[0].id;
    this.#focusAfterUpdate = () =>
      [...this.renderRoot.querySelectorAll<HTMLElement>('details[data-id]')].find((d) => d.dataset.id === first)?.querySelector('summary');
    this.dispatchEvent(new AllianceCheckInRestoreEvent(undo.entries));
  };

  #onUndoFocusIn = (): void => {
    this.#undoHasFocus = true;
  };

  #onUndoFocusOut = (): void => {
    this.#undoHasFocus = false;
    if (this._undo) this.#armUndoTimer();
  };

  // ----- formatting -----

  /** "Monday 23 November, 21:14" in the page's language; with the year for exports. */
  #dayTime(iso: string, withYear = false): string {
    return new Intl.DateTimeFormat(this.#lang, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: withYear ? 'numeric' : undefined,
      hour: 'numeric',
      minute: '2-digit',
    }).format(new Date(iso));
  }

  #list(names: readonly string[]): string {
    try {
      return new Intl.ListFormat(this.#lang, { type: 'conjunction' }).format(names);
    } catch {
      return names.join(', ');
    }
  }

  /** The trend chart, drawn by its own part, which loads the first time a history with ratings shows. */
  #renderTrend(entries: readonly CheckInEntry[], now: Date) {
    const chart = this._chart;
    if (chart && typeof chart === 'object') {
      return chart.renderTrend(
        {
          ui: this.#ui,
          checkIn: this.#settings.content.checkIn,
          lang: this.#lang,
          rtl: this.#isRtl(),
          scalePoints: SCALE_POINTS,
          format: (template, values) => this.#settings.format(template, values),
          ratingText: (rating) => this.#ratingText(rating),
        },
        entries,
        now,
      );
    }
    if (!this.#chartAsked) {
      this.#chartAsked = true;
      void loadPart(parts.chart).then((loaded) => (this._chart = loaded ?? 'failed'));
    }
    const ui = this.#settings.content.ui;
    return html`<div class="trend"><p class="hint">${chart === 'failed' ? ui.partFailed : ui.partLoading}</p></div>`;
  }

  #ratingText(rating: number | null): string {
    if (rating === null) return this.#ui.noRating;
    const label = this.#settings.content.checkIn.scaleLabels[rating - 1];
    return `${label} (${this.#settings.format(this.#ui.ratingValue, { value: rating, max: SCALE_POINTS })})`;
  }

  #isRtl(): boolean {
    try {
      return this.matches(':dir(rtl)');
    } catch {
      return getComputedStyle(this).direction === 'rtl';
    }
  }

  #level(offset: number): number {
    return Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 2) + offset);
  }

  // ----- render -----

  override render() {
    const { checkIn, ui } = this.#settings.content;
    return html`
      <section class="card" part="card" aria-labelledby="title">
        <div class="title" id="title" role="heading" aria-level=${this.#level(0)}>${checkIn.title}</div>
        <p class="intro">${checkIn.intro}</p>
        ${this.#memoryOnly ? renderStorageNotice(ui.storageUnavailable, this.#renderUnsavedAction()) : nothing}
        ${this._copyBox?.where === 'notice' ? this.#renderCopyBox(this._copyBox.text) : nothing}
        ${this.#renderStep()}
        <div class="footer">
          ${this.#reminder.render()}
          <div class="privacy">
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${lock}</svg>
            <slot name="privacy"><p>${this.#ui.privacy}</p></slot>
          </div>
          ${renderSafety(this.#settings)}
          <p class="credit">${renderCredit(checkIn.credit)}</p>
        </div>
      </section>
      ${this.history ? this.#renderHistory() : nothing}
      <div class="visually-hidden" role="status">${this._announcement}</div>
    `;
  }

  #renderUnsavedAction() {
    if (!this.#unsavedEntries().length && !this.#turnAnswers().length) return undefined;
    return html`<button type="button" class="secondary" @click=${this.#onDownloadUnsaved}>${this.#ui.downloadUnsaved}</button>`;
  }

  #renderStep() {
    if (this._revealed) return this.#renderReveal(this._revealed.entry, this._revealed.saved);
    const draft = this.#currentDraft;
    if (this.#mode === 'solo') return this.#renderTurn(draft, 0);
    switch (draft.step) {
      case 'handover':
        return this.#renderHandover();
      case 'b':
        return this.#renderTurn(draft, 1);
      case 'ready':
        return this.#renderReady();
      default:
        return this.#renderTurn(draft, 0);
    }
  }

  #renderStepHeading(text: string, step?: number) {
    return html`
      ${step ? html`<p class="step-of">${this.#settings.format(this.#ui.stepOf, { current: step, total: 4 })}</p>` : nothing}
      <div class="step-heading" id="step-heading" role="heading" aria-level=${this.#level(1)} tabindex="-1">${text}</div>
    `;
  }

  #renderFolded(name: string) {
    return html`<p class="folded">
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${lock}</svg>${this.#settings.format(this.#ui.folded, { name })}
    </p>`;
  }

  #renderTurn(draft: CheckInDraft, who: 0 | 1) {
    const ui = this.#ui;
    const solo = this.#mode === 'solo';
    const name = who === 0 ? this.#nameA : this.#nameB;
    const other = who === 0 ? this.#nameB : this.#nameA;
    const heading = solo ? ui.soloHeading : this.#settings.format(ui.turn, { name });
    const hint = solo ? ui.soloHint : this.#settings.format(who === 0 ? ui.turnHintFirst : ui.turnHintSecond, { other });
    const button = solo ? ui.save : who === 0 ? ui.foldAway : ui.finishTurn;
    const counter = new Intl.NumberFormat(this.#lang);
    return html`<form class="step" part="step" aria-labelledby="step-heading" novalidate @submit=${this.#onDone}>
      ${this.#renderStepHeading(heading, solo ? undefined : who === 0 ? 1 : 3)}
      <p class="hint">${hint}</p>
      ${who === 1 ? this.#renderFolded(this.#nameA) : nothing}
      ${this.#questions.map((question, q) => {
        const value = draft.answers[who][q] ?? '';
        const error = this._emptyError && q === 0;
        return html`<div class="field">
          <label for="answer-${q}">${question}</label>
          <textarea
            id="answer-${q}"
            data-index=${q}
            rows="3"
            dir="auto"
            maxlength=${MAX_ANSWER_LENGTH}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? `empty-error counter-${q}` : `counter-${q}`}
            .value=${live(value)}
            @input=${this.#onAnswer}
          ></textarea>
          ${error
            ? html`<p class="field-error" id="empty-error">${this.scale ? ui.emptyErrorScale : ui.emptyError}</p>`
            : nothing}
          <p class="counter" id="counter-${q}">
            ${this.#settings.format(ui.counter, { count: counter.format(value.length), max: counter.format(MAX_ANSWER_LENGTH) })}
          </p>
        </div>`;
      })}
      ${this.scale ? this.#renderScale(draft.ratings[who]) : nothing}
      <div class="actions">
        <button type="submit" class="primary">${button}</button>
      </div>
    </form>`;
  }

  #renderScale(rating: number | null) {
    const { checkIn } = this.#settings.content;
    return html`<fieldset class="scale">
      <legend>${checkIn.scaleQuestion} <span class="optional">${this.#ui.optional}</span></legend>
      <div class="points">
        ${checkIn.scaleLabels.map(
          (label, i) => html`<label class="point">
            <input type="radio" name="rating" value=${i + 1} .checked=${live(rating === i + 1)} @change=${this.#onRating} />
            <span class="point-number" aria-hidden="true">${i + 1}</span>
            <span class="point-label">${label}</span>
          </label>`,
        )}
      </div>
      ${rating !== null
        ? html`<button type="button" class="link" @click=${this.#onClearRating}>${this.#ui.clearRating}</button>`
        : nothing}
    </fieldset>`;
  }

  #renderHandover() {
    const ui = this.#ui;
    const next = this.#nameB;
    return html`<section class="step handover" part="step" aria-labelledby="step-heading">
      ${this.#renderStepHeading(this.#settings.format(ui.handOver, { name: next }), 2)}
      ${this.#renderFolded(this.#nameA)}
      <p class="hint">${this.#settings.format(ui.handOverText, { name: next })}</p>
      <div class="actions">
        <button type="button" class="primary" @click=${this.#onStartSecond}>${this.#settings.format(ui.startTurn, { name: next })}</button>
        <button type="button" class="secondary" @click=${this.#onBackToFirst}>${this.#settings.format(ui.backTo, { name: this.#nameA })}</button>
      </div>
    </section>`;
  }

  #renderReady() {
    const ui = this.#ui;
    return html`<section class="step ready" part="step" aria-labelledby="step-heading">
      ${this.#renderStepHeading(ui.readyHeading, 4)}
      ${this.#renderFolded(this.#nameA)} ${this.#renderFolded(this.#nameB)}
      <p class="hint">${ui.readyText}</p>
      <div class="actions">
        <button type="button" class="primary" @click=${this.#onShowBoth}>${ui.showBoth}</button>
      </div>
    </section>`;
  }

  #renderReveal(entry: CheckInEntry, saved: 'pending' | 'saved' | 'memory' | 'cancelled') {
    const ui = this.#ui;
    const solo = entry.mode === 'solo';
    return html`<section class="step reveal" part="step" aria-labelledby="step-heading">
      ${this.#renderStepHeading(solo ? ui.soloRevealHeading : ui.revealHeading)}
      <p class="when">${this.#dayTime(entry.date)}</p>
      ${this.#renderAnswers(entry, this.#level(2))}
      ${saved === 'saved' || saved === 'cancelled'
        ? html`<p class="kept">${saved === 'saved' ? ui.saved : ui.notKept}</p>`
        : nothing}
      <div class="actions no-print">
        <button type="button" class="secondary" @click=${this.#onCopyRevealed}>${ui.copyText}</button>
        <button type="button" class="secondary" @click=${this.#onDownloadRevealed}>${ui.downloadJson}</button>
        <button type="button" class="primary" @click=${this.#onNewCheckIn}>${ui.newCheckIn}</button>
      </div>
      ${this._copyBox?.where === 'reveal' ? this.#renderCopyBox(this._copyBox.text) : nothing}
    </section>`;
  }

  #renderAnswers(entry: CheckInEntry, level: number) {
    const ui = this.#ui;
    const { checkIn } = this.#settings.content;
    const pair = entry.responses.length > 1;
    const answer = (name: string, text: string, blank: boolean) =>
      html`<div class="answer">
        ${name ? html`<p class="who">${name}</p>` : nothing}
        <p class="text ${blank ? 'blank' : ''}" dir="auto">${text}</p>
      </div>`;
    return html`
      ${entry.questions.map(
        (question, q) => html`<div class="qa">
          <div class="question" role="heading" aria-level=${level}>${question}</div>
          <div class="answers ${pair ? 'pair' : ''}">
            ${entry.responses.map((r) => {
              const text = r.answers[q] ?? '';
              return answer(pair ? r.name : '', text || ui.blank, !text);
            })}
          </div>
        </div>`,
      )}
      ${entry.responses.some((r) => r.rating !== null)
        ? html`<div class="qa">
            <div class="question" role="heading" aria-level=${level}>${checkIn.scaleQuestion}</div>
            <div class="answers ${pair ? 'pair' : ''}">
              ${entry.responses.map((r) => answer(pair ? r.name : '', this.#ratingText(r.rating), r.rating === null))}
            </div>
          </div>`
        : nothing}
    `;
  }

  #renderCopyBox(text: string) {
    return html`<div class="copy-box no-print">
      <p class="field-error" id="copy-refused">${this.#ui.copyRefused}</p>
      <label for="copy-box">${this.#ui.copyBox}</label>
      <textarea id="copy-box" readonly rows="8" dir="auto" aria-describedby="copy-refused" .value=${text}></textarea>
    </div>`;
  }

  // ----- history -----

  #renderHistory() {
    const ui = this.#ui;
    const entries = this.#entries;
    const now = new Date();
    const thisMonth = entries.filter((e) => {
      const d = new Date(e.date);
      return d.getFullYear() === now.getFullYear() && d.getMonth() === now.getMonth();
    }).length;
    return html`<section class="card history" part="history" aria-labelledby="history-heading">
      <div class="title small-title" id="history-heading" role="heading" aria-level=${this.#level(1)} tabindex="-1">
        ${ui.historyHeading}
      </div>
      ${thisMonth ? html`<p class="month-count">${plural(ui.thisMonth, this.#lang, thisMonth)}</p>` : nothing}
      ${this._undo ? this.#renderUndo() : nothing}
      ${this.scale && entries.length ? this.#renderTrend(entries, now) : nothing}
      ${!this.#history.loaded ? nothing : entries.length ? this.#renderMonths(entries) : html`<p class="hint">${ui.historyEmpty}</p>`}
      <div class="tools no-print">
        <div class="tools-heading" role="heading" aria-level=${this.#level(2)}>${ui.keepHeading}</div>
        ${entries.length
          ? html`<div class="actions">
              <button type="button" class="secondary" @click=${this.#onCopyAll}>${ui.copyText}</button>
              <button type="button" class="secondary" @click=${this.#onDownloadText}>${ui.downloadText}</button>
              <button type="button" class="secondary" @click=${this.#onDownloadJson}>${ui.downloadJson}</button>
              <button type="button" class="secondary" @click=${this.#onPrint}>${ui.print}</button>
            </div>`
          : nothing}
        ${this._copyBox?.where === 'history' ? this.#renderCopyBox(this._copyBox.text) : nothing}
        <div class="import">
          <label for="import">${ui.importLabel}</label>
          <input
            id="import"
            type="file"
            accept=".json,application/json"
            aria-invalid=${this._importMessage?.error ? 'true' : 'false'}
            aria-describedby=${this._importMessage ? 'import-message import-hint' : 'import-hint'}
            @change=${this.#onImport}
          />
          <p class="hint small" id="import-hint">${ui.importHint}</p>
          ${this._importMessage
            ? html`<p class=${this._importMessage.error ? 'field-error' : 'field-ok'} id="import-message">${this._importMessage.text}</p>`
            : nothing}
        </div>
        ${entries.length
          ? html`<button type="button" class="danger" id="delete-all" @click=${this.#onDeleteAll}>${ui.deleteAll}</button>`
          : nothing}
      </div>
      <dialog id="confirm" aria-labelledby="confirm-heading" aria-describedby="confirm-text" @close=${this.#onConfirmClose}>
        <form method="dialog">
          <div class="step-heading" id="confirm-heading" role="heading" aria-level=${this.#level(2)}>
            ${plural(ui.confirmHeading, this.#lang, entries.length)}
          </div>
          <p id="confirm-text">${ui.confirmText}</p>
          <div class="actions">
            <button type="submit" value="keep" class="secondary" autofocus>${ui.confirmKeep}</button>
            <button type="submit" value="delete" class="danger">${ui.confirmDelete}</button>
          </div>
        </form>
      </dialog>
    </section>`;
  }

  #renderUndo() {
    const ui = this.#ui;
    return html`<div class="undo no-print" @focusin=${this.#onUndoFocusIn} @focusout=${this.#onUndoFocusOut}>
      <p>${this._undo?.all ? ui.deletedAll : ui.deleted}</p>
      <button type="button" class="secondary" id="undo" @click=${this.#onUndo}>${ui.undo}</button>
    </div>`;
  }

  #renderMonths(all: readonly CheckInEntry[]) {
    const entries = this._printing ? all : all.slice(0, this._shown);
    const older = all.length - entries.length;
    const monthFormat = new Intl.DateTimeFormat(this.#lang, { month: 'long', year: 'numeric' });
    const months: { label: string; entries: CheckInEntry[] }[] = [];
    for (const entry of entries) {
      const label = monthFormat.format(new Date(entry.date));
      const last = months[months.length - 1];
      if (last?.label === label) last.entries.push(entry);
      else months.push({ label, entries: [entry] });
    }
    return html`${months.map(
        (month) => html`<div class="month">
          <div class="month-heading" role="heading" aria-level=${this.#level(2)}>${month.label}</div>
          <ul class="entries">
            ${month.entries.map((entry) => this.#renderEntry(entry))}
          </ul>
        </div>`,
      )}
      ${older > 0
        ? html`<button type="button" class="secondary older no-print" @click=${this.#onShowOlder}>
            ${plural(this.#ui.showOlder, this.#lang, Math.min(older, HISTORY_PAGE))}
          </button>`
        : nothing}`;
  }

  #renderEntry(entry: CheckInEntry) {
    const names = entry.responses.map((r) => r.name).filter(Boolean);
    return html`<li>
      <details class="entry" data-id=${entry.id}>
        <summary>
          <span class="entry-title">
            <span class="entry-when">${this.#dayTime(entry.date)}</span>
            ${names.length ? html`<span class="entry-who">${this.#list(names)}</span>` : nothing}
          </span>
        </summary>
        <div class="entry-body">
          ${this.#renderAnswers(entry, this.#level(3))}
          <button type="button" class="link danger-link no-print" data-id=${entry.id} @click=${this.#onDelete}>
            ${this.#ui.deleteOne}
          </button>
        </div>
      </details>
    </li>`;
  }
}
