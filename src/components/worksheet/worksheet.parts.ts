import { html, nothing, type TemplateResult } from 'lit';
import { KeepingPart, PartsLoading, addStyles } from '../shared/parts.js';
import { addEnglish } from '../../content/locales.js';
import type { RecordKeeper } from '../shared/records.js';
import type { AllianceDocumentView, AllianceHost } from './worksheet.document.js';
import type { WorksheetDocument } from './worksheet.model.js';

/**
 * The worksheet's own part, loaded the first time a saved alliance shows. One object, so that a
 * test can stand in for a part that fails to load.
 */
export const worksheetParts = {
  alliance: () => import('./worksheet.document.js'),
};

/** What the worksheet's parts need from it: what the finished alliance needs, but the part itself. */
export type WorksheetPartsHost = Omit<AllianceHost, 'keeper'>;

/**
 * The worksheet's parts that load on first use: the record-keeping part (copy, download,
 * import, print), and what is under a finished alliance (when one shows). Each shows "One
 * moment…" where it was asked for if it is slow, and a message (with "Try again" for the
 * alliance) if it could not be loaded; nothing anyone wrote changes.
 */
export class WorksheetParts {
  readonly loading = new PartsLoading();
  readonly keeping: KeepingPart<never>;
  readonly #host: WorksheetPartsHost;
  #document?: AllianceDocumentView | 'loading';

  constructor(host: WorksheetPartsHost) {
    this.#host = host;
    this.keeping = new KeepingPart<never>(host.element, this.loading, {
      settings: host.settings,
      words: () => host.settings.content.ui.worksheet,
      announce: (text) => host.announce(text),
      focus: (find) => host.focus(find),
      level: () => host.level(2),
    }, () => import('../../content/en/worksheet-records.js').then((m) => addEnglish(m.enWorksheetRecords)));
  }

  /** The record-keeping part, if it has loaded. */
  get keeper(): RecordKeeper<never> | undefined {
    return this.keeping.keeper;
  }

  /** Forgets the messages shown (the worksheet moved on). */
  clear(): void {
    this.keeper?.clear(true);
    if (typeof this.#document === 'object') this.#document.clear();
  }

  /** A saved alliance is to be shown: loads what goes with it, unless loaded, on its way, or failed ("Try again" then). */
  wantDocument(): void {
    if (this.#document || this.keeping.state('document') === 'failed') return;
    void this.loadDocument();
  }

  loadDocument = async (): Promise<void> => {
    const { keeping } = this;
    this.#document = 'loading';
    keeping.say('document');
    const slow = () => keeping.say('document', 'slow');
    const [module, keeper] = await Promise.all([this.loading.load(worksheetParts.alliance, slow), keeping.get('document')]);
    if (!module || !keeper) {
      this.#document = undefined;
      // A record-keeping part that could not come has said so already.
      if (keeper) keeping.say('document', 'failed');
      return;
    }
    const { element } = this.#host;
    addStyles(element, module.documentStyles);
    this.#document = new module.AllianceDocumentView({ ...this.#host, keeper });
    // The heading that stood in for the alliance had the focus: the alliance's own takes it.
    if (element.shadowRoot?.activeElement?.id === 'step-heading') {
      this.#host.focus(() => element.shadowRoot?.querySelector<HTMLElement>('#step-heading'));
    }
    element.requestUpdate();
  };

  /** An alliance that arrived in a link from the other phone (or what went wrong with the link). */
  renderArrived(): TemplateResult | typeof nothing {
    return typeof this.#document === 'object' ? this.#document.share.renderArrived() : nothing;
  }

  /** The finished alliance, or what stands in for it while it loads. */
  renderDocument(alliance: WorksheetDocument): TemplateResult {
    if (typeof this.#document === 'object') return this.#document.render(alliance);
    const host = this.#host;
    const { ui } = host.settings.content;
    const state = this.keeping.state('document');
    const failed = state === 'failed';
    return html`<div class="document-loading">
      <div class="document-title" id="step-heading" role="heading" aria-level=${host.level(1)} tabindex="-1">${ui.worksheet.documentHeading}</div>
      ${state ? html`<p class=${failed ? 'field-error' : 'hint'}>${failed ? ui.partFailed : ui.partLoading}</p>` : nothing}
      ${failed ? html`<button type="button" class="button secondary" @click=${this.loadDocument}>${ui.tryAgain}</button>` : nothing}
    </div>`;
  }
}
