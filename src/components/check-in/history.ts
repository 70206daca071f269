import { css, html, nothing, type LitElement, type TemplateResult } from 'lit';
import { dialogStyles } from '../shared/dialog.styles.js';
import { addEnglish, plural } from '../../content/locales.js';
import { enCheckInHistory } from '../../content/en/check-in-history.js';
import type { CheckInUi } from '../../content/types.js';
import type { SettingsController } from '../../controllers/settings.js';
import { addStyles, type PartsLoading } from '../shared/parts.js';
import { checkInParts } from './check-in.parts.js';
import { recordStyles, type RecordKeeper } from '../shared/records.js';
import { EXPORT_KIND, EXPORT_VERSION, SCALE_POINTS, entryProblems, isEntry, mergeEntries, type CheckInEntry } from './entries.js';
import type { Validation } from '../../export/json.js';
import { AllianceCheckInDeleteEvent, AllianceCheckInRestoreEvent } from './history.events.js';

addEnglish(enCheckInHistory);

/** Checks the `data` of an export file: `{ entries: CheckInEntry[] }`. */
export function validateExport(data: unknown): Validation<{ entries: CheckInEntry[] }> {
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { entries?: unknown }).entries)) {
    return { problems: ['The file has no list of check-ins ("entries").'] };
  }
  const entries = (data as { entries: unknown[] }).entries;
  const problems: string[] = [];
  entries.forEach((entry, i) => {
    for (const field of entryProblems(entry)) problems.push(`Check-in ${i + 1}: "${field}" is missing or not valid.`);
  });
  const ids = new Set<string>();
  entries.forEach((entry, i) => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id === 'string') {
      if (ids.has(id)) problems.push(`Check-in ${i + 1} has the same "id" as an earlier one.`);
      ids.add(id);
    }
  });
  return problems.length ? { problems } : { value: { entries: entries as CheckInEntry[] } };
}

/** Removes the entries with these ids; anything else stays. */
export function withoutEntries(stored: readonly unknown[], ids: ReadonlySet<string>): unknown[] {
  return stored.filter((item) => !(isEntry(item) && ids.has(item.id)));
}


/** What the history needs from its check-in. */
export interface HistoryHost {
  readonly element: LitElement;
  readonly settings: SettingsController;
  readonly keeper: RecordKeeper<CheckInEntry>;
  readonly loading: PartsLoading;
  /** The check-ins in the store, newest first. */
  entries(): CheckInEntry[];
  loaded(): boolean;
  scale(): boolean;
  /** Applies a change to the stored history and saves it. */
  changeHistory(change: (stored: readonly unknown[]) => unknown[]): Promise<void>;
  /** The stored history as it is (for an import to merge into). */
  storedList(): readonly unknown[];
  level(offset: number): number;
  announce(text: string): void;
  focus(find: () => HTMLElement | null | undefined): void;
  exportText(entries?: readonly CheckInEntry[]): string;
  exportJson(entries?: readonly CheckInEntry[]): string;
  renderAnswers(entry: CheckInEntry, level: number): TemplateResult;
  dayTime(iso: string): string;
  list(names: readonly string[]): string;
  ratingText(rating: number | null): string;
}

/**
 * The check-in's history (`history`): past check-ins under their month, each to open, delete
 * with Undo, or print; how many this month; the trend chart (with `scale`); keeping a copy
 * (text, JSON, paper), bringing a file back, and deleting them all after a confirmation. It
 * loads the first time a check-in with `history` shows, with the record-keeping part.
 */
export class CheckInHistory {
  readonly #host: HistoryHost;
  /** The trend chart's part, once it has loaded (or could not). */
  #chart?: 'failed' | Awaited<ReturnType<typeof checkInParts.chart>>;
  #chartAsked = false;

  constructor(host: HistoryHost) {
    this.#host = host;
  }

  get #ui(): CheckInUi {
    return this.#host.settings.content.ui.checkIn;
  }

  get #keeper(): RecordKeeper<CheckInEntry> {
    return this.#host.keeper;
  }

  #act(): void {
    this.#keeper.act();
  }

  render(): TemplateResult {
    const host = this.#host;
    const ui = this.#ui;
    const lang = host.settings.intlLang;
    const entries = host.entries();
    const now = new Date();
    const thisMonth = entries.filter((e) => {
      const d = new Date(e.date);
      return d.getFullYear() === now.getFullYear() && d.getMonth() === now.getMonth();
    }).length;
    const keeper = this.#keeper;
    return html`<section class="card history" part="history" aria-labelledby="history-heading">
      <div class="title small-title" id="history-heading" role="heading" aria-level=${host.level(1)} tabindex="-1">
        ${ui.historyHeading}
      </div>
      ${thisMonth ? html`<p class="month-count">${plural(ui.thisMonth, lang, thisMonth)}</p>` : nothing}
      ${keeper.renderUndo(keeper.undoing?.all ? ui.deletedAll : ui.deleted, this.#onUndo)}
      ${host.scale() && entries.length ? this.#renderTrend(entries, now) : nothing}
      ${!host.loaded()
        ? nothing
        : entries.length
          ? keeper.renderMonths(
              entries,
              (e) => e.date,
              (e) => e.id,
              (e) => this.#renderEntry(e),
            )
          : html`<p class="hint">${ui.historyEmpty}</p>`}
      <div class="tools no-print">
        ${entries.length
          ? html`<div class="tools-heading" role="heading" aria-level=${host.level(2)}>${ui.keepHeading}</div>
              <div class="actions">
                <button type="button" class="secondary" @click=${this.#onCopyAll}>${ui.copyText}</button>
                <button type="button" class="secondary" @click=${this.#onDownloadText}>${ui.downloadText}</button>
                <button type="button" class="secondary" @click=${this.#onDownloadJson}>${ui.downloadJson}</button>
                <button type="button" class="secondary" @click=${this.#onPrint}>${ui.print}</button>
              </div>`
          : nothing}
        ${keeper.renderCopyBox('history')} ${keeper.renderImport(ui.importHint, this.#onImport)}
        ${entries.length
          ? html`<button type="button" class="danger" id="delete-all" @click=${this.#onDeleteAll}>${ui.deleteAll}</button>`
          : nothing}
      </div>
      <dialog id="confirm" aria-labelledby="confirm-heading" aria-describedby="confirm-text" @close=${this.#onConfirmClose}>
        <form method="dialog">
          <div class="step-heading" id="confirm-heading" role="heading" aria-level=${host.level(2)}>
            ${plural(ui.confirmHeading, lang, entries.length)}
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

  #renderEntry(entry: CheckInEntry): TemplateResult {
    const host = this.#host;
    const names = entry.responses.map((r) => r.name).filter(Boolean);
    return html`<li>
      <details class="entry" data-id=${entry.id}>
        <summary>
          <span class="entry-title">
            <span class="entry-when">${host.dayTime(entry.date)}</span>
            ${names.length ? html`<span class="entry-who">${host.list(names)}</span>` : nothing}
          </span>
        </summary>
        <div class="entry-body">
          ${host.renderAnswers(entry, host.level(3))}
          <button type="button" class="link danger no-print" data-id=${entry.id} @click=${this.#onDelete}>
            ${this.#ui.deleteOne}
          </button>
        </div>
      </details>
    </li>`;
  }

  /** The trend chart, drawn by its own part, which loads the first time a history with ratings shows. */
  #renderTrend(entries: readonly CheckInEntry[], now: Date) {
    const host = this.#host;
    const chart = this.#chart;
    if (chart && typeof chart === 'object') {
      return chart.renderTrend(
        {
          ui: this.#ui,
          checkIn: host.settings.content.checkIn,
          lang: host.settings.intlLang,
          rtl: getComputedStyle(host.element).direction === 'rtl',
          scalePoints: SCALE_POINTS,
          format: (template, values) => host.settings.format(template, values),
          ratingText: (rating) => host.ratingText(rating),
        },
        entries,
        now,
      );
    }
    if (!this.#chartAsked) {
      this.#chartAsked = true;
      void host.loading.load(checkInParts.chart).then((loaded) => {
        this.#chart = loaded ?? 'failed';
        if (loaded) addStyles(host.element, [loaded.chartStyles]);
        host.element.requestUpdate();
      });
    }
    const { ui } = host.settings.content;
    return html`<div class="trend"><p class="hint">${chart === 'failed' ? ui.partFailed : ui.partLoading}</p></div>`;
  }

  // ----- people's actions -----

  #download(extension: 'md' | 'json', text: string): void {
    const type = extension === 'md' ? 'text/markdown' : 'application/json';
    this.#keeper.download(this.#ui.fileName, extension, text, type, 'history');
  }

  #onCopyAll = (): void => {
    this.#act();
    void this.#keeper.copy(this.#host.exportText(), 'history');
  };

  #onDownloadText = (): void => {
    this.#act();
    this.#download('md', this.#host.exportText());
  };

  #onDownloadJson = (): void => {
    this.#act();
    this.#download('json', this.#host.exportJson());
  };

  #onPrint = (): void => {
    void this.#keeper.print();
  };

  #onImport = (event: Event): void => {
    this.#act();
    const host = this.#host;
    void this.#keeper.import(event.target as HTMLInputElement, { kind: EXPORT_KIND, version: EXPORT_VERSION, validate: validateExport }, (file) => {
      const { next, added } = mergeEntries(host.storedList(), file.data.entries);
      if (added.length) void host.changeHistory(() => next);
      return added.length ? plural(this.#ui.imported, host.settings.intlLang, added.length) : this.#ui.importNothingNew;
    });
  };

  #onDelete = (event: Event): void => {
    this.#act();
    const host = this.#host;
    const id = (event.currentTarget as HTMLElement).dataset.id;
    const entry = host.entries().find((e) => e.id === id);
    if (!entry) return;
    void host.changeHistory((stored) => withoutEntries(stored, new Set([entry.id])));
    host.announce(this.#ui.deleted);
    this.#keeper.startUndo([entry], false);
    host.element.dispatchEvent(new AllianceCheckInDeleteEvent([entry.id], false));
  };

  #onDeleteAll = (): void => {
    this.#act();
    this.#host.element.shadowRoot?.querySelector<HTMLDialogElement>('#confirm')?.showModal();
  };

  #onConfirmClose = (event: Event): void => {
    const host = this.#host;
    const dialog = event.currentTarget as HTMLDialogElement;
    const entries = host.entries();
    if (dialog.returnValue !== 'delete' || entries.length === 0) {
      host.focus(() => host.element.shadowRoot?.querySelector<HTMLElement>('#delete-all'));
      host.element.requestUpdate();
      return;
    }
    dialog.returnValue = '';
    const ids = entries.map((e) => e.id);
    void host.changeHistory((stored) => withoutEntries(stored, new Set(ids)));
    host.announce(this.#ui.deletedAll);
    this.#keeper.startUndo([...entries], true);
    host.element.dispatchEvent(new AllianceCheckInDeleteEvent(ids, true));
  };

  #onUndo = (entries: CheckInEntry[]): void => {
    const host = this.#host;
    void host.changeHistory((stored) => mergeEntries(stored, entries).next);
    host.announce(this.#ui.restored);
    const first = entries[0].id;
    host.focus(() =>
      [...(host.element.shadowRoot?.querySelectorAll<HTMLElement>('details[data-id]') ?? [])].find((d) => d.dataset.id === first)?.querySelector('summary'),
    );
    host.element.dispatchEvent(new AllianceCheckInRestoreEvent(entries));
  };
}

/** The history's own look, beside the record-keeping part's (the confirmation dialog's too: it is the history's alone). */
export const historyStyles = [
  // The delete-all dialog is the history's alone.
  dialogStyles,
  recordStyles,
  css`
    .month-count {
      color: var(--_muted);
    }
    .small-title {
      font-size: 1.25rem;
    }
    .tools-heading {
      font-weight: 600;
    }
  `,
];
