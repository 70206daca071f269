import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { ReactiveControllerHost } from 'lit';
import type { SettingsController } from '../controllers/settings.js';
import type { ShareUi } from '../content/types.js';
import type { LinkAddress, LinkProblem } from './link.js';

/** What the panel needs from the element that shows it. */
export interface SharePanelHost {
  readonly element: ReactiveControllerHost & HTMLElement;
  readonly settings: SettingsController;
  announce(text: string): void;
}

/** The QR code: drawn (its SVG path and size in modules), too long for one, on its way, or not loaded. */
type QrState = { readonly path: string; readonly size: number } | 'too-long' | 'loading' | 'failed' | undefined;

/** The QR encoder, loaded the first time a code is shown. */
export const qrParts = {
  encoder: () => Promise.all([import('lean-qr'), import('lean-qr/extras/svg')]),
};

/**
 * A private link, ready to go: the link itself (selectable), the device's share sheet where
 * there is one, copy, and a QR code for a partner in the same room (drawn on the page, its
 * encoder loaded only when it is asked for). Says where the words travel and who can read them.
 */
export class SharePanel {
  readonly #host: SharePanelHost;
  #url?: string;
  #byPage = false;
  #qr: QrState;
  #qrOpen = false;
  #status = '';

  constructor(host: SharePanelHost) {
    this.#host = host;
  }

  get url(): string | undefined {
    return this.#url;
  }

  /** Shows `url` (or nothing); `byPage`: the page sends it, so the panel only says so. */
  set(url: string | undefined, byPage = false): void {
    this.#url = url;
    this.#byPage = byPage;
    this.#qr = undefined;
    this.#qrOpen = false;
    this.#status = '';
    this.#host.element.requestUpdate();
  }

  get #ui(): ShareUi {
    return this.#host.settings.content.ui.share;
  }

  /** Opens the device's share sheet; false where there is none, or it would not open. */
  async shareSheet(title: string): Promise<boolean> {
    const url = this.#url;
    if (!url || typeof navigator.share !== 'function') return false;
    try {
      await navigator.share({ title, url });
      return true;
    } catch {
      // Cancelled by the person, or refused: the link, copy and the QR code are still here.
      return false;
    }
  }

  #onShare = (event: Event): void => {
    void this.shareSheet((event.currentTarget as HTMLElement).dataset.title ?? '');
  };

  #onCopy = async (): Promise<void> => {
    const url = this.#url;
    if (!url) return;
    const format = (text: string) => this.#host.settings.format(text, { name: this.#name });
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      this.#say(format(this.#ui.copied));
    } catch {
      const field = this.#host.element.shadowRoot?.querySelector<HTMLInputElement>('.share-link input');
      field?.focus();
      field?.select();
      this.#say(this.#ui.copyFailed);
    }
  };

  #onQr = async (): Promise<void> => {
    this.#qrOpen = !this.#qrOpen;
    this.#host.element.requestUpdate();
    if (!this.#qrOpen || (this.#qr && this.#qr !== 'failed')) return;
    const url = this.#url;
    this.#qr = 'loading';
    try {
      const [{ generate }, { toSvgPath }] = await qrParts.encoder();
      try {
        const code = generate(url ?? '');
        this.#qr = { path: toSvgPath(code), size: code.size };
      } catch {
        this.#qr = 'too-long';
      }
    } catch {
      this.#qr = 'failed';
    }
    if (this.#url !== url) this.#qr = undefined;
    this.#host.element.requestUpdate();
  };

  #say(text: string): void {
    this.#status = text;
    this.#host.announce(text);
    this.#host.element.requestUpdate();
  }

  /** The partner the link is for, as the last render named them. */
  #name = '';

  /** The link, with its three ways to go, for the partner called `name`; `title` names it in a share sheet. */
  render(name: string, title: string): TemplateResult | typeof nothing {
    this.#name = name;
    const ui = this.#ui;
    const url = this.#url;
    if (!url) return nothing;
    // No name: the link is for the other phone of the two who made it (the worksheet).
    const format = (text: string) => this.#host.settings.format(text, { name });
    if (this.#byPage) return html`<p class="share-note">${ui.sentByPage}</p>`;
    const qr = this.#qr;
    const sheet = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
    return html`<div class="share">
      <div class="share-link field">
        <label for="share-link">${ui.linkLabel}</label>
        <input id="share-link" type="text" readonly .value=${url} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
      </div>
      <div class="share-actions">
        ${sheet ? html`<button type="button" class="primary" data-title=${title} @click=${this.#onShare}>${ui.share}</button>` : nothing}
        <button type="button" class=${sheet ? '' : 'primary'} @click=${this.#onCopy}>${ui.copyLink}</button>
        <button type="button" aria-expanded=${this.#qrOpen ? 'true' : 'false'} @click=${this.#onQr}>${this.#qrOpen ? ui.hideQr : ui.showQr}</button>
      </div>
      <p class="share-status" ?hidden=${!this.#status}>${this.#status}</p>
      ${this.#qrOpen ? this.#renderQr(qr, name ? format(ui.qrLabel) : ui.qrLabelOther, name ? format(ui.qrHint) : ui.qrHintOther) : nothing}
      <p class="share-note">${ui.privacy}</p>
    </div>`;
  }

  #renderQr(qr: QrState, label: string, hint: string) {
    const ui = this.#ui;
    if (qr === 'too-long') return html`<p class="share-note" role="note">${ui.qrTooLong}</p>`;
    if (qr === 'failed') return html`<p class="share-note" role="note">${this.#host.settings.content.ui.partFailed}</p>`;
    if (!qr || qr === 'loading') return html`<p class="share-note">${this.#host.settings.content.ui.partLoading}</p>`;
    const { path, size } = qr;
    return html`<figure class="share-qr">
      <svg viewBox="-4 -4 ${size + 8} ${size + 8}" role="img" aria-label=${label} shape-rendering="crispEdges">
        ${svg`<rect x="-4" y="-4" width=${size + 8} height=${size + 8} fill="#fff"></rect><path d=${path} fill="#000"></path>`}
      </svg>
      <figcaption>${hint}</figcaption>
    </figure>`;
  }
}

/** The panel's own look, added to the element that shows it. */
export const sharePanelStyles = css`
  .share {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }
  .share-link input {
    font-size: 0.875rem;
    text-overflow: ellipsis;
  }
  .share-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .share-note,
  .share-status {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .share-qr {
    margin: 0;
    display: grid;
    justify-items: center;
    gap: var(--_space-xs);
  }
  .share-qr svg {
    inline-size: min(16rem, 100%);
    block-size: auto;
    aspect-ratio: 1;
  }
  .share-qr figcaption {
    color: var(--_muted);
    font-size: 0.875rem;
    text-align: center;
  }
`;

/**
 * Whether an element on this page takes links of `address`'s kind and key (a check-in only in
 * `two-devices` mode): when none does, the element that read the link says it is not for it.
 */
export function linkClaimant(address: LinkAddress): boolean {
  const tag = `alliance-${address.kind}`;
  return [...document.querySelectorAll<HTMLElement & { storageKey?: string; mode?: string }>(tag)].some(
    (el) => (el.storageKey?.trim() || address.kind) === address.key && (tag !== 'alliance-check-in' || el.mode === 'two-devices'),
  );
}

/** What goes wrong with a link whatever element reads it: the link itself, or it is not for this element. */
export type SharedLinkProblem = LinkProblem | 'not-for-this' | 'invalid';

/** What the person reads about a link that could not be used. */
export function linkProblemText(ui: ShareUi, problem: SharedLinkProblem): string {
  const texts: Record<SharedLinkProblem, string> = {
    damaged: ui.damaged,
    'too-large': ui.tooLarge,
    newer: ui.newer,
    locked: ui.locked,
    'wrong-passphrase': ui.wrongPassphrase,
    'not-for-this': ui.notForThis,
    invalid: ui.invalid,
  };
  return texts[problem];
}
