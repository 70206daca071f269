import { css, html, nothing, type LitElement, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { addEnglish, plural } from '../../content/locales.js';
import { enWorksheetDocument } from '../../content/en/worksheet-document.js';
import type { WorksheetUi } from '../../content/types.js';
import type { SettingsController } from '../../controllers/settings.js';
import { parseDate } from '../../export/dates.js';
import { downloadText } from '../../export/download.js';
import { loadPart, parts } from '../shared/parts.js';
import type { RecordKeeper } from '../shared/records.js';
import type { WorksheetDocument, WorksheetPartner, WorksheetRevision } from './worksheet.model.js';
import { formatDate, formatDay, groupAnswers } from './worksheet.text.js';
import { WorksheetShare, worksheetShareStyles } from './worksheet.share.js';

addEnglish(enWorksheetDocument);

/** What the finished alliance needs from its worksheet. */
export interface AllianceHost {
  /** The worksheet, with its storage key (links carry it). */
  readonly element: LitElement & { readonly storageKey: string };
  readonly settings: SettingsController;
  readonly keeper: RecordKeeper<never>;
  alliance(): WorksheetDocument | undefined;
  level(offset: number): number;
  announce(text: string): void;
  focus(find: () => HTMLElement | null | undefined): void;
  exportMarkdown(): string;
  exportJson(): string;
  saveDocument(document: WorksheetDocument): Promise<void>;
  /** Opens the saved alliance for a revision. */
  revise(): void;
  /** Asks whether to start over. */
  startOver(): void;
  /** A file was chosen in the import field. */
  importFile(event: Event): void;
}

/**
 * The finished alliance: the document itself (what prints), and under it what a couple can do
 * with it: revise it, print it, pick a day to revisit it by (with a calendar reminder), read
 * the earlier versions, keep a copy (text, JSON) or bring one back, and start over. It loads
 * the first time a worksheet shows a saved alliance, with the record-keeping part.
 */
export class AllianceDocumentView {
  readonly #host: AllianceHost;
  #reminderMessage?: { text: string; error: boolean };
  /** The calendar code is on its way (`slow`: for more than a moment). */
  #reminderPart: 'idle' | 'loading' | 'slow' = 'idle';

  /** Sending the alliance to the other phone, and receiving it there. */
  readonly share: WorksheetShare;

  constructor(host: AllianceHost) {
    this.#host = host;
    this.share = new WorksheetShare({ ...host, renderRevision: (revision, level) => this.#renderRevision(revision, level) });
  }

  get #ui(): WorksheetUi {
    return this.#host.settings.content.ui.worksheet;
  }

  get #lang(): string {
    return this.#host.settings.intlLang;
  }

  #format(template: string, values: Record<string, string | number>): string {
    return this.#host.settings.format(template, values);
  }

  #set(change: () => void): void {
    change();
    this.#host.element.requestUpdate();
  }

  /** Forgets the reminder's message (the worksheet moved on). */
  clear(): void {
    this.#reminderMessage = undefined;
  }

  render(alliance: WorksheetDocument): TemplateResult {
    const ui = this.#ui;
    const host = this.#host;
    const count = alliance.revisions.length;
    const current = alliance.revisions[count - 1];
    return html`<article class="document" part="document" aria-labelledby="step-heading">
        <header class="document-head">
          <div class="document-title" id="step-heading" role="heading" aria-level=${host.level(1)} tabindex="-1">${ui.documentHeading}</div>
          <p class="document-names">${this.#format(ui.between, { a: current.partners.a, b: current.partners.b })}</p>
          <p class="document-meta">
            <span>${this.#format(ui.designedOn, { date: formatDate(this.#lang, alliance.createdAt) })}</span>
            ${count > 1
              ? html`<span>${this.#format(ui.lastRevisited, { date: formatDate(this.#lang, current.savedAt) })}</span>
                  <span>${this.#format(ui.revision, { n: count })}</span>`
              : nothing}
          </p>
          ${alliance.revisitBy
            ? html`<p class="document-meta revisit-line">${this.#format(ui.revisitByLine, { date: formatDay(this.#lang, alliance.revisitBy) })}</p>`
            : nothing}
        </header>
        ${this.#renderRevision(current, host.level(2))}
        <p class="living">${host.settings.content.worksheet.livingDocument}</p>
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
    const host = this.#host;
    const keeper = host.keeper;
    const earlier = alliance.revisions.slice(0, -1);
    const reminder = this.#reminderMessage;
    return html`<div class="tools no-print" part="step">
      <div class="actions">
        <button type="button" class="button primary" id="revise" @click=${host.revise}>${ui.revise}</button>
        <button type="button" class="button secondary" id="print" @click=${this.#onPrint}>${ui.print}</button>
      </div>

      <div class="group revisit">
        <div class="subheading" role="heading" aria-level=${host.level(2)}>${ui.revisitHeading}</div>
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
            aria-busy=${this.#reminderPart === 'slow' ? 'true' : 'false'}
            @click=${this.#onReminder}
          >
            ${this.#reminderPart === 'slow' ? host.settings.content.ui.partLoading : ui.reminderButton}
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
                      <summary>${this.#format(ui.revisionSummary, { n, date: formatDate(this.#lang, revision.savedAt) })}</summary>
                      <div class="version-body">
                        <p class="hint">${ui.readOnly}</p>
                        <p class="document-names">${this.#format(ui.between, { a: revision.partners.a, b: revision.partners.b })}</p>
                        ${this.#renderRevision(revision, host.level(3))}
                      </div>
                    </details>
                  </li>`,
                )}
            </ol>
          </details>`
        : nothing}

      <div class="group keep">
        <div class="subheading" role="heading" aria-level=${host.level(2)}>${ui.keepHeading}</div>
        <div class="actions">
          <button type="button" class="button secondary" id="copy" @click=${this.#onCopy}>${ui.copyMarkdown}</button>
          <button type="button" class="button secondary" id="download-md" @click=${this.#onDownloadMarkdown}>${ui.downloadMarkdown}</button>
          <button type="button" class="button secondary" id="download-json" @click=${this.#onDownloadJson}>${ui.downloadJson}</button>
        </div>
        ${keeper.renderCopyBox('document')} ${keeper.renderImport(ui.importHint, host.importFile)}
      </div>

      ${this.share.renderSend()}

      <div class="start-over">
        <button type="button" class="link" id="start-over" @click=${host.startOver}>${ui.startOver}</button>
      </div>
    </div>`;
  }

  // ----- people's actions -----

  #onPrint = (): void => {
    window.print();
  };

  #onCopy = (): void => {
    void this.#host.keeper.copy(this.#host.exportMarkdown(), 'document');
  };

  #download(extension: 'md' | 'json', text: string): void {
    const type = extension === 'md' ? 'text/markdown' : 'application/json';
    this.#host.keeper.download(this.#ui.fileName, extension, text, type, 'document');
  }

  #onDownloadMarkdown = (): void => this.#download('md', this.#host.exportMarkdown());
  #onDownloadJson = (): void => this.#download('json', this.#host.exportJson());

  #onRevisitChange = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    const alliance = this.#host.alliance();
    if (!alliance) return;
    const day = value && parseDate(value) ? value : '';
    this.#set(() => (this.#reminderMessage = undefined));
    if (day === alliance.revisitBy) return;
    void this.#host.saveDocument({ ...alliance, revisitBy: day });
  };

  #onReminder = (): void => {
    const host = this.#host;
    const alliance = host.alliance();
    const input = host.element.renderRoot.querySelector<HTMLInputElement>('#revisit');
    const day = input?.value || alliance?.revisitBy || '';
    if (!alliance || !parseDate(day)) {
      this.#set(() => (this.#reminderMessage = { text: this.#ui.reminderNoDate, error: true }));
      host.announce(this.#ui.reminderNoDate);
      host.focus(() => host.element.renderRoot.querySelector<HTMLElement>('#revisit'));
      return;
    }
    if (day !== alliance.revisitBy) void host.saveDocument({ ...alliance, revisitBy: day });
    void this.#downloadReminder(alliance, day);
  };

  /** The calendar file, made by code that loads on the first press. */
  async #downloadReminder(alliance: WorksheetDocument, day: string): Promise<void> {
    if (this.#reminderPart !== 'idle') return;
    const host = this.#host;
    this.#reminderPart = 'loading';
    const calendar = await loadPart(parts.calendar, () => {
      if (this.#reminderPart === 'loading') this.#set(() => (this.#reminderPart = 'slow'));
    });
    this.#set(() => (this.#reminderPart = 'idle'));
    if (!calendar) {
      const failed = host.settings.content.ui.partFailed;
      this.#set(() => (this.#reminderMessage = { text: failed, error: true }));
      host.announce(failed);
      return;
    }
    const ics = calendar.oneOffEventCalendar({
      date: day,
      summary: this.#ui.reminderSummary,
      description: host.settings.content.worksheet.livingDocument,
      uid: `${alliance.id}-revisit@alliance-elements`,
    });
    if (downloadText(`${this.#ui.reminderFileName}.ics`, ics, 'text/calendar')) {
      this.#set(() => (this.#reminderMessage = { text: this.#ui.reminderDone, error: false }));
      host.announce(this.#ui.reminderDone);
    }
  }
}

/** The look of the finished alliance and what is under it, added to the worksheet when this part loads. */
export const documentStyles = [
  worksheetShareStyles,
  css`
  .field-ok {
    font-size: 0.9375rem;
  }
  /* The document */
  .document {
    display: flex;
    flex-direction: column;
    gap: var(--_space-l);
    padding-block-start: var(--_space-m);
    border-block-start: 1px solid var(--_border);
  }
  .document-head {
    display: grid;
    gap: var(--_space-xs);
    padding-block-end: var(--_space-m);
    border-block-end: 1px solid var(--_border);
  }
  .document-title {
    font-family: var(--_font-display);
    font-size: 2rem;
    font-weight: 600;
    line-height: 1.2;
  }
  .document-names {
    font-family: var(--_font-display);
    font-size: 1.1875rem;
  }
  .document-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-m);
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  .document-section {
    display: grid;
    gap: var(--_space-m);
  }
  .section-title {
    font-family: var(--_font-display);
    font-size: 1.3125rem;
    font-weight: 600;
    color: var(--_accent);
  }
  .qa {
    display: grid;
    gap: var(--_space-s);
    break-inside: avoid;
  }
  .qa-question {
    font-family: var(--_font-display);
    font-size: 1.0625rem;
    font-weight: 600;
    line-height: 1.35;
  }
  .answer {
    display: grid;
    gap: 0.125rem;
    padding-inline-start: var(--_space-m);
    border-inline-start: 2px solid var(--_border);
  }
  .who {
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .text.blank {
    color: var(--_muted);
    font-style: italic;
  }
  .living {
    padding: var(--_space-m);
    font-family: var(--_font-display);
    font-style: italic;
    background: var(--_surface-alt);
    border-radius: var(--_radius-s);
  }

  /* Under the document (.tools comes with the record-keeping part) */
  .revisit-row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space-s) var(--_space-m);
  }
  details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
  }
  summary {
    padding: var(--_space-s) var(--_space-m);
    font-weight: 600;
    cursor: pointer;
  }
  .versions {
    display: grid;
    gap: var(--_space-s);
    margin: 0;
    padding: 0 var(--_space-m) var(--_space-m);
    list-style: none;
  }
  .version summary {
    font-weight: 400;
  }
  .version-body {
    display: grid;
    gap: var(--_space-m);
    padding: 0 var(--_space-m) var(--_space-m);
  }

  @container worksheet (max-width: 30rem) {
    .document-title {
      font-size: 1.625rem;
    }
  }
  @media print {
    .document {
      padding: 0;
      border: 0;
    }
  }
  :host([print-preview]) .document {
    padding: 0;
    border: 0;
  }
`,
];
