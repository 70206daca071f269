import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SettingsController } from '../../controllers/settings.js';
import { enCheckIn } from '../../content/en/check-in.js';
import { StoredController } from '../../controllers/stored.js';
import { StoredHistory } from './stored-history.js';
import { CheckInNames } from './check-in.names.js';
import { addEnglish } from '../../content/locales.js';
import { renderCredit } from '../../content/credit.js';
import { renderSafety, safetyStyles } from '../shared/safety.js';
import { enSafety } from '../../content/en/safety.js';
import { enKeeping } from '../../content/en/keeping.js';
import { enParts } from '../../content/en/parts.js';
import type { CheckInUi } from '../../content/types.js';
import { oneOf, warnOnce } from '../../base/warn.js';
import { hostStyles, tokens } from '../../styles/tokens.js';
import { controlStyles } from '../../styles/controls.js';
import { quietControlStyles } from '../../styles/quiet-controls.js';
import { CheckInParts } from './check-in.parts.js';
import { stringifyEnvelope } from '../../export/envelope.js';
import { downloadText } from '../../export/download.js';
import { datedFileName } from '../../export/file-name.js';
import { renderStorageNotice, storageNoticeStyles } from '../shared/storage-notice.js';
import { guideStyles } from '../shared/guide.styles.js';
import {
  EXPORT_KIND,
  EXPORT_VERSION,
  MAX_ANSWER_LENGTH,
  checkInModes,
  checkQuestions,
  emptyDraft,
  mergeEntries,
  newId,
  questionsConverter,
  readDraft,
  type CheckInDraft,
  type CheckInEntry,
  type CheckInMode,
  type DraftStep,
} from './entries.js';
import { checkInsText, dayTime, listNames, ratingText, turnText, type CheckInWords } from './check-in.text.js';
import { lock, renderAnswers, renderHandover, renderReady, renderReveal, renderStart, renderTurn, type Saved, type StepView } from './check-in.view.js';
import { AllianceCheckInSubmitEvent } from './check-in.submit.js';
import { styles } from './check-in.styles.js';

export { checkInModes, type CheckInMode };

const TAG = 'alliance-check-in';

/**
 * The end-of-day collaboration check-in: two short questions (what did I do today that
 * helped you feel close; what made you draw away), answered by a couple on one device, or
 * by one person. In couple mode a short first screen says how it goes (and asks the partners'
 * names when the page gave none; they are kept in the store under `partners`, for the next
 * check-in and for the worksheet); then the first partner answers, each question naming the
 * other ("What did Sam do today that helped you feel close?"), the answers fold away (they
 * leave the screen and the accessibility tree), the device goes to the second partner, and
 * both answers are shown side by side only when someone presses "Show both". What to do next
 * (a copy, a daily reminder) comes after that, not before. One person's check-in is worded
 * for one.
 *
 * Two phones (`mode="two-devices"`): the first partner answers and sends the answers to the
 * second in a private link to this page (the device's share sheet, copy, or a QR code), whose
 * fragment carries them compressed, and encrypted with a word the partners agree on if they
 * choose one; browsers never send a fragment to a server. The second partner opens it, answers
 * while the first partner's answers stay folded, sees both, saves, and sends both back; the
 * first phone opens that link and saves the same check-in. No account, no server: the words
 * are only in the link and on the two phones.
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
 * Parts a person may never use load the first time they are needed (history.ts with the
 * record-keeping part, the chart, the reminder, the calendar file): `updateComplete`
 * resolves once the parts asked for have arrived (or have said they could not).
 *
 * @tagname alliance-check-in
 * @summary The end-of-day check-in for a couple (or one person), with a private history.
 * @slot privacy - Replaces the note on where the answers are kept and who can read them (replace it when your own storage adapter sends them elsewhere).
 * @fires {AllianceCheckInSubmitEvent} alliance-check-in-submit - A person completed a check-in. Cancelable: `preventDefault()` keeps it out of this browser's store (the element still shows it and offers its export). Fields: `entry`, `id`, `date` (ISO), `mode`, `questions`, `partners` (names), `answers` (one list per person), `rating` (one per person, 1 to 5 or null).
 * @fires {AllianceCheckInShareEvent} alliance-check-in-share - With `mode="two-devices"`: a private link for the partner's phone is ready (`url`, `step` `first` or `both`, `id`, `locked`). Cancelable: `preventDefault()` and the page sends it its own way.
 * @fires {AllianceCheckInReceiveEvent} alliance-check-in-receive - With `mode="two-devices"`: a link from the partner's phone was opened and checked (`data`: `step`, `id`, `date`, `names`, `questions`, `responses`; `locked`). Nothing of it is stored until a person saves.
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
 * @cssprop [--alliance-check-in-series-b=var(--alliance-color-text-muted)] - Colour of the second partner's line in the chart (dashed, with square markers).
 */
export class AllianceCheckIn extends LitElement {
  static override styles = [tokens, hostStyles, controlStyles, quietControlStyles, guideStyles, storageNoticeStyles, safetyStyles, styles];

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
    here: ['step'],
  });
  readonly #history = new StoredHistory(this, this.#settings, () => this.#prefix);
  readonly #names = new CheckInNames(this, this.#settings, () => [this.partnerA, this.partnerB]);
  readonly #parts: CheckInParts = new CheckInParts({
    element: this,
    settings: this.#settings,
    entries: () => this.#history.entries,
    loaded: () => this.#history.loaded,
    scale: () => this.scale,
    changeHistory: (change) => this.#history.change(change),
    storedList: () => this.#history.list,
    level: (offset) => this.#level(offset),
    announce: (text) => this.#announce(text),
    focus: (find) => (this.#focusAfterUpdate = find),
    exportText: (entries) => this.exportText(entries),
    exportJson: (entries) => this.exportJson(entries),
    renderAnswers: (entry, level) => renderAnswers(this.#words, entry, level),
    dayTime: (iso) => dayTime(this.#lang, iso),
    list: (names) => listNames(this.#lang, names),
    ratingText: (rating) => ratingText(this.#words, rating),
    act: () => this.#act(),
    solo: () => this.#mode === 'solo',
    two: {
      questions: () => this.#questions,
      name: (who) => this.#name(who),
      draft: () => this.#currentDraft,
      goTo: (step, said) => this.#goTo(step, said),
      keep: (entry, rest) => this.#keep(entry, rest),
    },
  });
  #observer?: MutationObserver;
  #questions: readonly string[] = [];
  #focusAfterUpdate?: () => HTMLElement | null | undefined;
  #noticeAnnounced = false;

  /**
   * `couple` (two partners on one device, answers revealed together), `solo` (one person) or
   * `two-devices` (each partner on their own phone: the answers go between them in a private
   * link, and each phone keeps the same check-in).
   */
  @property() mode: CheckInMode = 'couple';

  /** Adds an optional 1 to 5 "how close did you feel today", each point with its words. */
  @property({ type: Boolean }) scale = false;

  /** Shows past check-ins, their trend (with `scale`), export, import and print. */
  @property({ type: Boolean }) history = false;

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

  @state() private _revealed?: { entry: CheckInEntry; saved: Saved };
  @state() private _emptyError = false;
  @state() private _announcement = '';
  @state() private _lightQuestions?: unknown;

  /** The completed check-ins in the store, newest first (a copy). */
  get entries(): CheckInEntry[] {
    return [...this.#history.entries];
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

  get #words(): CheckInWords {
    const { ui, checkIn } = this.#settings.content;
    return { lang: this.#lang, ui: ui.checkIn, checkIn, format: (template, values) => this.#settings.format(template, values) };
  }

  get #currentDraft(): CheckInDraft {
    return readDraft(this.#draft.value, this.#mode) ?? emptyDraft(this.#mode);
  }

  get #memoryOnly(): boolean {
    return this.#draft.memoryOnly || this.#history.memoryOnly;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readLightQuestions();
    this.#observer = new MutationObserver(() => this.#readLightQuestions());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode')) void this.#mode; // warns once about an unknown mode
    if (this.history) this.#parts.wantHistory();
    this.#questions = this.#resolveQuestions();
  }

  override updated(): void {
    // Two phones: the part that sends and reads links loads (once).
    if (this.#mode === 'two-devices') this.#parts.wantTwo();
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

  /** Resolves after the render, and after the parts on their way have arrived and rendered too. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#parts.loading.settled(() => super.getUpdateComplete());
  }

  /** The check-ins as a versioned JSON export (the file "Download (JSON)" saves). */
  exportJson(entries: readonly CheckInEntry[] = this.#history.entries): string {
    const oldestFirst = [...entries].reverse();
    return stringifyEnvelope(EXPORT_KIND, EXPORT_VERSION, { entries: oldestFirst });
  }

  /** The check-ins as plain text that reads well as Markdown (what "Copy as text" copies). */
  exportText(entries: readonly CheckInEntry[] = this.#history.entries): string {
    return checkInsText(this.#words, entries);
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
    this.#parts.keeper?.clear();
    this.#announce(announcement);
    this.#focusStepHeading();
  }

  #focusStepHeading(): void {
    this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#step-heading');
  }

  #stepOf(current: number): string {
    return this.#settings.format(this.#ui.stepOf, { current, total: 4 });
  }

  /** The name of partner `who` for the check-in on screen: a link's while one is answered. */
  #name(who: 0 | 1): string {
    return this.#parts.two?.name(who) ?? this.#names.name(who);
  }

  #complete(draft: CheckInDraft): void {
    // With two phones, a check-in that came in a link completes with the link's answers.
    if (this.#parts.two?.complete(draft)) return;
    const people = this.#mode === 'solo' ? [this.#names.page(0)] : [this.#name(0), this.#name(1)];
    this.#keep({
      id: newId(),
      date: new Date().toISOString(),
      mode: this.#mode,
      questions: [...this.#questions],
      responses: people.map((name, i) => ({
        name,
        answers: this.#questions.map((_, q) => (draft.answers[i][q] ?? '').trim().slice(0, MAX_ANSWER_LENGTH)),
        rating: this.scale ? draft.ratings[i] : null,
      })),
    });
  }

  /** Keeps a completed check-in: the submit event, the store, the reveal. `rest`: the draft to leave (none: cleared). */
  #keep(entry: CheckInEntry, rest?: CheckInDraft): void {
    const keep = this.dispatchEvent(new AllianceCheckInSubmitEvent(entry));
    this._revealed = { entry, saved: keep ? 'pending' : 'cancelled' };
    this._emptyError = false;
    this.#parts.keeper?.clear();
    if (rest) this.#setDraft(rest, true);
    else void this.#draft.clear();
    this.#parts.two?.kept(entry);
    this.#focusStepHeading();
    if (!keep) {
      this.#announce(this.#ui.notKept);
      return;
    }
    this.#history.addedHere(entry);
    // Said only once the store has answered: "saved" must be true when it is heard.
    void this.#history.change((stored) => mergeEntries(stored, [entry]).next).then(() => {
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

  #announce(text: string): void {
    if (!text) return;
    // The same words twice in a row would not be read again; a trailing no-break space makes them new.
    this._announcement = this._announcement === text ? `${text}\u00a0` : text;
  }

  /** A person did something: the Undo of an earlier delete goes away. */
  #act(): void {
    this.#parts.keeper?.act();
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
    // With two phones the second partner has answered last: both show at once.
    if (this.#mode === 'solo' || (who && this.#mode === 'two-devices')) {
      this.#complete(draft);
    } else if (who === 0) {
      this.#goTo('handover', this.#settings.format(this.#ui.folded, { name: this.#name(0) }));
    } else {
      this.#goTo('ready', this.#settings.format(this.#ui.folded, { name: this.#name(1) }));
    }
  };

  #onBegin = (event: SubmitEvent): void => {
    event.preventDefault();
    // Until the draft has been read, a check-in under way may be about to show instead.
    if (!this.#draft.loaded) return;
    this.#act();
    this.#goTo('a', this.#stepOf(1));
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
    this.#parts.keeper?.clear();
    // A second check-in the same evening goes straight to the questions.
    this.#setDraft({ ...emptyDraft(this.#mode), step: 'a' }, true);
    this.#announce(this.#mode === 'solo' ? '' : this.#stepOf(1));
    this.#focusStepHeading();
  };

  #onCopyRevealed = (): void => {
    this.#act();
    if (this._revealed) void this.#parts.copy(this.exportText([this._revealed.entry]), 'reveal');
  };

  #onDownloadRevealed = (): void => {
    this.#act();
    if (this._revealed) void this.#parts.download('json', this.exportJson([this._revealed.entry]), 'reveal');
  };

  #onDownloadUnsaved = (): void => {
    this.#act();
    const unsaved = this.#history.unsaved;
    const [extension, text, type] = unsaved.length
      ? (['json', this.exportJson(unsaved), 'application/json'] as const)
      : (['md', turnText(this.#settings.content.checkIn.title, this.#turnAnswers()), 'text/markdown'] as const);
    // No part to wait for: the browser is not saving, and this must work offline too.
    if (downloadText(datedFileName(this.#ui.fileName, extension), text, type)) this.#announce(this.#ui.downloaded);
    else void this.#parts.keeping('notice').then((keeper) => keeper?.showCopyBox(text, 'notice'));
  };

  /**
   * The answers of the turn on screen: what the browser could not keep of the check-in under
   * way. Only this turn's, so a download never shows a partner's folded answers.
   */
  #turnAnswers(): { question: string; answer: string }[] {
    const draft = this.#currentDraft;
    const who = draft.step === 'b' ? 1 : 0;
    return this.#questions
      .map((question, q) => ({ question, answer: (draft.answers[who][q] ?? '').trim() }))
      .filter(({ answer }) => answer);
  }

  #level(offset: number): number {
    return Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 2) + offset);
  }

  // ----- render -----

  override render() {
    const { checkIn, ui } = this.#settings.content;
    const solo = this.#mode === 'solo';
    const revealed = !!this._revealed;
    // What it is, how it stays private and where it comes from, said once at the start; the
    // reminder and the credit again once it is saved. The safety note is always there.
    const opening = !revealed && (solo || this.#currentDraft.step === 'start');
    return html`
      <section class="card" part="card" aria-labelledby="title">
        <div class="title" id="title" role="heading" aria-level=${this.#level(0)}>${checkIn.title}</div>
        ${opening ? html`<p class="intro">${solo ? checkIn.soloIntro : checkIn.intro}</p>` : nothing}
        ${this.#memoryOnly ? renderStorageNotice(ui.storageUnavailable, this.#renderUnsavedAction()) : nothing}
        ${this.#parts.renderPlace('notice')} ${this.#renderStep()}
        <div class="footer">
          ${revealed ? this.#parts.renderReminder() : nothing}
          ${opening
            ? html`<div class="privacy">
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${lock}</svg>
                <slot name="privacy"><p>${this.#ui.privacy}</p></slot>
              </div>`
            : nothing}
          ${renderSafety(this.#settings)} ${opening || revealed ? html`<p class="credit">${renderCredit(checkIn.credit)}</p>` : nothing}
        </div>
      </section>
      ${this.history ? this.#parts.renderHistory() : nothing}
      <div class="visually-hidden" role="status">${this._announcement}</div>
    `;
  }

  #renderUnsavedAction() {
    if (!this.#history.unsaved.length && !this.#turnAnswers().length) return undefined;
    return html`<button type="button" class="secondary" @click=${this.#onDownloadUnsaved}>${this.#ui.downloadUnsaved}</button>`;
  }

  #stepView(level = this.#level(1)): StepView {
    return { ...this.#words, level, scale: this.scale, emptyError: this._emptyError, solo: this.#mode === 'solo' };
  }

  #renderStep() {
    if (this._revealed) return this.#renderReveal(this._revealed.entry, this._revealed.saved);
    const draft = this.#currentDraft;
    if (this.#mode === 'solo') return this.#renderTurn(draft, 0);
    const two = this.#mode === 'two-devices' || this.#parts.two ? this.#parts.renderTwo(draft) : undefined;
    if (two) return two;
    switch (draft.step) {
      case 'start':
        return renderStart(this.#stepView(), this.#names.given ? undefined : this.#names.typed, { begin: this.#onBegin, name: this.#names.onInput });
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

  #renderTurn(draft: CheckInDraft, who: 0 | 1) {
    const ui = this.#ui;
    const solo = this.#mode === 'solo';
    const two = this.#mode === 'two-devices';
    const name = who === 0 ? this.#name(0) : this.#name(1);
    const other = who === 0 ? this.#name(1) : this.#name(0);
    const { checkIn } = this.#settings.content;
    // The content's questions, as the writer reads them: about the other, by name (a host's own stay as written).
    const questions = !solo && this.#questions === checkIn.questions ? checkIn.questionsAbout.map((q) => this.#settings.format(q, { name: other })) : this.#questions;
    return renderTurn(
      this.#stepView(),
      {
        questions,
        answers: draft.answers[who],
        rating: draft.ratings[who],
        heading: solo ? ui.soloHeading : this.#settings.format(ui.turn, { name }),
        // With two phones nothing folds away on the first phone, and there are no four steps.
        hint: solo || (two && !who) ? ui.soloHint : this.#settings.format(who ? ui.turnHintSecond : ui.turnHintFirst, { other }),
        button: solo ? ui.save : who || two ? ui.finishTurn : ui.foldAway,
        step: solo || two ? undefined : who === 0 ? 1 : 3,
        folded: who === 1 ? this.#name(0) : undefined,
      },
      { submit: this.#onDone, answer: this.#onAnswer, rating: this.#onRating, clearRating: this.#onClearRating },
    );
  }

  #renderHandover() {
    return renderHandover(this.#stepView(), this.#name(0), this.#name(1), { start: this.#onStartSecond, back: this.#onBackToFirst });
  }

  #renderReady() {
    return renderReady(this.#stepView(), this.#name(0), this.#name(1), this.#onShowBoth);
  }

  #renderReveal(entry: CheckInEntry, saved: Saved) {
    // With two phones, what goes back to the first comes before the way to a new check-in.
    return html`${renderReveal(
      this.#stepView(),
      entry,
      saved,
      this.#level(2),
      {
        copy: this.#onCopyRevealed,
        download: this.#onDownloadRevealed,
        again: this.#onNewCheckIn,
      },
      this.#parts.two?.renderAfterReveal(entry),
    )}${this.#parts.renderPlace('reveal')}`;
  }
}
