import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SettingsController } from '../../controllers/settings.js';
import { enWorksheet } from '../../content/en/worksheet.js';
import { StoredController, storeOf } from '../../controllers/stored.js';
import { addEnglish } from '../../content/locales.js';
import { renderCredit } from '../../content/credit.js';
import { renderSafety, safetyStyles } from '../shared/safety.js';
import { enSafety } from '../../content/en/safety.js';
import { enKeeping } from '../../content/en/keeping.js';
import { enParts } from '../../content/en/parts.js';
import type { Credit, Worksheet, WorksheetUi } from '../../content/types.js';
import { warnOnce } from '../../base/warn.js';
import { hostStyles, tokens } from '../../styles/tokens.js';
import { controlStyles } from '../../styles/controls.js';
import { quietControlStyles } from '../../styles/quiet-controls.js';
import { ConversationFlow } from './worksheet.flow.js';
import { stringifyEnvelope } from '../../export/envelope.js';
import { downloadText } from '../../export/download.js';
import { datedFileName } from '../../export/file-name.js';
import { guideStyles } from '../shared/guide.styles.js';
import { renderStorageNotice, storageNoticeStyles } from '../shared/storage-notice.js';
import { dialogStyles } from '../shared/dialog.styles.js';
import {
  WORKSHEET_EXPORT_KIND,
  WORKSHEET_EXPORT_VERSION,
  draftHasContent,
  draftToRevision,
  emptyDraft,
  newId,
  readDocument,
  readDraft,
  replaceDocument,
  revisionToDraft,
  validateExport,
  worksheetSteps,
  type DraftStep,
  type WorksheetDocument,
  type WorksheetDraft,
  type WorksheetPartner,
  type WorksheetStep,
} from './worksheet.model.js';
import { documentMarkdown, unsavedMarkdown } from './worksheet.text.js';
import { GentleClock } from './worksheet.clock.js';
import { readPartners } from '../shared/partners.js';
import { renderChoosing, renderClosing, renderConfirm, renderSetup, renderStepper, renderTurns, type WorksheetView } from './worksheet.view.js';
import type { Confirm } from './worksheet.view.js';
import { WorksheetParts } from './worksheet.parts.js';
import { AllianceWorksheetCompleteEvent, AllianceWorksheetReviseEvent, AllianceWorksheetStepEvent } from './worksheet.events.js';
import { styles } from './worksheet.styles.js';

const TAG = 'alliance-worksheet';
/** The clock accepts plans from one minute to a long afternoon. */
const MAX_MINUTES = 600;

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
 * What is under a finished alliance (worksheet.document.ts, with the record-keeping part)
 * loads the first time a saved alliance shows; `updateComplete` waits for it.
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
  static override styles = [tokens, hostStyles, controlStyles, quietControlStyles, guideStyles, storageNoticeStyles, dialogStyles, safetyStyles, styles];

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
    here: ['step', 'position'],
  });
  readonly #documentStore = new StoredController<unknown>(this, {
    settings: this.#settings,
    key: () => `${this.#prefix}:document`,
    initial: undefined,
    debounce: 0,
  });
  /** The names a couple typed in a check-in (`partners`), offered here when the page gives none. */
  readonly #partners = new StoredController<unknown>(this, { settings: this.#settings, key: () => 'partners', initial: undefined });
  readonly #clock: GentleClock = new GentleClock(this, {
    settings: this.#settings,
    key: () => `${this.#prefix}:clock`,
    minutes: () => this.#minutes,
    focus: (find) => (this.#focusAfterUpdate = find),
  });
  readonly #parts: WorksheetParts = new WorksheetParts({
    element: this,
    settings: this.#settings,
    alliance: () => this.alliance,
    level: (offset) => this.#level(offset),
    announce: (text) => this.#announce(text),
    focus: (find) => (this.#focusAfterUpdate = find),
    exportMarkdown: () => this.exportMarkdown(),
    exportJson: () => this.exportJson(),
    saveDocument: (document) => this.#saveDocument(document),
    revise: () => this.#onRevise(),
    startOver: () => this.#onStartOver(),
    importFile: (event) => this.#onImport(event),
  });
  readonly #flow: ConversationFlow = new ConversationFlow({
    element: this,
    worksheet: () => this.#worksheet,
    ui: () => this.#ui,
    format: (template, values) => this.#settings.format(template, values),
    draft: () => this.#draftOrNew,
    setDraft: (change, now) => this.#setDraft(change, now),
    goTo: (step, position, draft) => this.#goTo(step, position, draft),
    name: (who, draft) => this.#name(who, draft),
    view: (draft) => this.#view(draft),
    announce: (text) => this.#announce(text),
    focus: (find) => (this.#focusAfterUpdate = find),
    focusHeading: () => this.#focusHeading(),
    clearMessages: () => this.#clearMessages(),
    finish: (draft) => this.#finish(draft),
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
  @state() private _confirm?: Confirm;

  #focusAfterUpdate?: () => HTMLElement | null | undefined;
  #noticeAnnounced = false;
  #pendingImport?: WorksheetDocument;
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

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('minutes')) void this.#minutes; // warns once about a bad value
    if (this.#memoryOnly && !this.#noticeAnnounced) {
      this.#noticeAnnounced = true;
      this.#announce(this.#settings.content.ui.storageUnavailable);
    }
    // A saved alliance to show, or a link from the other phone: the part that does both loads.
    if ((this.step === 'result' && this.#documentStore.loaded && this.#draftStore.loaded) || globalThis.location?.hash.startsWith('#alliance=')) this.#parts.wantDocument();
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

  /** Resolves after the render, and after the parts on their way have arrived and rendered too. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#parts.loading.settled(() => super.getUpdateComplete());
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
    return this.#draftStore.memoryOnly || this.#documentStore.memoryOnly || this.#clock.memoryOnly;
  }

  get #draft(): WorksheetDraft | undefined {
    const raw = this.#draftStore.value;
    if (this.#draftCache.raw === raw) return this.#draftCache.value;
    let draft = readDraft(raw);
    // A conversation past the choosing with nothing chosen (an old or damaged record) resumes at the choosing.
    if (draft && (draft.step === 'turns' || draft.step === 'closing') && !this.#flow.turns(draft).length) {
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

  /** The name the host gave (attribute, then provider), else the one a couple typed in a check-in, or ''. */
  #givenName(who: WorksheetPartner): string {
    const attribute = (who === 'a' ? this.partnerA : this.partnerB).trim();
    const provided = who === 'a' ? this.#settings.settings?.partnerA : this.#settings.settings?.partnerB;
    return attribute || provided || readPartners(this.#partners.value)[who].trim();
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

  #view(draft: WorksheetDraft = this.#draftOrNew): WorksheetView {
    return {
      ui: this.#ui,
      worksheet: this.#worksheet,
      format: (template, values) => this.#settings.format(template, values),
      level: (offset) => this.#level(offset),
      name: (who) => this.#name(who, draft),
    };
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
    this.#flow.clear();
    this.#parts.clear();
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
    this.#clock.reset();
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

  // ----- the alliance: people's actions -----

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
      else this.#parts.keeping.keeper?.setImportMessage(this.#ui.importCancelled, false);
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
    this.#clock.reset();
    this.#clearMessages();
    this.#focusHeading();
    this.#announce(this.#ui.startedOver);
    if (from !== 'setup') this.#emitStep('setup');
    await Promise.all([this.#draftStore.clear(), this.#documentStore.clear()]);
  }

  #onDownloadUnsaved = (): void => {
    const draft = this.#draft;
    const inProgress = draft ? draftToRevision(draft, this.#worksheet, this.#names(draft)) : undefined;
    const text = unsavedMarkdown(this.alliance, inProgress, this.#settings.content, this.#lang);
    // No part to wait for: the browser is not saving, and this must work offline too.
    if (downloadText(datedFileName(this.#ui.fileName, 'md'), text, 'text/markdown')) this.#announce(this.#ui.downloaded);
    else void this.#parts.keeping.get('notice').then((keeper) => keeper?.showCopyBox(text, 'notice'));
  };

  #onImportToggle = (event: Event): void => {
    if ((event.currentTarget as HTMLDetailsElement).open) void this.#parts.keeping.get('import');
  };

  #onImport = (event: Event): void => {
    void this.#import(event.target as HTMLInputElement);
  };

  async #import(input: HTMLInputElement): Promise<void> {
    const keeper = await this.#parts.keeping.get('import');
    if (!keeper) {
      input.value = '';
      return;
    }
    await keeper.import(input, { kind: WORKSHEET_EXPORT_KIND, version: WORKSHEET_EXPORT_VERSION, validate: validateExport }, async (file) => {
      const imported = file.data;
      if (this.alliance || draftHasContent(this.#draftOrNew)) {
        this.#pendingImport = imported;
        this.#ask('import');
      } else {
        await this.#applyImport(imported);
      }
      return undefined;
    });
  }

  async #applyImport(imported: WorksheetDocument): Promise<void> {
    const existing = this.alliance;
    const from = this.step;
    const saving = this.#saveDocument(replaceDocument(existing, imported));
    // In the first step a conversation barely begun (names at most) gives way to the file.
    if (!existing && !draftHasContent(this.#draftOrNew)) void this.#draftStore.clear();
    this.#parts.keeping.keeper?.setImportMessage(existing ? this.#ui.imported : this.#ui.importedNew, false);
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
              ${this.#parts.keeping.renderPlace('notice')}
            </div>`
          : nothing}
        ${this.#parts.renderArrived()} ${loaded ? this.#renderBody(step) : nothing}
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
      ${renderStepper(this.#view(), step)}
      ${draft?.revising
        ? html`<div class="revising no-print">
            <p>${this.#ui.revisingNote}</p>
            <button type="button" class="link" @click=${this.#onStopRevising}>${this.#ui.stopRevising}</button>
          </div>`
        : nothing}
      ${step === 'result' ? nothing : this.#clock.render(this.#ui, step)} ${this.#renderStep(step)}
      ${draft && !draft.revising && step !== 'result'
        ? html`<div class="start-over no-print">
            <button type="button" class="link" id="start-over" @click=${this.#onStartOver}>${this.#ui.startOver}</button>
          </div>`
        : nothing}
    `;
  }

  #renderStep(step: WorksheetStep) {
    const draft = this.#draftOrNew;
    const view = this.#view(draft);
    const flow = this.#flow;
    const on = { answer: flow.onAnswer };
    switch (step) {
      case 'choosing': {
        const who: WorksheetPartner = draft.position === 1 ? 'b' : 'a';
        return renderChoosing(view, who, this.#flow.chosen(draft, who), flow.choiceError, {
          submit: flow.onChoosingNext,
          choice: flow.onChoice,
          back: flow.onChoosingBack,
        });
      }
      case 'turns':
        return renderTurns(view, draft, this.#flow.turns(draft), { ...on, submit: flow.onTurnNext, back: flow.onTurnBack });
      case 'closing':
        return renderClosing(view, draft, this.#flow.closingErrors, this.#draftOrNew.revising || this.alliance ? this.#ui.saveRevision : this.#ui.finish, {
          ...on,
          submit: flow.onFinish,
          back: flow.onClosingBack,
        });
      case 'result':
        return this.#renderResult();
      default: {
        const fresh = !this.alliance && !draftHasContent(draft);
        const keeper = this.#parts.keeper;
        return renderSetup(
          view,
          draft,
          {
            names: { a: this.#givenName('a'), b: this.#givenName('b') },
            minutes: this.#minutes,
            clock: this.#clock.started,
            // The file field comes with the record-keeping part, when a person opens this.
            importField: fresh ? html`${keeper?.renderImport(this.#ui.importHintNew, this.#onImport) ?? nothing}${this.#parts.keeping.renderPlace('import')}` : undefined,
          },
          { submit: flow.onSetupNext, name: flow.onName, startClock: this.#clock.start, importToggle: this.#onImportToggle },
        );
      }
    }
  }

  #renderResult(): TemplateResult | typeof nothing {
    const alliance = this.alliance;
    return alliance ? this.#parts.renderDocument(alliance) : nothing;
  }

  #renderConfirm(): TemplateResult {
    return renderConfirm(this.#view(), this._confirm, !!this.alliance, this.#onConfirmClose);
  }

}
