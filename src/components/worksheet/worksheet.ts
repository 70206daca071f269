import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SettingsController } from '../../controllers/settings.js';
import { enWorksheet } from '../../content/en/worksheet.js';
import { StoredController, storeOf } from '../../controllers/stored.js';
import { addEnglish, plural } from '../../content/locales.js';
import { renderCredit } from '../../content/credit.js';
import { renderSafety, safetyStyles } from '../shared/safety.js';
import { enSafety } from '../../content/en/safety.js';
import { enKeeping } from '../../content/en/keeping.js';
import { enParts } from '../../content/en/parts.js';
import type { Credit, Worksheet, WorksheetUi } from '../../content/types.js';
import { warnOnce } from '../../base/warn.js';
import { hostStyles, tokens } from '../../styles/tokens.js';
import { parseDate } from '../../export/dates.js';
import { loadPart, parts, readImport } from '../shared/parts.js';
import { downloadText } from '../../export/download.js';
import { datedFileName } from '../../export/file-name.js';
import { stringifyEnvelope } from '../../export/envelope.js';
import type { ImportProblemCode } from '../../export/json.js';
import { guideStyles } from '../shared/guide.styles.js';
import { renderStorageNotice, storageNoticeStyles } from '../shared/storage-notice.js';
import { dialogStyles } from '../shared/dialog.styles.js';
import {
  MAX_ANSWER_LENGTH,
  MAX_NAME_LENGTH,
  WORKSHEET_EXPORT_KIND,
  WORKSHEET_EXPORT_VERSION,
  allQuestions,
  closingKey,
  draftHasContent,
  draftToRevision,
  emptyDraft,
  newId,
  other,
  readClock,
  readDocument,
  readDraft,
  replaceDocument,
  revisionToDraft,
  turnKey,
  turnOrder,
  validateExport,
  worksheetPartners,
  worksheetSteps,
  type DraftStep,
  type Turn,
  type WorksheetClock,
  type WorksheetDocument,
  type WorksheetDraft,
  type WorksheetPartner,
  type WorksheetRevision,
  type WorksheetStep,
} from './worksheet.model.js';
import { documentMarkdown, formatDate, formatDay, groupAnswers, unsavedMarkdown } from './worksheet.text.js';
import { AllianceWorksheetCompleteEvent, AllianceWorksheetReviseEvent, AllianceWorksheetStepEvent } from './worksheet.events.js';
import { styles } from './worksheet.styles.js';

const TAG = 'alliance-worksheet';
/** The clock accepts plans from one minute to a long afternoon. */
const MAX_MINUTES = 600;
const MINUTE = 60_000;

const chevron = svg`<path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>`;
const chevronBack = svg`<path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>`;
const tick = svg`<path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>`;

type Confirm = 'import' | 'start-over' | 'stop-revising';

/**
 * The designed-alliance conversation (after zestWELLNESS's worksheet), walked through in
 * five steps and kept as a living document. Two partners set aside about 90 minutes; each
 * chooses 3 or 4 questions for the other from four sections; they take turns answering,
 * with notes; both answer the two closing questions; and the result is "our alliance",
 * dated, with everyone's answers. Later they can revise it (each revision is dated and the
 * earlier ones stay readable), set a day to revisit it by (with a calendar reminder), print
 * it, and keep it as text or as a JSON file that can be brought back.
 *
 * Everything is saved as people type (a reload continues at the same step, with the same
 * words): through `<alliance-provider>`'s store when there is one (`storage="none"` or a
 * host's adapter), else in localStorage. When the browser will not save, the conversation
 * still works, a polite notice says so once, and what is not saved is offered for download.
 *
 * Keyboard and screen readers: the steps are native forms (Enter in a name field goes on;
 * Next and Back are buttons), checkboxes in fieldsets, labelled text areas, a date input and
 * disclosures for earlier versions. On every move the focus goes to the new step's heading
 * and a polite live region says where they are ("Step 3 of 5: Taking turns"). Confirmations
 * are a modal `<dialog>` (https://www.w3.org/WAI/ARIA/apg/patterns/alertdialog/): Escape keeps
 * things as they are. Printing gives one clean document, without controls.
 *
 * @tagname alliance-worksheet
 * @summary The designed-alliance conversation for two partners, kept as a living document.
 * @fires {AllianceWorksheetStepEvent} alliance-worksheet-step - A person moved to another step (Next, Back, Finish, Revise, Stop revising, Start over, or an import that shows the alliance). `event.index` is 0 to 4, `event.step` is `setup`, `choosing`, `turns`, `closing` or `result`.
 * @fires {AllianceWorksheetCompleteEvent} alliance-worksheet-complete - A person finished the conversation and the alliance is saved; `event.document` is the whole document.
 * @fires {AllianceWorksheetReviseEvent} alliance-worksheet-revise - A person saved a revision; `event.revision` is the new revision, `event.number` its number, `event.document` the whole document.
 * @slot safety - Replaces the note on scope and safety. The provider's `safety-text` and `help-href` change it for every element.
 * @csspart card - The card around everything.
 * @csspart stepper - The list of the five steps with the current one marked.
 * @csspart step - The current step (a form), or the tools under the document.
 * @csspart document - The alliance itself: what prints.
 * @csspart clock - The gentle clock.
 * @csspart notice - The notice shown when this browser is not saving.
 * @csspart safety - The note on scope and safety (not therapy, not for a relationship where someone is afraid, where to turn).
 * @cssprop [--alliance-worksheet-max-width=48rem] - The widest the element grows.
 * @cssprop [--alliance-guide-padding=1.5rem] - Space inside the card.
 * @cssprop [--alliance-worksheet-clock-color=var(--alliance-color-accent)] - The gentle clock's bar (mixed softly with the surface).
 */
export class AllianceWorksheet extends LitElement {
  static override styles = [tokens, hostStyles, guideStyles, storageNoticeStyles, dialogStyles, safetyStyles, styles];

  static {
    // The element's English words, the fallback of every language, come with the element.
    addEnglish(enWorksheet);
    addEnglish(enSafety);
    addEnglish(enKeeping);
    addEnglish(enParts);
  }

  readonly #settings = new SettingsController(this);
  readonly #draftStore = new StoredController<unknown>(this, {
    settings: this.#settings,
    key: () => `${this.#prefix}:draft`,
    initial: undefined,
    debounce: 400,
  });
  readonly #documentStore = new StoredController<unknown>(this, {
    settings: this.#settings,
    key: () => `${this.#prefix}:document`,
    initial: undefined,
    debounce: 0,
  });
  readonly #clockStore = new StoredController<unknown>(this, {
    settings: this.#settings,
    key: () => `${this.#prefix}:clock`,
    initial: undefined,
    debounce: 0,
  });

  /** The first partner's name; wins over the provider's. People can also type it in the first step. */
  @property({ attribute: 'partner-a' }) partnerA = '';

  /** The second partner's name; wins over the provider's. */
  @property({ attribute: 'partner-b' }) partnerB = '';

  /** The planned length of the conversation for the gentle clock, in minutes (1 to 600). */
  @property({ type: Number }) minutes = 90;

  /** The level of the element's title in the page's outline (2 to 5); steps and sections sit below it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Where this worksheet keeps its draft, document and clock in the store, so two on one site stay apart. */
  @property({ attribute: 'storage-key' }) storageKey = 'worksheet';

  /** Shows the element as it prints: the document alone, without controls. */
  @property({ type: Boolean, reflect: true, attribute: 'print-preview' }) printPreview = false;

  @state() private _announcement = '';
  @state() private _choiceError?: { kind: 'too-few' } | { kind: 'too-many'; key: string };
  @state() private _closingErrors = false;
  @state() private _confirm?: Confirm;
  @state() private _importMessage?: { text: string; error: boolean };
  @state() private _copyBox?: string;
  @state() private _reminderMessage?: { text: string; error: boolean };
  /** The calendar code is on its way (`slow`: for more than a moment). */
  @state() private _reminderPart: 'idle' | 'loading' | 'slow' = 'idle';

  #focusAfterUpdate?: () => HTMLElement | null | undefined;
  #noticeAnnounced = false;
  #pendingImport?: WorksheetDocument;
  /** When the clock last started counting on this page (wall clock); undefined while paused. */
  #runningSince?: number;
  #clockTimer?: ReturnType<typeof setTimeout>;
  #documentCache: { raw: unknown; value: WorksheetDocument | undefined } = { raw: undefined, value: undefined };
  #draftCache: { raw: unknown; value: WorksheetDraft | undefined } = { raw: undefined, value: undefined };

  /** The saved alliance (every revision, oldest first), or undefined before there is one. */
  get alliance(): WorksheetDocument | undefined {
    const raw = this.#documentStore.value;
    if (this.#documentCache.raw !== raw) this.#documentCache = { raw, value: readDocument(raw) };
    return this.#documentCache.value;
  }

  /** The step on screen: `setup`, `choosing`, `turns`, `closing`, or `result` (the saved alliance). */
  get step(): WorksheetStep {
    return this.#draft?.step ?? (this.alliance ? 'result' : 'setup');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.#onPageHide);
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  override disconnectedCallback(): void {
    // The page (or the element) is going: the clock stops counting until someone resumes it.
    this.#pauseClock();
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.#onPageHide);
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('minutes')) void this.#minutes; // warns once about a bad value
    if (this.#memoryOnly && !this.#noticeAnnounced) {
      this.#noticeAnnounced = true;
      this.#announce(this.#settings.content.ui.storageUnavailable);
    }
  }

  override updated(): void {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('#confirm');
    if (dialog && this._confirm && !dialog.open) {
      dialog.returnValue = '';
      dialog.showModal();
    }
    const target = this.#focusAfterUpdate?.();
    if (target) {
      this.#focusAfterUpdate = undefined;
      target.focus();
    }
  }

  /** The alliance as it stands, as plain text that reads well as Markdown (what "Copy as text" copies). */
  exportMarkdown(): string {
    const alliance = this.alliance;
    return alliance ? documentMarkdown(alliance, this.#settings.content, this.#lang) : '';
  }

  /** The whole alliance, every revision included, as a versioned JSON export (what "Download (JSON)" saves). */
  exportJson(): string {
    const alliance = this.alliance;
    return alliance ? stringifyEnvelope(WORKSHEET_EXPORT_KIND, WORKSHEET_EXPORT_VERSION, { document: alliance }) : '';
  }

  // ----- what is where -----

  get #prefix(): string {
    return this.storageKey.trim() || 'worksheet';
  }

  get #ui(): WorksheetUi {
    return this.#settings.content.ui.worksheet;
  }

  get #worksheet(): Worksheet & { readonly credit: Credit } {
    return this.#settings.content.worksheet;
  }

  get #lang(): string {
    return this.#settings.intlLang;
  }

  get #minutes(): number {
    const value = Number(this.minutes);
    if (Number.isFinite(value) && value >= 1 && value <= MAX_MINUTES) return Math.round(value);
    const fallback = this.#worksheet.minutes;
    const shown = this.getAttribute('minutes') ?? String(this.minutes);
    warnOnce(`<${TAG}> minutes="${shown}" is not a number of minutes from 1 to ${MAX_MINUTES}; using ${fallback}.`);
    return fallback;
  }

  get #memoryOnly(): boolean {
    return this.#draftStore.memoryOnly || this.#documentStore.memoryOnly || this.#clockStore.memoryOnly;
  }

  get #draft(): WorksheetDraft | undefined {
    const raw = this.#draftStore.value;
    if (this.#draftCache.raw === raw) return this.#draftCache.value;
    let draft = readDraft(raw);
    // A conversation past the choosing with nothing chosen (an old or damaged record) resumes at the choosing.
    if (draft && (draft.step === 'turns' || draft.step === 'closing') && !this.#turns(draft).length) {
      draft = { ...draft, step: 'choosing', position: 0 };
    }
    this.#draftCache = { raw, value: draft };
    return draft;
  }

  /** The conversation under way, or a new one (not stored until someone changes something). */
  get #draftOrNew(): WorksheetDraft {
    return this.#draft ?? emptyDraft();
  }

  #level(offset: number): number {
    return Math.min(6, Math.min(5, Math.max(2, Math.trunc(this.headingLevel) || 2)) + offset);
  }

  /** The name the host gave (attribute, then provider), or ''. */
  #givenName(who: WorksheetPartner): string {
    const attribute = (who === 'a' ? this.partnerA : this.partnerB).trim();
    return attribute || (who === 'a' ? this.#settings.settings?.partnerA : this.#settings.settings?.partnerB) || '';
  }

  #name(who: WorksheetPartner, draft: WorksheetDraft = this.#draftOrNew): string {
    const typed = draft.names[who];
    // A name typed here wins; a field someone emptied means "no name", so the locale's.
    const fallback = who === 'a' ? this.#settings.content.ui.partnerA : this.#settings.content.ui.partnerB;
    if (typed !== undefined) return typed.trim() || fallback;
    return this.#givenName(who) || fallback;
  }

  #names(draft?: WorksheetDraft) {
    return { a: this.#name('a', draft), b: this.#name('b', draft) };
  }

  /** The questions a partner chose, among those the content still has. */
  #chosen(draft: WorksheetDraft, who: WorksheetPartner): string[] {
    const known = new Set(allQuestions(this.#worksheet).map((q) => q.key));
    return draft.choices[who].filter((key) => known.has(key));
  }

  #turns(draft: WorksheetDraft): Turn[] {
    return turnOrder(this.#worksheet, draft.choices);
  }

  // ----- changing things -----

  #setDraft(change: Partial<WorksheetDraft>, now = false): void {
    this.#draftStore.set({ ...this.#draftOrNew, ...change });
    if (now) void this.#draftStore.flush();
  }

  #announce(text: string): void {
    if (!text) return;
    // The same words twice in a row would not be read again; a trailing no-break space makes them new.
    this._announcement = this._announcement === text ? `${text}\u00a0` : text;
  }

  #stepAnnouncement(step: WorksheetStep): string {
    const index = worksheetSteps.indexOf(step);
    return this.#settings.format(this.#ui.stepAnnouncement, { current: index + 1, total: worksheetSteps.length, name: this.#ui.steps[index] });
  }

  #focusHeading(): void {
    this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#step-heading');
  }

  #clearMessages(): void {
    this._choiceError = undefined;
    this._closingErrors = false;
    this._copyBox = undefined;
    this._reminderMessage = undefined;
    this._importMessage = undefined;
  }

  /** A person moves to a step of the conversation under way. */
  #goTo(step: DraftStep, position: number, draft: WorksheetDraft = this.#draftOrNew): void {
    const from = this.step;
    this.#draftStore.set({ ...draft, step, position });
    void this.#draftStore.flush();
    this.#clearMessages();
    this.#focusHeading();
    if (from !== step) {
      this.#announce(this.#stepAnnouncement(step));
      this.#emitStep(step);
    }
  }

  #emitStep(step: WorksheetStep): void {
    this.dispatchEvent(new AllianceWorksheetStepEvent(worksheetSteps.indexOf(step), step));
  }

  /** Keeps something unreadable aside rather than overwriting it. */
  #keepAside(raw: unknown): void {
    if (raw !== undefined && raw !== null && readDocument(raw) === undefined) {
      void storeOf(this.#settings).set(`${this.#prefix}:document-unreadable:${Date.now()}`, raw);
    }
  }

  async #saveDocument(document: WorksheetDocument): Promise<void> {
    this.#keepAside(this.#documentStore.value);
    this.#documentStore.set(document);
    await this.#documentStore.flush();
  }

  #finish(draft: WorksheetDraft): void {
    const revision = draftToRevision(draft, this.#worksheet, this.#names(draft));
    const existing = this.alliance;
    const document: WorksheetDocument = existing
      ? { ...existing, revisions: [...existing.revisions, revision] }
      : { id: newId(), createdAt: revision.savedAt, revisitBy: '', revisions: [revision] };
    const saving = this.#saveDocument(document);
    void this.#draftStore.clear();
    this.#resetClock();
    this.#clearMessages();
    this.#focusHeading();
    const step = this.#stepAnnouncement('result');
    void saving.then(() => {
      const saved = existing ? this.#settings.format(this.#ui.savedRevision, { n: document.revisions.length }) : this.#ui.saved;
      if (!this.#memoryOnly) this.#announce(`${step} ${saved}`);
      else if (this.#noticeAnnounced) this.#announce(step);
      else {
        this.#noticeAnnounced = true;
        this.#announce(`${step} ${this.#settings.content.ui.storageUnavailable}`);
      }
    });
    this.#emitStep('result');
    this.dispatchEvent(existing ? new AllianceWorksheetReviseEvent(revision, document) : new AllianceWorksheetCompleteEvent(document));
  }

  // ----- the gentle clock -----

  get #clock(): WorksheetClock {
    return readClock(this.#clockStore.value);
  }

  #elapsed(clock: WorksheetClock = this.#clock): number {
    const running = this.#runningSince === undefined ? 0 : Math.max(0, Date.now() - this.#runningSince);
    return clock.elapsed + running;
  }

  /** Writes the time counted so far into the store (and keeps counting, if it was). */
  #checkpoint(): void {
    if (this.#runningSince === undefined) return;
    const clock = this.#clock;
    const elapsed = this.#elapsed(clock);
    this.#runningSince = Date.now();
    this.#clockStore.set({ ...clock, elapsed });
  }

  #scheduleTick(): void {
    clearTimeout(this.#clockTimer);
    if (this.#runningSince === undefined) return;
    // The display shows whole minutes: wake when the next one is reached.
    const wait = MINUTE - (this.#elapsed() % MINUTE) + 50;
    this.#clockTimer = setTimeout(() => {
      this.#checkpoint();
      this.requestUpdate();
      this.#scheduleTick();
    }, wait);
  }

  #pauseClock(): void {
    if (this.#runningSince === undefined) return;
    this.#checkpoint();
    this.#runningSince = undefined;
    clearTimeout(this.#clockTimer);
    void this.#clockStore.flush();
  }

  #resetClock(): void {
    this.#runningSince = undefined;
    clearTimeout(this.#clockTimer);
    void this.#clockStore.clear();
  }

  #onPageHide = (): void => {
    // The page may be going for good: the minutes so far are counted and saved now (the words
    // typed are saved by the stored values themselves).
    this.#checkpoint();
    void this.#clockStore.flush();
  };

  #onVisibility = (): void => {
    // A phone may close a hidden page without pagehide: keep the count safe, and keep counting.
    if (document.visibilityState === 'hidden') this.#onPageHide();
  };

  #onClockStart = (): void => {
    this.#runningSince = Date.now();
    this.#clockStore.set({ started: true, elapsed: 0, hidden: false } satisfies WorksheetClock);
    void this.#clockStore.flush();
    this.#scheduleTick();
    this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#clock-toggle');
  };

  #onClockToggle = (): void => {
    if (this.#runningSince === undefined) {
      this.#runningSince = Date.now();
      this.#scheduleTick();
      this.requestUpdate();
    } else {
      this.#pauseClock();
      this.requestUpdate();
    }
  };

  #onClockHide = (): void => {
    this.#clockStore.set({ ...this.#clock, elapsed: this.#elapsed(), hidden: true });
    if (this.#runningSince !== undefined) this.#runningSince = Date.now();
    this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#clock-show');
  };

  #onClockShow = (): void => {
    this.#clockStore.set({ ...this.#clock, elapsed: this.#elapsed(), hidden: false });
    if (this.#runningSince !== undefined) this.#runningSince = Date.now();
    this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#clock-hide');
  };

  // ----- the steps: people's actions -----

  #onName = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const who = input.dataset.who as WorksheetPartner;
    const draft = this.#draftOrNew;
    this.#setDraft({ names: { ...draft.names, [who]: input.value.slice(0, MAX_NAME_LENGTH) } });
  };

  #onSetupNext = (event: SubmitEvent): void => {
    event.preventDefault();
    this.#goTo('choosing', 0);
  };

  #onChoice = (event: Event): void => {
    const box = event.target as HTMLInputElement;
    const draft = this.#draftOrNew;
    const who: WorksheetPartner = draft.position === 1 ? 'b' : 'a';
    const chosen = this.#chosen(draft, who);
    const { max } = this.#worksheet.questionsPerPerson;
    if (box.checked && chosen.length >= max) {
      // Refused: the box goes back, and the message appears beside it.
      box.checked = false;
      this._choiceError = { kind: 'too-many', key: box.value };
      this.#announce(this.#settings.format(this.#ui.tooMany, { max }));
      return;
    }
    const next = box.checked ? [...chosen, box.value] : chosen.filter((key) => key !== box.value);
    if (this._choiceError?.kind === 'too-many' || next.length >= this.#worksheet.questionsPerPerson.min) this._choiceError = undefined;
    this.#setDraft({ choices: { ...draft.choices, [who]: next } }, true);
  };

  #onChoosingNext = (event: SubmitEvent): void => {
    event.preventDefault();
    const draft = this.#draftOrNew;
    const who: WorksheetPartner = draft.position === 1 ? 'b' : 'a';
    const count = this.#chosen(draft, who).length;
    const { min, max } = this.#worksheet.questionsPerPerson;
    if (count < min || count > max) {
      this._choiceError = { kind: 'too-few' };
      this.#announce(this.#settings.format(this.#ui.tooFew, { min, max }));
      this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('input[type=checkbox]');
      return;
    }
    if (who === 'a') {
      this.#setDraft({ position: 1 }, true);
      this.#clearMessages();
      this.#focusHeading();
      this.#announce(this.#chooseHeading('b', draft));
    } else {
      this.#goTo('turns', 0);
    }
  };

  #onChoosingBack = (): void => {
    const draft = this.#draftOrNew;
    if (draft.position === 1) {
      this.#setDraft({ position: 0 }, true);
      this.#clearMessages();
      this.#focusHeading();
      this.#announce(this.#chooseHeading('a', draft));
    } else {
      this.#goTo('setup', 0);
    }
  };

  #onAnswer = (event: Event): void => {
    const field = event.target as HTMLTextAreaElement;
    const draft = this.#draftOrNew;
    const key = field.dataset.key!;
    this.#setDraft({ answers: { ...draft.answers, [key]: field.value.slice(0, MAX_ANSWER_LENGTH) } });
  };

  #onTurnNext = (event: SubmitEvent): void => {
    event.preventDefault();
    const draft = this.#draftOrNew;
    const turns = this.#turns(draft);
    const position = Math.min(draft.position, turns.length - 1);
    if (position + 1 < turns.length) this.#moveTurn(draft, position + 1, turns);
    else this.#goTo('closing', 0);
  };

  #onTurnBack = (): void => {
    const draft = this.#draftOrNew;
    const turns = this.#turns(draft);
    const position = Math.min(draft.position, turns.length - 1);
    if (position > 0) this.#moveTurn(draft, position - 1, turns);
    else this.#goTo('choosing', 1);
  };

  #moveTurn(draft: WorksheetDraft, position: number, turns: readonly Turn[]): void {
    this.#setDraft({ position }, true);
    this.#clearMessages();
    this.#focusHeading();
    const turn = turns[position];
    this.#announce(
      this.#settings.format(this.#ui.turnAnnouncement, { current: position + 1, total: turns.length, name: this.#name(turn.answeredBy, draft) }),
    );
  }

  #onClosingBack = (): void => {
    const draft = this.#draftOrNew;
    this.#goTo('turns', Math.max(0, this.#turns(draft).length - 1));
  };

  #onFinish = (event: SubmitEvent): void => {
    event.preventDefault();
    const draft = this.#draftOrNew;
    const empty = this.#emptyClosing(draft);
    if (empty.length) {
      this._closingErrors = true;
      this.#announce(this.#ui.closingMissing);
      const first = empty[0];
      this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>(`#${first}`);
      return;
    }
    this.#finish(draft);
  };

  /** The ids of the closing fields still empty, in reading order. */
  #emptyClosing(draft: WorksheetDraft): string[] {
    return this.#worksheet.closing.flatMap((_, i) =>
      worksheetPartners.filter((who) => !(draft.answers[closingKey(who, i)] ?? '').trim()).map((who) => `closing-${who}-${i}`),
    );
  }

  // ----- the document: people's actions -----

  #onRevise = (): void => {
    const alliance = this.alliance;
    if (!alliance) return;
    const current = alliance.revisions[alliance.revisions.length - 1];
    this.#goTo('setup', 0, revisionToDraft(current, this.#worksheet));
  };

  #ask(confirm: Confirm): void {
    this._confirm = confirm;
  }

  #onStartOver = (): void => this.#ask('start-over');
  #onStopRevising = (): void => this.#ask('stop-revising');

  #onConfirmClose = (event: Event): void => {
    const dialog = event.currentTarget as HTMLDialogElement;
    const confirm = this._confirm;
    const yes = dialog.returnValue === 'yes';
    dialog.returnValue = '';
    this._confirm = undefined;
    if (confirm === 'import') {
      const imported = this.#pendingImport;
      this.#pendingImport = undefined;
      if (yes && imported) void this.#applyImport(imported);
      else this.#setImportMessage(this.#ui.importCancelled, false);
    } else if (confirm === 'start-over' && yes) {
      void this.#startOver();
    } else if (confirm === 'stop-revising' && yes) {
      void this.#draftStore.clear();
      this.#clearMessages();
      this.#focusHeading();
      this.#announce(this.#stepAnnouncement('result'));
      this.#emitStep('result');
    }
  };

  async #startOver(): Promise<void> {
    const from = this.step;
    this.#resetClock();
    this.#clearMessages();
    this.#focusHeading();
    this.#announce(this.#ui.startedOver);
    if (from !== 'setup') this.#emitStep('setup');
    await Promise.all([this.#draftStore.clear(), this.#documentStore.clear()]);
  }

  #onRevisitChange = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    const alliance = this.alliance;
    if (!alliance) return;
    const day = value && parseDate(value) ? value : '';
    this._reminderMessage = undefined;
    if (day === alliance.revisitBy) return;
    void this.#saveDocument({ ...alliance, revisitBy: day });
  };

  #onReminder = (): void => {
    const alliance = this.alliance;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#revisit');
    const day = input?.value || alliance?.revisitBy || '';
    if (!alliance || !parseDate(day)) {
      this._reminderMessage = { text: this.#ui.reminderNoDate, error: true };
      this.#announce(this.#ui.reminderNoDate);
      this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#revisit');
      return;
    }
    if (day !== alliance.revisitBy) void this.#saveDocument({ ...alliance, revisitBy: day });
    void this.#downloadReminder(alliance, day);
  };

  /** The calendar file, made by code that loads on the first press. */
  async #downloadReminder(alliance: WorksheetDocument, day: string): Promise<void> {
    if (this._reminderPart !== 'idle') return;
    this._reminderPart = 'loading';
    const calendar = await loadPart(parts.calendar, () => {
      if (this._reminderPart === 'loading') this._reminderPart = 'slow';
    });
    this._reminderPart = 'idle';
    if (!calendar) {
      const failed = this.#settings.content.ui.partFailed;
      this._reminderMessage = { text: failed, error: true };
      this.#announce(failed);
      return;
    }
    const ics = calendar.oneOffEventCalendar({
      date: day,
      summary: this.#ui.reminderSummary,
      description: this.#worksheet.livingDocument,
      uid: `${alliance.id}-revisit@alliance-elements`,
    });
    if (downloadText(`${this.#ui.reminderFileName}.ics`, ics, 'text/calendar')) {
      this._reminderMessage = { text: this.#ui.reminderDone, error: false };
      this.#announce(this.#ui.reminderDone);
    }
  }

  #onPrint = (): void => {
    window.print();
  };

  #download(extension: 'md' | 'json', text: string): void {
    const type = extension === 'md' ? 'text/markdown' : 'application/json';
    if (downloadText(datedFileName(this.#ui.fileName, extension), text, type)) this.#announce(this.#ui.downloaded);
    else this.#showCopyBox(text);
  }

  #showCopyBox(text: string): void {
    this._copyBox = text;
    this.#announce(this.#ui.copyRefused);
    this.#focusAfterUpdate = () => {
      const box = this.renderRoot.querySelector<HTMLTextAreaElement>('#copy-box');
      box?.select();
      return box;
    };
  }

  #onCopy = async (): Promise<void> => {
    const text = this.exportMarkdown();
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this._copyBox = undefined;
      this.#announce(this.#ui.copied);
    } catch {
      this.#showCopyBox(text);
    }
  };

  #onDownloadMarkdown = (): void => this.#download('md', this.exportMarkdown());
  #onDownloadJson = (): void => this.#download('json', this.exportJson());

  #onDownloadUnsaved = (): void => {
    const draft = this.#draft;
    const inProgress = draft ? draftToRevision(draft, this.#worksheet, this.#names(draft)) : undefined;
    this.#download('md', unsavedMarkdown(this.alliance, inProgress, this.#settings.content, this.#lang));
  };

  #importProblem(code: ImportProblemCode): string {
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

  #setImportMessage(text: string, error: boolean): void {
    this._importMessage = { text, error };
    this.#announce(text);
    if (error) this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#import');
  }

  #onImport = async (event: Event): Promise<void> => {
    const result = await readImport(event.target as HTMLInputElement, {
      kind: WORKSHEET_EXPORT_KIND,
      version: WORKSHEET_EXPORT_VERSION,
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
      this.#setImportMessage(this.#importProblem(result.problems[0].code), true);
      return;
    }
    const imported = result.value.data;
    if (this.alliance || draftHasContent(this.#draftOrNew)) {
      this.#pendingImport = imported;
      this.#ask('import');
    } else {
      await this.#applyImport(imported);
    }
  };

  async #applyImport(imported: WorksheetDocument): Promise<void> {
    const existing = this.alliance;
    const from = this.step;
    const saving = this.#saveDocument(replaceDocument(existing, imported));
    // In the first step a conversation barely begun (names at most) gives way to the file.
    if (!existing && !draftHasContent(this.#draftOrNew)) void this.#draftStore.clear();
    this.#setImportMessage(existing ? this.#ui.imported : this.#ui.importedNew, false);
    if (this.step !== from) {
      this.#focusHeading();
      this.#emitStep(this.step);
    }
    await saving;
  }

  // ----- render -----

  override render() {
    const { ui } = this.#settings.content;
    const loaded = this.#draftStore.loaded && this.#documentStore.loaded;
    const step = this.step;
    return html`
      <section class="card" part="card" aria-labelledby="title">
        <div class="title ${step === 'result' ? 'no-print' : ''}" id="title" role="heading" aria-level=${this.#level(0)}>
          ${this.#worksheet.title}
        </div>
        ${this.#memoryOnly
          ? html`<div class="no-print">
              ${renderStorageNotice(
                ui.storageUnavailable,
                html`<button type="button" class="button" @click=${this.#onDownloadUnsaved}>${this.#ui.downloadUnsaved}</button>`,
              )}
            </div>`
          : nothing}
        ${loaded ? this.#renderBody(step) : nothing}
        <div class="no-print">${renderSafety(this.#settings)}</div>
        <p class="credit ${step === 'result' ? '' : 'no-print'}">${renderCredit(this.#worksheet.credit)}</p>
      </section>
      ${this.#renderConfirm()}
      <div class="visually-hidden" role="status">${this._announcement}</div>
    `;
  }

  #renderBody(step: WorksheetStep) {
    const draft = this.#draft;
    return html`
      ${this.#renderStepper(step)}
      ${draft?.revising
        ? html`<div class="revising no-print">
            <p>${this.#ui.revisingNote}</p>
            <button type="button" class="link" @click=${this.#onStopRevising}>${this.#ui.stopRevising}</button>
          </div>`
        : nothing}
      ${step === 'result' ? nothing : this.#renderClock(step)}
      ${this.#renderStep(step)}
      ${draft && !draft.revising && step !== 'result'
        ? html`<div class="start-over no-print">
            <button type="button" class="link" id="start-over" @click=${this.#onStartOver}>${this.#ui.startOver}</button>
          </div>`
        : nothing}
    `;
  }

  #renderStepper(step: WorksheetStep) {
    const ui = this.#ui;
    const current = worksheetSteps.indexOf(step);
    return html`<div class="stepper no-print" part="stepper">
      <p class="step-of">${this.#settings.format(ui.stepOf, { current: current + 1, total: worksheetSteps.length })}</p>
      <ol class="steps" aria-label=${ui.stepsLabel}>
        ${ui.steps.map(
          (name, i) => html`<li class=${i < current ? 'done' : i === current ? 'current' : 'later'} aria-current=${ifDefined(i === current ? 'step' : undefined)}>
            <span class="step-number" aria-hidden="true">
              ${i < current ? html`<svg class="tick" viewBox="0 0 24 24">${tick}</svg>` : i + 1}
            </span>
            <span class="step-name">${name}</span>
          </li>`,
        )}
      </ol>
    </div>`;
  }

  #renderStep(step: WorksheetStep) {
    const draft = this.#draftOrNew;
    switch (step) {
      case 'choosing':
        return this.#renderChoosing(draft);
      case 'turns':
        return this.#renderTurns(draft);
      case 'closing':
        return this.#renderClosing(draft);
      case 'result':
        return this.#renderResult();
      default:
        return this.#renderSetup(draft);
    }
  }

  #renderHeading(text: string, kicker?: string) {
    return html`${kicker ? html`<p class="kicker">${kicker}</p>` : nothing}
      <div class="step-heading" id="step-heading" role="heading" aria-level=${this.#level(1)} tabindex="-1">${text}</div>`;
  }

  #renderActions(back: (() => void) | undefined, next: string, primary = false) {
    return html`<div class="actions no-print">
      ${back
        ? html`<button type="button" class="button secondary back" @click=${back}>
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${chevronBack}</svg>${this.#ui.back}
          </button>`
        : nothing}
      <button type="submit" class="button primary next">
        ${next}${primary ? nothing : html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${chevron}</svg>`}
      </button>
    </div>`;
  }

  #renderSetup(draft: WorksheetDraft) {
    const ui = this.#ui;
    const worksheet = this.#worksheet;
    const clock = this.#clock;
    return html`<form class="step" part="step" aria-labelledby="step-heading" novalidate @submit=${this.#onSetupNext}>
      ${this.#renderHeading(ui.steps[0])}
      <p>${worksheet.intro}</p>
      <div class="subheading" role="heading" aria-level=${this.#level(2)}>${ui.howToHeading}</div>
      <ul class="how-to">
        ${worksheet.howTo.map((line) => html`<li>${line}</li>`)}
      </ul>
      <fieldset class="group names">
        <legend>${ui.namesLegend}</legend>
        <div class="name-fields">
          ${worksheetPartners.map(
            (who) => html`<div class="field">
              <label for="name-${who}">${who === 'a' ? ui.nameA : ui.nameB}</label>
              <input
                id="name-${who}"
                data-who=${who}
                type="text"
                autocomplete="off"
                maxlength=${MAX_NAME_LENGTH}
                aria-describedby="names-hint"
                .value=${live(draft.names[who] ?? this.#givenName(who))}
                @input=${this.#onName}
              />
            </div>`,
          )}
        </div>
        <p class="hint" id="names-hint">${ui.namesHint}</p>
      </fieldset>
      ${clock.started
        ? nothing
        : html`<div class="group clock-setup no-print">
            <div class="subheading" role="heading" aria-level=${this.#level(2)}>${ui.clockHeading}</div>
            <p class="hint">${this.#settings.format(ui.clockHint, { minutes: this.#minutes })}</p>
            <div><button type="button" class="button" id="clock-start" @click=${this.#onClockStart}>${ui.clockStart}</button></div>
          </div>`}
      ${!this.alliance && !draftHasContent(draft)
        ? html`<details class="import-new no-print" ?open=${this._importMessage !== undefined}>
            <summary>${ui.importLabel}</summary>
            <div class="import-new-body">${this.#renderImport(ui.importHintNew)}</div>
          </details>`
        : nothing}
      ${this.#renderActions(undefined, ui.next)}
    </form>`;
  }

  #renderClock(step: WorksheetStep) {
    const ui = this.#ui;
    const clock = this.#clock;
    if (!clock.started) return nothing;
    if (clock.hidden) {
      return html`<div class="clock-hidden no-print">
        <button type="button" class="link" id="clock-show" @click=${this.#onClockShow}>${ui.clockShow}</button>
      </div>`;
    }
    const planned = this.#minutes;
    const used = Math.floor(this.#elapsed(clock) / MINUTE);
    const running = this.#runningSince !== undefined;
    const parts = [plural(ui.clockUsed, this.#lang, used)];
    parts.push(used >= planned ? this.#settings.format(ui.clockOver, { minutes: planned }) : plural(ui.clockLeft, this.#lang, planned - used));
    if (!running) parts.push(ui.clockPaused);
    return html`<div class="clock no-print" part="clock" data-step=${step}>
      <progress id="clock-bar" max=${planned} .value=${Math.min(used, planned)} aria-label=${ui.clockLabel} aria-describedby="clock-text"></progress>
      <p class="clock-text" id="clock-text">${parts.join(' · ')}</p>
      <div class="clock-actions">
        <button type="button" class="link" id="clock-toggle" @click=${this.#onClockToggle}>
          ${running ? ui.clockPause : ui.clockResume}
        </button>
        <button type="button" class="link" id="clock-hide" @click=${this.#onClockHide}>${ui.clockHide}</button>
      </div>
    </div>`;
  }

  #chooseHeading(who: WorksheetPartner, draft: WorksheetDraft): string {
    return this.#settings.format(this.#ui.chooseHeading, { name: this.#name(who, draft), other: this.#name(other(who), draft) });
  }

  #renderChoosing(draft: WorksheetDraft) {
    const ui = this.#ui;
    const worksheet = this.#worksheet;
    const who: WorksheetPartner = draft.position === 1 ? 'b' : 'a';
    const name = this.#name(who, draft);
    const otherName = this.#name(other(who), draft);
    const chosen = this.#chosen(draft, who);
    const { min, max } = worksheet.questionsPerPerson;
    const error = this._choiceError;
    const tooFew = error?.kind === 'too-few';
    return html`<form class="step" part="step" aria-labelledby="step-heading" novalidate @submit=${this.#onChoosingNext}>
      ${this.#renderHeading(this.#chooseHeading(who, draft), this.#settings.format(ui.choiceOf, { current: who === 'a' ? 1 : 2, total: 2 }))}
      <p class="hint" id="choose-hint">${this.#settings.format(ui.chooseHint, { name, other: otherName, min, max })}</p>
      <fieldset class="choices" aria-describedby=${tooFew ? 'choose-hint chosen-count choice-error' : 'choose-hint chosen-count'}>
        <legend>${this.#settings.format(ui.chooseLegend, { other: otherName })}</legend>
        <p class="count" id="chosen-count">${this.#settings.format(ui.chosenCount, { count: chosen.length, max })}</p>
        ${tooFew ? html`<p class="field-error" id="choice-error">${this.#settings.format(ui.tooFew, { min, max })}</p>` : nothing}
        ${worksheet.sections.map(
          (section) => html`<fieldset class="section">
            <legend>${section.title}</legend>
            ${section.questions.map((question, index) => {
              const key = `${section.id}:${index}`;
              const refused = error?.kind === 'too-many' && error.key === key;
              const describedBy = refused ? 'chosen-count refused' : tooFew ? 'chosen-count choice-error' : 'chosen-count';
              return html`<label class="choice">
                  <input
                    type="checkbox"
                    value=${key}
                    .checked=${live(chosen.includes(key))}
                    aria-invalid=${tooFew ? 'true' : 'false'}
                    aria-describedby=${describedBy}
                    @change=${this.#onChoice}
                  />
                  <span>${question}</span>
                </label>
                ${refused ? html`<p class="field-error refused" id="refused">${this.#settings.format(ui.tooMany, { max })}</p>` : nothing}`;
            })}
          </fieldset>`,
        )}
      </fieldset>
      ${this.#renderActions(this.#onChoosingBack, ui.next)}
    </form>`;
  }

  #renderTurns(draft: WorksheetDraft) {
    const ui = this.#ui;
    const turns = this.#turns(draft);
    if (!turns.length) return nothing;
    const position = Math.min(draft.position, turns.length - 1);
    const turn = turns[position];
    const name = this.#name(turn.answeredBy, draft);
    const key = turnKey(turn.answeredBy, turn.question.key);
    return html`<form class="step" part="step" aria-labelledby="step-heading" novalidate @submit=${this.#onTurnNext}>
      ${this.#renderHeading(this.#settings.format(ui.turnHeading, { name }), this.#settings.format(ui.questionOf, { current: position + 1, total: turns.length }))}
      <p class="hint">${this.#settings.format(ui.chosenBy, { section: turn.question.section.title, name: this.#name(other(turn.answeredBy), draft) })}</p>
      <p class="question" id="question">${turn.question.text}</p>
      <div class="field">
        <label for="notes">${this.#settings.format(ui.notesLabel, { name })}</label>
        <textarea
          id="notes"
          data-key=${key}
          rows="6"
          dir="auto"
          maxlength=${MAX_ANSWER_LENGTH}
          aria-describedby="question notes-hint"
          .value=${live(draft.answers[key] ?? '')}
          @input=${this.#onAnswer}
        ></textarea>
        <p class="hint" id="notes-hint">${ui.notesHint}</p>
      </div>
      ${this.#renderActions(this.#onTurnBack, ui.next)}
    </form>`;
  }

  #renderClosing(draft: WorksheetDraft) {
    const ui = this.#ui;
    const worksheet = this.#worksheet;
    return html`<form class="step" part="step" aria-labelledby="step-heading" novalidate @submit=${this.#onFinish}>
      ${this.#renderHeading(ui.steps[3])}
      <p class="hint">${ui.closingHint}</p>
      ${worksheet.closing.map(
        (question, i) => html`<fieldset class="group closing">
          <legend class="closing-question">${question}</legend>
          ${worksheetPartners.map((who) => {
            const key = closingKey(who, i);
            const id = `closing-${who}-${i}`;
            const value = draft.answers[key] ?? '';
            const error = this._closingErrors && !value.trim();
            return html`<div class="field">
              <label for=${id}>${this.#settings.format(ui.closingAnswer, { name: this.#name(who, draft) })}</label>
              <textarea
                id=${id}
                data-key=${key}
                rows="3"
                dir="auto"
                required
                maxlength=${MAX_ANSWER_LENGTH}
                aria-invalid=${error ? 'true' : 'false'}
                aria-describedby=${error ? `${id}-error` : nothing}
                .value=${live(value)}
                @input=${this.#onAnswer}
              ></textarea>
              ${error ? html`<p class="field-error" id="${id}-error">${ui.closingRequired}</p>` : nothing}
            </div>`;
          })}
        </fieldset>`,
      )}
      ${this.#renderActions(this.#onClosingBack, this.#draftOrNew.revising || this.alliance ? ui.saveRevision : ui.finish, true)}
    </form>`;
  }

  #renderResult() {
    const ui = this.#ui;
    const alliance = this.alliance;
    if (!alliance) return nothing;
    const count = alliance.revisions.length;
    const current = alliance.revisions[count - 1];
    return html`<article class="document" part="document" aria-labelledby="step-heading">
        <header class="document-head">
          <div class="document-title" id="step-heading" role="heading" aria-level=${this.#level(1)} tabindex="-1">${ui.documentHeading}</div>
          <p class="document-names">${this.#settings.format(ui.between, { a: current.partners.a, b: current.partners.b })}</p>
          <p class="document-meta">
            <span>${this.#settings.format(ui.designedOn, { date: formatDate(this.#lang, alliance.createdAt) })}</span>
            ${count > 1
              ? html`<span>${this.#settings.format(ui.lastRevisited, { date: formatDate(this.#lang, current.savedAt) })}</span>
                  <span>${this.#settings.format(ui.revision, { n: count })}</span>`
              : nothing}
          </p>
          ${alliance.revisitBy
            ? html`<p class="document-meta revisit-line">${this.#settings.format(ui.revisitByLine, { date: formatDay(this.#lang, alliance.revisitBy) })}</p>`
            : nothing}
        </header>
        ${this.#renderRevision(current, this.#level(2))}
        <p class="living">${this.#worksheet.livingDocument}</p>
      </article>
      ${this.#renderTools(alliance)}`;
  }

  #renderRevision(revision: WorksheetRevision, level: number) {
    const ui = this.#ui;
    const answer = (who: WorksheetPartner, text: string) =>
      html`<div class="answer">
        <p class="who">${revision.partners[who]}</p>
        <p class="text ${text ? '' : 'blank'}" dir="auto">${text || ui.noAnswer}</p>
      </div>`;
    return html`${groupAnswers(revision).map(
        (section) => html`<section class="document-section">
          <div class="section-title" role="heading" aria-level=${level}>${section.title}</div>
          ${section.questions.map(
            (question) => html`<div class="qa">
              <div class="qa-question" role="heading" aria-level=${Math.min(6, level + 1)}>${question.question}</div>
              ${question.answers.map((a) => answer(a.answeredBy, a.answer))}
            </div>`,
          )}
        </section>`,
      )}
      ${revision.closing.length
        ? html`<section class="document-section">
            <div class="section-title" role="heading" aria-level=${level}>${ui.closingHeading}</div>
            ${revision.closing.map(
              (item) => html`<div class="qa">
                <div class="qa-question" role="heading" aria-level=${Math.min(6, level + 1)}>${item.question}</div>
                ${answer('a', item.answers.a)} ${answer('b', item.answers.b)}
              </div>`,
            )}
          </section>`
        : nothing}`;
  }

  #renderTools(alliance: WorksheetDocument) {
    const ui = this.#ui;
    const earlier = alliance.revisions.slice(0, -1);
    const reminder = this._reminderMessage;
    return html`<div class="tools no-print" part="step">
      <div class="actions">
        <button type="button" class="button primary" id="revise" @click=${this.#onRevise}>${ui.revise}</button>
        <button type="button" class="button secondary" id="print" @click=${this.#onPrint}>${ui.print}</button>
      </div>

      <div class="group revisit">
        <div class="subheading" role="heading" aria-level=${this.#level(2)}>${ui.revisitHeading}</div>
        <div class="revisit-row">
          <div class="field">
            <label for="revisit">${ui.revisitLabel}</label>
            <input
              id="revisit"
              type="date"
              .value=${live(alliance.revisitBy)}
              aria-invalid=${reminder?.error ? 'true' : 'false'}
              aria-describedby=${reminder ? 'revisit-hint reminder-message' : 'revisit-hint'}
              @change=${this.#onRevisitChange}
            />
          </div>
          <button
            type="button"
            class="button secondary"
            id="reminder"
            aria-busy=${this._reminderPart === 'slow' ? 'true' : 'false'}
            @click=${this.#onReminder}
          >
            ${this._reminderPart === 'slow' ? this.#settings.content.ui.partLoading : ui.reminderButton}
          </button>
        </div>
        <p class="hint" id="revisit-hint">${ui.revisitHint}</p>
        ${reminder ? html`<p class=${reminder.error ? 'field-error' : 'field-ok'} id="reminder-message">${reminder.text}</p>` : nothing}
      </div>

      ${earlier.length
        ? html`<details class="earlier">
            <summary>${plural(ui.earlierVersions, this.#lang, earlier.length)}</summary>
            <ol class="versions">
              ${earlier
                .map((revision, i) => ({ revision, n: i + 1 }))
                .reverse()
                .map(
                  ({ revision, n }) => html`<li>
                    <details class="version" data-revision=${n}>
                      <summary>${this.#settings.format(ui.revisionSummary, { n, date: formatDate(this.#lang, revision.savedAt) })}</summary>
                      <div class="version-body">
                        <p class="hint">${ui.readOnly}</p>
                        <p class="document-names">${this.#settings.format(ui.between, { a: revision.partners.a, b: revision.partners.b })}</p>
                        ${this.#renderRevision(revision, this.#level(3))}
                      </div>
                    </details>
                  </li>`,
                )}
            </ol>
          </details>`
        : nothing}

      <div class="group keep">
        <div class="subheading" role="heading" aria-level=${this.#level(2)}>${ui.keepHeading}</div>
        <div class="actions">
          <button type="button" class="button secondary" id="copy" @click=${this.#onCopy}>${ui.copyMarkdown}</button>
          <button type="button" class="button secondary" id="download-md" @click=${this.#onDownloadMarkdown}>${ui.downloadMarkdown}</button>
          <button type="button" class="button secondary" id="download-json" @click=${this.#onDownloadJson}>${ui.downloadJson}</button>
        </div>
        ${this._copyBox !== undefined
          ? html`<div class="copy-box">
              <p class="field-error" id="copy-refused">${ui.copyRefused}</p>
              <label for="copy-box">${ui.copyBox}</label>
              <textarea id="copy-box" readonly rows="8" dir="auto" aria-describedby="copy-refused" .value=${this._copyBox}></textarea>
            </div>`
          : nothing}
        ${this.#renderImport(ui.importHint)}
      </div>

      <div class="start-over">
        <button type="button" class="link" id="start-over" @click=${this.#onStartOver}>${ui.startOver}</button>
      </div>
    </div>`;
  }

  #renderImport(hint: string) {
    const ui = this.#ui;
    const message = this._importMessage;
    return html`<div class="field import no-print">
      <label for="import">${ui.importLabel}</label>
      <input
        id="import"
        type="file"
        accept=".json,application/json"
        aria-invalid=${message?.error ? 'true' : 'false'}
        aria-describedby=${message ? 'import-message import-hint' : 'import-hint'}
        @change=${this.#onImport}
      />
      <p class="hint" id="import-hint">${hint}</p>
      ${message ? html`<p class=${message.error ? 'field-error' : 'field-ok'} id="import-message">${message.text}</p>` : nothing}
    </div>`;
  }

  #renderConfirm(): TemplateResult {
    const ui = this.#ui;
    const texts: Record<Confirm, { heading: string; text: string; yes: string; no: string }> = {
      import: { heading: ui.confirmImportHeading, text: ui.confirmImportText, yes: ui.confirmImport, no: ui.confirmImportKeep },
      'start-over': {
        heading: ui.confirmStartOverHeading,
        text: this.alliance ? ui.confirmStartOverText : ui.confirmStartOverDraft,
        yes: ui.confirmStartOver,
        no: ui.confirmStartOverKeep,
      },
      'stop-revising': {
        heading: ui.confirmStopRevisingHeading,
        text: ui.confirmStopRevisingText,
        yes: ui.confirmStopRevising,
        no: ui.confirmStopRevisingKeep,
      },
    };
    const words = this._confirm ? texts[this._confirm] : undefined;
    return html`<dialog id="confirm" class="no-print" aria-labelledby="confirm-heading" aria-describedby="confirm-text" @close=${this.#onConfirmClose}>
      ${words
        ? html`<form method="dialog">
            <div class="step-heading" id="confirm-heading" role="heading" aria-level=${this.#level(1)}>${words.heading}</div>
            <p id="confirm-text">${words.text}</p>
            <div class="actions">
              <button type="submit" value="no" class="button secondary" id="confirm-no" autofocus>${words.no}</button>
              <button type="submit" value="yes" class="button primary" id="confirm-yes">${words.yes}</button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }
}
