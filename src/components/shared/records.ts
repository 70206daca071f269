import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { plural } from '../../content/locales.js';
import type { ImportWords, PluralText } from '../../content/types.js';
import type { SettingsController } from '../../controllers/settings.js';
import { downloadText } from '../../export/download.js';
import { datedFileName } from '../../export/file-name.js';
import type { ExportEnvelope, ImportProblemCode, ParseOptions, ParseResult } from '../../export/json.js';
import { loadPart, parts } from './parts.js';
import { renderImportField } from './import-field.js';

/** How long Undo stays after a delete, unless the focus is on it or a person does something else. */
const UNDO_MS = 10_000;
/** A list shows this many records at first, and this many more at each "Show older". */
export const RECORDS_PAGE = 12;

/** The words the record-keeping part says, in the element's own voice (each element has its own). */
export interface RecordWords extends Omit<ImportWords, 'importHint'> {
  readonly copied: string;
  readonly copyRefused: string;
  readonly copyBox: string;
  readonly downloaded: string;
  /** Only for records that can be deleted (with `startUndo`). */
  readonly undo?: string;
  /** "Show {count} older …": only for a list with `renderMonths`. */
  readonly showOlder?: PluralText;
}

export interface RecordKeeperOptions {
  /** The element's settings: its language, and the words every part says (loading, failed, choose a file). */
  readonly settings: SettingsController;
  words(): RecordWords;
  /** Says something through the element's live region. */
  announce(text: string): void;
  /** Moves the focus, once the element has rendered, to what `find` returns. */
  focus(find: () => HTMLElement | null | undefined): void;
  /** The level of a month's heading in the page's outline. */
  level(): number;
}

/**
 * Reads the export file a person chose, with the reader loaded on first use: the file's parsed
 * envelope, `'unreadable'` when the browser could not read it, `'unloadable'` when the reader
 * could not be loaded (the input is emptied, so the same file can be chosen again), or undefined
 * when no file was chosen. Never throws.
 */
async function readImport<T>(
  input: HTMLInputElement,
  options: ParseOptions<T>,
): Promise<ParseResult<T> | 'unreadable' | 'unloadable' | undefined> {
  if (!input.files?.length) return undefined;
  const importer = await loadPart(parts.importer);
  if (importer) return importer.readImportFile(input, options);
  input.value = '';
  return 'unloadable';
}

/** Where a copy box appears: beside the buttons that asked for it (an element may have several places). */
export type CopyPlace = string;

/**
 * Keeping records, shared by the check-in's history and the worksheet's alliance: copy and
 * download (with a box of text to copy by hand when the browser refuses), bringing a file back,
 * delete with Undo, a list by month with "Show older", and printing the whole list. It loads
 * with the first record a page shows, or the first press that needs it, and renders into the
 * element's own shadow root with `recordStyles`.
 */
export class RecordKeeper<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: RecordKeeperOptions;
  #copyBox?: { text: string; where: CopyPlace };
  #importMessage?: { text: string; error: boolean };
  #undo?: { items: T[]; all: boolean };
  #undoTimer?: ReturnType<typeof setTimeout>;
  #undoHasFocus = false;
  #shown = RECORDS_PAGE;
  #printing = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: RecordKeeperOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
    clearTimeout(this.#undoTimer);
  }

  #set(change: () => void): void {
    change();
    this.#host.requestUpdate();
  }

  get #root(): ParentNode {
    return this.#host.shadowRoot ?? this.#host;
  }

  #find(selector: string): HTMLElement | null {
    return this.#root.querySelector<HTMLElement>(selector);
  }

  /** The records deleted a moment ago, while Undo is on offer. */
  get undoing(): { readonly items: readonly T[]; readonly all: boolean } | undefined {
    return this.#undo;
  }

  get importMessage(): { readonly text: string; readonly error: boolean } | undefined {
    return this.#importMessage;
  }

  /** A person did something else: the Undo of an earlier delete goes away, and so does an old copy box. */
  act(): void {
    if (this.#undo) this.endUndo();
  }

  /** Takes the copy box away (the element moved on); with `importMessage`, the file field's message too. */
  clear(importMessage = false): void {
    if (!this.#copyBox && !(importMessage && this.#importMessage)) return;
    this.#set(() => {
      this.#copyBox = undefined;
      if (importMessage) this.#importMessage = undefined;
    });
  }

  // ----- copy and download -----

  /** Saves `text` as a dated file; where the browser refuses, shows it in a box to copy by hand. */
  download(name: string, extension: string, text: string, type: string, where: CopyPlace): void {
    if (downloadText(datedFileName(name, extension), text, type)) {
      this.#options.announce(this.#options.words().downloaded);
    } else {
      this.showCopyBox(text, where);
    }
  }

  async copy(text: string, where: CopyPlace): Promise<void> {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this.#set(() => (this.#copyBox = undefined));
      this.#options.announce(this.#options.words().copied);
    } catch {
      this.showCopyBox(text, where);
    }
  }

  /** Shows `text` in a box to copy by hand at `where` (the browser refused to download or copy it). */
  showCopyBox(text: string, where: CopyPlace): void {
    this.#set(() => (this.#copyBox = { text, where }));
    this.#options.announce(this.#options.words().copyRefused);
    this.#options.focus(() => {
      const box = this.#find('#copy-box') as HTMLTextAreaElement | null;
      box?.select();
      return box;
    });
  }

  /** The box of text to copy by hand, when the browser refused at `where`. */
  renderCopyBox(where: CopyPlace): TemplateResult | typeof nothing {
    const box = this.#copyBox;
    if (box?.where !== where) return nothing;
    const words = this.#options.words();
    return html`<div class="copy-box no-print">
      <p class="field-error" id="copy-refused">${words.copyRefused}</p>
      <label for="copy-box">${words.copyBox}</label>
      <textarea id="copy-box" readonly rows="8" dir="auto" aria-describedby="copy-refused" .value=${box.text}></textarea>
    </div>`;
  }

  // ----- bringing a file back -----

  /**
   * Reads the file chosen in `input` as an export of `options.kind`. A file that cannot be used
   * gets its message beside the field (and nothing changes); a good one goes to `use`, which
   * returns what to say (or undefined when it says something itself, after a confirmation).
   */
  async import<D>(input: HTMLInputElement, options: ParseOptions<D>, use: (value: ExportEnvelope<D>) => string | undefined | Promise<string | undefined>): Promise<void> {
    const result = await readImport(input, options);
    if (!result) return;
    if (result === 'unloadable') return this.setImportMessage(this.#options.settings.content.ui.partFailed, true);
    if (result === 'unreadable') return this.setImportMessage(this.#options.words().importUnreadable, true);
    if (!result.ok) return this.setImportMessage(this.#importProblem(result.problems[0].code), true);
    const said = await use(result.value);
    if (said !== undefined) this.setImportMessage(said, false);
  }

  setImportMessage(text: string, error: boolean): void {
    this.#set(() => (this.#importMessage = { text, error }));
    this.#options.announce(text);
    if (error) this.#options.focus(() => this.#find('#import'));
  }

  #importProblem(code: ImportProblemCode): string {
    const words = this.#options.words();
    switch (code) {
      case 'not-json':
        return words.importNotJson;
      case 'newer-version':
        return words.importNewer;
      case 'bad-data':
        return words.importBadData;
      case 'too-large':
        return words.importTooLarge;
      default:
        return words.importNotExport;
    }
  }

  /** The file field, its hint and its message. */
  renderImport(hint: string, onChange: (event: Event) => void): TemplateResult {
    return renderImportField(this.#options.words().importLabel, this.#options.settings.content.ui.chooseFile, hint, this.#importMessage, onChange);
  }

  // ----- delete and Undo -----

  /** Offers Undo for `items`, just deleted, and moves the focus to it. */
  startUndo(items: T[], all: boolean): void {
    this.#set(() => (this.#undo = { items, all }));
    this.#undoHasFocus = false;
    this.#armUndoTimer();
    this.#options.focus(() => this.#find('#undo'));
  }

  #armUndoTimer(): void {
    clearTimeout(this.#undoTimer);
    this.#undoTimer = setTimeout(() => {
      if (!this.#undoHasFocus) this.endUndo();
    }, UNDO_MS);
  }

  /** Takes Undo away; if it had the focus, the focus goes to `#history-heading` or the element's first heading. */
  endUndo(): void {
    clearTimeout(this.#undoTimer);
    const hadFocus = this.#undoHasFocus;
    this.#set(() => (this.#undo = undefined));
    this.#undoHasFocus = false;
    if (hadFocus) this.#options.focus(() => this.#find('#history-heading'));
  }

  /** The Undo bar: `said` is what was deleted; `onUndo` gets the records back (the bar is gone by then). */
  renderUndo(said: string, onUndo: (items: T[], all: boolean) => void): TemplateResult | typeof nothing {
    const undo = this.#undo;
    if (!undo) return nothing;
    const press = () => {
      this.endUndo();
      onUndo(undo.items, undo.all);
    };
    return html`<div class="undo no-print" @focusin=${this.#onUndoFocusIn} @focusout=${this.#onUndoFocusOut}>
      <p>${said}</p>
      <button type="button" class="secondary" id="undo" @click=${press}>${this.#options.words().undo ?? ''}</button>
    </div>`;
  }

  #onUndoFocusIn = (): void => {
    this.#undoHasFocus = true;
  };

  #onUndoFocusOut = (): void => {
    this.#undoHasFocus = false;
    if (this.#undo) this.#armUndoTimer();
  };

  // ----- the list by month -----

  /**
   * Records (newest first) under their month, the first ones only until "Show older" (all of
   * them on paper). `dateOf` gives a record's ISO date, `idOf` its id (for the focus after
   * "Show older"), `renderItem` its `<li>`.
   */
  renderMonths(records: readonly T[], dateOf: (record: T) => string, idOf: (record: T) => string, renderItem: (record: T) => TemplateResult) {
    const shown = this.#printing ? records : records.slice(0, this.#shown);
    const older = records.length - shown.length;
    const lang = this.#options.settings.intlLang;
    const monthFormat = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric' });
    const months: { label: string; records: T[] }[] = [];
    for (const record of shown) {
      const label = monthFormat.format(new Date(dateOf(record)));
      const last = months[months.length - 1];
      if (last?.label === label) last.records.push(record);
      else months.push({ label, records: [record] });
    }
    const showOlder = () => {
      this.act();
      const first = idOf(records[this.#shown]);
      this.#set(() => (this.#shown += RECORDS_PAGE));
      this.#options.focus(() =>
        [...this.#root.querySelectorAll<HTMLElement>('details[data-id]')].find((d) => d.dataset.id === first)?.querySelector('summary'),
      );
    };
    const words = this.#options.words();
    return html`${months.map(
        (month) => html`<div class="month">
          <div class="month-heading" role="heading" aria-level=${this.#options.level()}>${month.label}</div>
          <ul class="entries">
            ${month.records.map(renderItem)}
          </ul>
        </div>`,
      )}
      ${older > 0 && words.showOlder
        ? html`<button type="button" class="secondary older no-print" @click=${showOlder}>
            ${plural(words.showOlder, lang, Math.min(older, RECORDS_PAGE))}
          </button>`
        : nothing}`;
  }

  // ----- paper -----

  /** Prints, with every record shown (not only the first page of the list). */
  async print(): Promise<void> {
    this.act();
    this.#set(() => (this.#printing = true));
    await this.#host.updateComplete;
    window.print();
  }

  // The whole list goes on paper, not only the records shown so far. Lit renders in a
  // microtask, which runs before the browser lays the page out for printing.
  #onBeforePrint = (): void => this.#set(() => (this.#printing = true));
  #onAfterPrint = (): void => this.#set(() => (this.#printing = false));
}

/** The look of the record-keeping part: the Undo bar, the list by month, the copy box, the file field. */
export const recordStyles = css`
  .undo {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s) var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    background: var(--_surface-alt);
    border-radius: var(--_radius-s);
  }
  .month {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .month-heading {
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .entries {
    margin: 0;
    padding: 0;
    list-style: none;
    border-block-start: 1px solid var(--_border);
  }
  .entries > li {
    border-block-end: 1px solid var(--_border);
  }
  .entry {
    border: 0;
  }
  .entry > summary {
    display: flex;
    align-items: center;
    gap: var(--_space-m);
    padding: var(--_space-s) var(--_space-xs);
    list-style: none;
    cursor: pointer;
  }
  .entry-title {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-m);
  }
  /* A chevron drawn from two physical borders and turned: it points to the inline end while closed. */
  .entry > summary::before {
    content: '';
    flex: none;
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border-bottom: 2px solid var(--_muted);
    border-right: 2px solid var(--_muted);
    transform: rotate(-45deg);
    transition: transform var(--_transition);
  }
  .entry > summary:dir(rtl)::before {
    transform: rotate(135deg);
  }
  .entry[open] > summary::before {
    transform: rotate(45deg);
  }
  .entry > summary::-webkit-details-marker {
    display: none;
  }
  .entry-when {
    font-weight: 600;
  }
  .entry-who {
    color: var(--_muted);
  }
  .entry-body {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    padding: var(--_space-xs) var(--_space-xs) var(--_space-m);
  }
  .older {
    align-self: flex-start;
  }
  .tools {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    padding-block-start: var(--_space-m);
    border-block-start: 1px solid var(--_border);
  }
  .copy-box,
  .import {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .copy-box textarea {
    font-family: ui-monospace, monospace;
    font-size: 0.8125rem;
  }
  .file-button {
    align-self: flex-start;
  }
  /* The file input is hidden; its button shows where the focus is. */
  #import:focus-visible + .file-button {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media print {
    .entries > li {
      break-inside: avoid;
    }
    /* Every record prints open. */
    .entry::details-content {
      content-visibility: visible;
      display: block;
    }
    .entry > summary::before {
      display: none;
    }
  }
`;
