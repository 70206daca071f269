import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SettingsController } from '../../controllers/settings.js';
import { addEnglish } from '../../content/locales.js';
import { enShare } from '../../content/en/share.js';
import type { ShareUi } from '../../content/types.js';
import { isLocked, linkAddress, makeLink, readLink, type LinkAddress } from '../../share/link.js';
import { SharePanel, linkClaimant, linkProblemText, sharePanelStyles, type SharedLinkProblem } from '../../share/share-panel.js';
import { replaceDocument, validateDocument, type WorksheetDocument, type WorksheetRevision } from './worksheet.model.js';
import { AllianceWorksheetReceiveEvent, AllianceWorksheetShareEvent } from './worksheet.share.events.js';

/** The worksheet's kind in a link's envelope. */
const LINK_KIND = 'worksheet';

export { sharePanelStyles as worksheetShareStyles };

/** What sending and receiving the alliance need from the worksheet. */
export interface WorksheetShareHost {
  readonly element: ReactiveControllerHost & HTMLElement & { readonly storageKey: string };
  readonly settings: SettingsController;
  alliance(): WorksheetDocument | undefined;
  saveDocument(document: WorksheetDocument): Promise<void>;
  announce(text: string): void;
  focus(find: () => HTMLElement | null | undefined): void;
  level(offset: number): number;
  renderRevision(revision: WorksheetRevision, level: number): TemplateResult;
}

/**
 * The alliance between two phones, in a private link as the check-in's two phones use: the
 * latest revision goes to the other phone, which keeps it as its latest revision (nothing there
 * is lost). A link is read with limits and checked as a saved alliance is; nothing of it is kept
 * until a person keeps it.
 */
export class WorksheetShare implements ReactiveController {
  readonly #host: WorksheetShareHost;
  readonly #panel: SharePanel;
  #passphrase = '';
  #busy = false;
  #locked?: { address: LinkAddress; wrong: boolean };
  #problem?: string;
  #arrived?: { document: WorksheetDocument; locked: boolean };

  constructor(host: WorksheetShareHost) {
    this.#host = host;
    this.#panel = new SharePanel({ element: host.element, settings: host.settings, announce: (text) => host.announce(text) });
    host.element.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.#onHashChange);
    this.#onHashChange();
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.#onHashChange);
  }

  get #ui(): ShareUi {
    return this.#host.settings.content.ui.share;
  }

  #prefix(): string {
    return this.#host.element.storageKey.trim() || LINK_KIND;
  }

  #onHashChange = (): void => {
    const address = linkAddress(location.hash);
    if (!address) return;
    const mine = address.kind === LINK_KIND && address.key === this.#prefix();
    if (!mine && linkClaimant(address)) return;
    history.replaceState(history.state, '', location.pathname + location.search);
    if (!mine) return this.#fail('not-for-this');
    this.#problem = undefined;
    if (isLocked(address)) {
      this.#locked = { address, wrong: false };
      this.#host.element.requestUpdate();
      this.#host.focus(() => this.#host.element.shadowRoot?.querySelector<HTMLElement>('#share-passphrase'));
      return;
    }
    void this.#open(address, '');
  };

  async #open(address: LinkAddress, passphrase: string): Promise<void> {
    const host = this.#host;
    this.#busy = true;
    host.element.requestUpdate();
    const read = await readLink(address, passphrase);
    this.#busy = false;
    if (!read.ok && read.problem === 'wrong-passphrase') {
      this.#locked = { address, wrong: true };
      host.element.requestUpdate();
      host.announce(this.#ui.wrongPassphrase);
      return;
    }
    this.#locked = undefined;
    if (!read.ok) return this.#fail(read.problem);
    const checked = validateDocument(read.envelope.data);
    if (!('value' in checked) || !checked.value.revisions.length) return this.#fail('invalid');
    const document = checked.value;
    const here = new Set(host.alliance()?.revisions.map((r) => r.id));
    if (document.revisions.every((r) => here.has(r.id))) return this.#fail('already');
    this.#arrived = { document, locked: read.locked };
    host.element.dispatchEvent(new AllianceWorksheetReceiveEvent(document, read.locked));
    host.element.requestUpdate();
    host.announce(this.#ui.worksheetArrived);
    host.focus(() => host.element.shadowRoot?.querySelector<HTMLElement>('#share-arrived'));
  }

  #fail(problem: SharedLinkProblem | 'already'): void {
    this.#problem = problem === 'already' ? this.#ui.worksheetAlready : linkProblemText(this.#ui, problem);
    this.#host.element.requestUpdate();
    this.#host.announce(this.#problem);
    this.#host.focus(() => this.#host.element.shadowRoot?.querySelector<HTMLElement>('#share-problem'));
  }

  #onUnlock = (event: SubmitEvent): void => {
    event.preventDefault();
    const passphrase = (event.currentTarget as HTMLFormElement).querySelector('input')?.value ?? '';
    if (this.#locked && passphrase && !this.#busy) void this.#open(this.#locked.address, passphrase);
  };

  #onDismiss = (): void => {
    this.#problem = undefined;
    this.#locked = undefined;
    this.#arrived = undefined;
    this.#host.element.requestUpdate();
    this.#host.focus(() => this.#host.element.shadowRoot?.querySelector<HTMLElement>('#step-heading'));
  };

  #onKeep = async (): Promise<void> => {
    const arrived = this.#arrived;
    if (!arrived) return;
    const host = this.#host;
    this.#arrived = undefined;
    await host.saveDocument(replaceDocument(host.alliance(), arrived.document));
    host.announce(this.#ui.worksheetKept);
    // The box has gone: the alliance's own heading takes the focus.
    host.focus(() => host.element.shadowRoot?.querySelector<HTMLElement>('#step-heading'));
  };

  #onPassphrase = (event: Event): void => {
    this.#passphrase = (event.target as HTMLInputElement).value;
    if (this.#panel.url) this.#panel.set(undefined);
  };

  #onSend = async (): Promise<void> => {
    const alliance = this.#host.alliance();
    if (!alliance || this.#busy) return;
    const host = this.#host;
    // The alliance as it stands: its latest revision, which the other phone adds to its own.
    const data: WorksheetDocument = { ...alliance, revisions: alliance.revisions.slice(-1) };
    this.#busy = true;
    host.element.requestUpdate();
    let url: string;
    try {
      url = await makeLink(location.href, { kind: LINK_KIND, key: this.#prefix(), data }, this.#passphrase);
    } finally {
      this.#busy = false;
    }
    const own = host.element.dispatchEvent(new AllianceWorksheetShareEvent(url, !!this.#passphrase));
    this.#panel.set(url, !own);
    // The link takes the focus now, before the share sheet (if any) opens over the page.
    host.focus(() => host.element.shadowRoot?.querySelector<HTMLElement>('#share-link, .share-note'));
    if (own) await this.#panel.shareSheet(this.#ui.worksheetHeading);
  };

  /** What arrived in a link (or what went wrong with it), above the worksheet's own steps. */
  renderArrived(): TemplateResult | typeof nothing {
    const ui = this.#ui;
    const host = this.#host;
    if (this.#problem) {
      return html`<div class="group share-arrived no-print">
        <p class="field-error" id="share-problem" tabindex="-1" role="alert">${this.#problem}</p>
        <div class="actions"><button type="button" class="button secondary" @click=${this.#onDismiss}>${ui.dismiss}</button></div>
      </div>`;
    }
    if (this.#locked) {
      const { wrong } = this.#locked;
      return html`<form class="group share-arrived no-print" @submit=${this.#onUnlock}>
        <p>${ui.locked}</p>
        <div class="field">
          <label for="share-passphrase">${ui.passphraseOpen}</label>
          <input id="share-passphrase" type="text" autocomplete="off" spellcheck="false" aria-invalid=${wrong ? 'true' : 'false'} aria-describedby=${wrong ? 'share-wrong' : nothing} />
        </div>
        ${wrong ? html`<p class="field-error" id="share-wrong">${ui.wrongPassphrase}</p>` : nothing}
        <div class="actions">
          <button type="submit" class="button primary">${this.#busy ? host.settings.content.ui.partLoading : ui.open}</button>
          <button type="button" class="button secondary" @click=${this.#onDismiss}>${ui.dismiss}</button>
        </div>
      </form>`;
    }
    const arrived = this.#arrived?.document;
    if (!arrived) return nothing;
    const latest = arrived.revisions[arrived.revisions.length - 1];
    return html`<div class="group share-arrived no-print">
      <div class="step-heading" id="share-arrived" role="heading" aria-level=${host.level(1)} tabindex="-1">${ui.worksheetArrived}</div>
      <p class="hint">${ui.worksheetArrivedHint}</p>
      ${host.renderRevision(latest, host.level(2))}
      <div class="actions">
        <button type="button" class="button primary" @click=${this.#onKeep}>${ui.worksheetKeep}</button>
        <button type="button" class="button secondary" @click=${this.#onDismiss}>${ui.dismiss}</button>
      </div>
    </div>`;
  }

  /** Under the finished alliance: sending it to the other phone. */
  renderSend(): TemplateResult {
    const ui = this.#ui;
    const host = this.#host;
    return html`<div class="group share-send">
      <div class="subheading" role="heading" aria-level=${host.level(2)}>${ui.worksheetHeading}</div>
      <p class="hint">${ui.worksheetHint}</p>
      <div class="field">
        <label for="share-word">${ui.passphraseLabel}</label>
        <input id="share-word" type="text" autocomplete="off" spellcheck="false" maxlength="200" aria-describedby="share-word-hint" .value=${this.#passphrase} @input=${this.#onPassphrase} />
        <span class="hint" id="share-word-hint">${ui.passphraseHintOther}</span>
      </div>
      <div class="actions">
        <button type="button" class="button secondary" @click=${this.#onSend}>${this.#busy ? host.settings.content.ui.partLoading : ui.worksheetSend}</button>
      </div>
      ${this.#panel.url ? this.#panel.render('', ui.worksheetHeading) : html`<p class="share-note">${ui.privacy}</p>`}
    </div>`;
  }
}

// The part's words come with it.
addEnglish(enShare);
