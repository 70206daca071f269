import { css, html, nothing, type TemplateResult } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SettingsController } from '../../controllers/settings.js';
import { StoredController } from '../../controllers/stored.js';
import { addEnglish } from '../../content/locales.js';
import { enShare } from '../../content/en/share.js';
import type { ShareUi, TwoDevicesUi } from '../../content/types.js';
import { isLocked, linkAddress, makeLink, readLink, type LinkAddress } from '../../share/link.js';
import { SharePanel, linkClaimant, linkProblemText, sharePanelStyles, type SharedLinkProblem } from '../../share/share-panel.js';
import { MAX_ANSWER_LENGTH, newId, type CheckInDraft, type CheckInEntry, type DraftStep } from './entries.js';
import { LINK_KIND, readCheckInLink, type CheckInLinkData, type LinkResponse } from './two-devices.data.js';
import { AllianceCheckInReceiveEvent, AllianceCheckInShareEvent } from './two-devices.events.js';

/**
 * The check-in on two phones (`mode="two-devices"`), loaded when that mode is asked for or a
 * link arrives: the first partner answers and sends a private link (share sheet, copy, QR
 * code); the second opens it, answers while the first partner's answers stay folded, sees both
 * and saves, and sends both back; the first phone opens that and saves the same check-in. A
 * link is untrusted input: it is read with limits and checked field by field, and nothing of
 * it is stored until a person saves.
 */

export const twoDevicesStyles = [
  sharePanelStyles,
  css`
    .two {
      display: flex;
      flex-direction: column;
      gap: var(--_space-m);
    }
    .two form {
      display: flex;
      flex-direction: column;
      gap: var(--_space-s);
    }
    .two .problem {
      color: var(--_warning);
    }
  `,
];

/** What the part needs from the check-in. */
export interface TwoDevicesHost {
  readonly settings: SettingsController;
  readonly element: ReactiveControllerHost & HTMLElement & { readonly mode: string; readonly storageKey: string };
  /** The questions asked (the content's own, or the page's). */
  questions(): readonly string[];
  scale(): boolean;
  /** The names the check-in knows on this phone. */
  name(who: 0 | 1): string;
  /** The check-ins in this phone's history. */
  entries(): readonly CheckInEntry[];
  draft(): CheckInDraft;
  goTo(step: DraftStep, announcement: string): void;
  /** Keeps a completed check-in as the check-in keeps its own (the submit event, the store, the reveal); `rest`: the draft to leave, else it is cleared. */
  keep(entry: CheckInEntry, rest?: CheckInDraft): void;
  announce(text: string): void;
  focus(find: () => HTMLElement | null | undefined): void;
  level(offset: number): number;
  renderAnswers(entry: CheckInEntry, level: number): TemplateResult;
}

/** A link that arrived: its data, the word that opened it, and where this phone's own check-in was. */
interface Arrived {
  readonly data: CheckInLinkData;
  readonly passphrase: string;
  readonly locked: boolean;
  /** The step this phone's own check-in was at, to go back to once this one is saved. */
  readonly resume: DraftStep;
}

/** What the first phone remembers of a link it sent: the check-in's id and date. */
interface Sent {
  readonly id: string;
  readonly date: string;
}

type Problem = SharedLinkProblem | 'other-questions' | 'own-link' | 'already-saved';

export class TwoDevices implements ReactiveController {
  readonly #host: TwoDevicesHost;
  readonly #panel: SharePanel;
  readonly #sent: StoredController<unknown>;
  #arrived?: Arrived;
  /** A second phone's check-in, saved: what goes back to the first. */
  #answered?: { data: CheckInLinkData; passphrase: string; locked: boolean };
  #locked?: { address: LinkAddress; wrong: boolean };
  #problem?: { kind: Problem; name: string };
  #passphrase = '';
  #busy = false;

  constructor(host: TwoDevicesHost) {
    this.#host = host;
    this.#panel = new SharePanel({ element: host.element, settings: host.settings, announce: (text) => host.announce(text) });
    this.#sent = new StoredController<unknown>(host.element, { settings: host.settings, key: () => `${this.#prefix()}:sent`, initial: undefined, debounce: 0 });
    // Made while the check-in is on the page: Lit calls hostConnected now, and again on each return.
    host.element.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.#onHashChange);
    this.#onHashChange();
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.#onHashChange);
  }

  /** The check-in's `storage-key`. */
  #prefix(): string {
    return (this.#host.element.storageKey ?? '').trim() || 'check-in';
  }

  /** In `two-devices` mode (in another, the part only reads links, to say they are not for it). */
  #on(): boolean {
    return this.#host.element.mode === 'two-devices';
  }

  /** The page's own questions, or null when it asks the content's. */
  #custom(): readonly string[] | null {
    const questions = this.#host.questions();
    return questions === this.#host.settings.content.checkIn.questions ? null : questions;
  }

  get #ui(): TwoDevicesUi {
    return this.#host.settings.content.ui.twoDevices;
  }

  get #share(): ShareUi {
    return this.#host.settings.content.ui.share;
  }

  #format(text: string, name: string): string {
    return this.#host.settings.format(text, { name });
  }

  /** The names for the check-in on screen: the link's while one is being answered, else this phone's. */
  name(who: 0 | 1): string | undefined {
    return this.#arrived?.data.step === 'first' ? this.#arrived.data.names[who] || undefined : undefined;
  }

  /**
   * The second partner finished a check-in that came in a link: keeps it with the first
   * partner's answers from the link, and takes this phone's own check-in (if one was under way)
   * back to where it was. False when no link is being answered (the check-in completes its own).
   */
  complete(draft: CheckInDraft): boolean {
    const arrived = this.#arrived;
    if (arrived?.data.step !== 'first') return false;
    const { data } = arrived;
    const host = this.#host;
    const second = this.#response(draft, 1);
    this.#host.keep(
      {
        id: data.id,
        date: data.date,
        mode: 'two-devices',
        questions: [...host.questions()],
        responses: [data.responses[0], second].map((r, i) => ({ name: data.names[i] || host.name(i as 0 | 1), answers: [...r.answers], rating: r.rating })),
      },
      { ...draft, step: arrived.resume, answers: [draft.answers[0], []], ratings: [draft.ratings[0], null] },
    );
    return true;
  }

  /** The check-in kept `entry`: if it answered a link, what goes back is ready to send. */
  kept(entry: CheckInEntry): void {
    const arrived = this.#arrived;
    if (arrived?.data.step === 'first' && arrived.data.id === entry.id) {
      const data: CheckInLinkData = {
        ...arrived.data,
        step: 'both',
        responses: entry.responses.map((r) => ({ answers: r.answers, rating: r.rating })),
      };
      this.#answered = { data, passphrase: arrived.passphrase, locked: arrived.locked };
      this.#panel.set(undefined);
    }
    if (arrived?.data.step === 'both' || (this.#sent.value as Sent | undefined)?.id === entry.id) void this.#sent.clear();
    this.#arrived = undefined;
  }

  // ----- links that arrive -----

  #onHashChange = (): void => {
    const address = linkAddress(location.hash);
    if (!address) return;
    const host = this.#host;
    if (address.kind !== LINK_KIND || address.key !== this.#prefix() || !this.#on()) {
      // Another element on this page may take it; if none can, this one says so.
      if (!linkClaimant(address)) this.#clearFragment(() => this.#fail('not-for-this'));
      return;
    }
    this.#clearFragment(() => {
      this.#problem = undefined;
      if (isLocked(address)) {
        this.#locked = { address, wrong: false };
        host.element.requestUpdate();
        host.focus(() => host.element.shadowRoot?.querySelector<HTMLElement>('#two-passphrase'));
        return;
      }
      void this.#open(address, '');
    });
  };

  /** The fragment leaves the address bar (and the browser's history entry) before anything else happens. */
  #clearFragment(then: () => void): void {
    history.replaceState(history.state, '', location.pathname + location.search);
    then();
  }

  async #open(address: LinkAddress, passphrase: string): Promise<void> {
    const host = this.#host;
    this.#busy = true;
    host.element.requestUpdate();
    const read = await readLink(address, passphrase);
    this.#busy = false;
    if (!read.ok) {
      if (read.problem === 'wrong-passphrase') {
        this.#locked = { address, wrong: true };
        host.element.requestUpdate();
        host.announce(this.#share.wrongPassphrase);
        host.focus(() => host.element.shadowRoot?.querySelector<HTMLElement>('#two-passphrase'));
        return;
      }
      this.#locked = undefined;
      return this.#fail(read.problem);
    }
    this.#locked = undefined;
    const custom = this.#custom();
    const data = readCheckInLink(read.envelope.data, host.questions().length);
    if (!data) return this.#fail('invalid');
    const sameQuestions = data.questions === null ? custom === null : custom !== null && custom.length === data.questions.length && custom.every((q, i) => q === data.questions![i]);
    if (!sameQuestions) return this.#fail('other-questions');
    if (host.entries().some((e) => e.id === data.id)) return this.#fail('already-saved');
    const sent = this.#sent.value as Sent | undefined;
    if (data.step === 'first' && sent?.id === data.id) return this.#fail('own-link', data.names[1]);
    const step = host.draft().step;
    // A turn of an earlier link (its link gone with a reload) is not this phone's own check-in.
    this.#arrived = { data, passphrase, locked: read.locked, resume: step === 'b' || step === 'ready' ? 'start' : step };
    this.#answered = undefined;
    host.element.dispatchEvent(new AllianceCheckInReceiveEvent(data, read.locked));
    host.element.requestUpdate();
    const heading = data.step === 'first' ? this.#ui.receivedHeading : this.#ui.bothHeading;
    host.announce(this.#format(heading, data.names[data.step === 'first' ? 0 : 1]));
    host.focus(() => host.element.shadowRoot?.querySelector<HTMLElement>('#step-heading'));
  }

  #fail(kind: Problem, name = ''): void {
    const host = this.#host;
    this.#problem = { kind, name };
    host.element.requestUpdate();
    host.announce(this.#problemText(this.#problem));
    host.focus(() => host.element.shadowRoot?.querySelector<HTMLElement>('#two-problem'));
  }

  #problemText({ kind, name }: { kind: Problem; name: string }): string {
    const ui = this.#ui;
    if (kind === 'other-questions') return ui.otherQuestions;
    if (kind === 'own-link') return this.#format(ui.ownLink, name || this.#host.name(1));
    if (kind === 'already-saved') return ui.alreadySaved;
    return linkProblemText(this.#share, kind);
  }

  // ----- what people do -----

  #onUnlock = (event: SubmitEvent): void => {
    event.preventDefault();
    const locked = this.#locked;
    const field = (event.currentTarget as HTMLFormElement).querySelector('input');
    const passphrase = field?.value ?? '';
    if (!locked || !passphrase || this.#busy) return;
    void this.#open(locked.address, passphrase);
  };

  #onDismiss = (): void => {
    this.#problem = undefined;
    this.#locked = undefined;
    this.#host.element.requestUpdate();
    this.#host.focus(() => this.#host.element.shadowRoot?.querySelector<HTMLElement>('#step-heading, #answer-0, button'));
  };

  #onPassphrase = (event: Event): void => {
    this.#passphrase = (event.target as HTMLInputElement).value;
    // A link made with another word (or none) no longer says what the person chose.
    if (this.#panel.url) this.#panel.set(undefined);
  };

  #onSend = async (): Promise<void> => {
    const host = this.#host;
    if (this.#busy) return;
    const draft = host.draft();
    const known = this.#sent.value as Sent | undefined;
    const sent: Sent = known && typeof known.id === 'string' && typeof known.date === 'string' ? known : { id: newId(), date: new Date().toISOString() };
    const data: CheckInLinkData = {
      step: 'first',
      id: sent.id,
      date: sent.date,
      questions: this.#custom(),
      names: [host.name(0), host.name(1)],
      responses: [this.#response(draft, 0)],
    };
    this.#sent.set(sent);
    await this.#send(data, this.#passphrase, host.name(1));
  };

  #onSendBack = async (): Promise<void> => {
    const answered = this.#answered;
    if (!answered || this.#busy) return;
    await this.#send(answered.data, answered.passphrase, answered.data.names[0]);
  };

  async #send(data: CheckInLinkData, passphrase: string, name: string): Promise<void> {
    const host = this.#host;
    this.#busy = true;
    host.element.requestUpdate();
    let url: string;
    try {
      url = await makeLink(location.href, { kind: LINK_KIND, key: this.#prefix(), data }, passphrase);
    } finally {
      this.#busy = false;
    }
    const own = host.element.dispatchEvent(new AllianceCheckInShareEvent(url, data.step, data.id, !!passphrase));
    this.#panel.set(url, !own);
    // The link takes the focus now, before the share sheet (if any) opens over the page.
    host.focus(() => host.element.shadowRoot?.querySelector<HTMLElement>('#share-link, .share-note'));
    host.element.requestUpdate();
    if (own) await this.#panel.shareSheet(this.#format(this.#share.sendTo, name));
  }

  #response(draft: CheckInDraft, who: 0 | 1): LinkResponse {
    const count = this.#host.questions().length;
    return {
      answers: Array.from({ length: count }, (_, q) => (draft.answers[who][q] ?? '').trim().slice(0, MAX_ANSWER_LENGTH)),
      rating: this.#host.scale() ? draft.ratings[who] : null,
    };
  }

  #onAnswer = (): void => {
    const first = this.#arrived?.data;
    if (!first) return;
    this.#host.goTo('b', this.#format(this.#ui.receivedHint, first.names[0]));
  };

  #onSave = (): void => {
    const host = this.#host;
    const arrived = this.#arrived;
    if (arrived?.data.step !== 'both') return;
    const { data } = arrived;
    host.keep({
      id: data.id,
      date: data.date,
      mode: 'two-devices',
      questions: [...host.questions()],
      responses: data.responses.map((r, i) => ({ name: data.names[i], answers: [...r.answers], rating: r.rating })),
    });
  };

  #onStartOver = (): void => {
    this.#host.goTo('start', '');
  };

  #onBackToAnswers = (): void => {
    this.#panel.set(undefined);
    this.#host.goTo('a', '');
  };

  // ----- render -----

  /** The step on screen in this mode, or undefined where the check-in's own applies. */
  render(draft: CheckInDraft): TemplateResult | undefined {
    const host = this.#host;
    const level = host.level(1);
    const heading = (text: string) => html`<div class="step-heading" id="step-heading" role="heading" aria-level=${level} tabindex="-1">${text}</div>`;
    if (this.#problem) {
      return html`<div class="two step" part="step">
        <p class="problem" id="two-problem" tabindex="-1" role="alert">${this.#problemText(this.#problem)}</p>
        <div class="actions"><button type="button" @click=${this.#onDismiss}>${this.#share.dismiss}</button></div>
      </div>`;
    }
    if (this.#locked) {
      const { wrong } = this.#locked;
      return html`<div class="two step" part="step">
        <form @submit=${this.#onUnlock}>
          <p>${this.#share.locked}</p>
          <div class="field">
            <label for="two-passphrase">${this.#share.passphraseOpen}</label>
            <input id="two-passphrase" type="text" autocomplete="off" spellcheck="false" aria-invalid=${wrong ? 'true' : 'false'} aria-describedby=${wrong ? 'two-wrong' : nothing} />
          </div>
          ${wrong ? html`<p class="problem" id="two-wrong">${this.#share.wrongPassphrase}</p>` : nothing}
          <div class="actions">
            <button type="submit" class="primary">${this.#busy ? host.settings.content.ui.partLoading : this.#share.open}</button>
            <button type="button" @click=${this.#onDismiss}>${this.#share.dismiss}</button>
          </div>
        </form>
      </div>`;
    }
    if (!this.#on()) return undefined;
    if (this.#busy && !this.#arrived && draft.step !== 'handover') return html`<p class="two step" part="step">${host.settings.content.ui.partLoading}</p>`;
    const arrived = this.#arrived?.data;
    if (arrived?.step === 'both') {
      const preview: CheckInEntry = {
        id: arrived.id,
        date: arrived.date,
        mode: 'two-devices',
        questions: [...host.questions()],
        responses: arrived.responses.map((r, i) => ({ name: arrived.names[i], answers: [...r.answers], rating: r.rating })),
      };
      return html`<div class="two step" part="step">
        ${heading(this.#ui.bothHeading)}
        <p class="hint">${this.#format(this.#ui.bothHint, arrived.names[1])}</p>
        ${host.renderAnswers(preview, host.level(2))}
        <div class="actions"><button type="button" class="primary" @click=${this.#onSave}>${this.#ui.save}</button></div>
      </div>`;
    }
    if (arrived?.step === 'first') {
      if (draft.step === 'b' || draft.step === 'ready') return undefined;
      return html`<div class="two step" part="step">
        ${heading(this.#format(this.#ui.receivedHeading, arrived.names[0]))}
        <p class="hint">${this.#format(this.#ui.receivedHint, arrived.names[0])}</p>
        <div class="actions"><button type="button" class="primary" @click=${this.#onAnswer}>${this.#ui.answer}</button></div>
      </div>`;
    }
    if (draft.step === 'handover') return this.#renderSend();
    if (draft.step === 'b' || draft.step === 'ready') {
      return html`<div class="two step" part="step">
        <p>${this.#ui.reopen}</p>
        <div class="actions"><button type="button" @click=${this.#onStartOver}>${this.#ui.startOver}</button></div>
      </div>`;
    }
    return undefined;
  }

  #renderSend(): TemplateResult {
    const host = this.#host;
    const name = host.name(1);
    const share = this.#share;
    const made = !!this.#panel.url;
    return html`<div class="two step" part="step">
      <div class="step-heading" id="step-heading" role="heading" aria-level=${host.level(1)} tabindex="-1">${this.#format(this.#ui.sendHeading, name)}</div>
      <p class="hint">${host.settings.format(this.#ui.sendHint, { other: name })}</p>
      <div class="field">
        <label for="two-word">${share.passphraseLabel}</label>
        <input id="two-word" type="text" autocomplete="off" spellcheck="false" maxlength="200" aria-describedby="two-word-hint" .value=${this.#passphrase} @input=${this.#onPassphrase} />
        <span class="hint" id="two-word-hint">${this.#format(share.passphraseHint, name)}</span>
      </div>
      <div class="actions">
        <button type="button" class=${made ? '' : 'primary'} @click=${this.#onSend}>${this.#busy ? host.settings.content.ui.partLoading : this.#format(share.sendTo, name)}</button>
        <button type="button" @click=${this.#onBackToAnswers}>${this.#ui.change}</button>
      </div>
      ${this.#panel.render(name, this.#format(share.sendTo, name))}
      ${made ? html`<p class="hint">${this.#format(this.#ui.waiting, name)}</p>` : nothing}
      ${made ? nothing : html`<p class="share-note">${share.privacy}</p>`}
    </div>`;
  }

  /** Under a check-in this phone saved from a link: both answers, ready to go back. */
  renderAfterReveal(entry: CheckInEntry): TemplateResult | typeof nothing {
    const answered = this.#answered;
    if (!answered || answered.data.id !== entry.id) return nothing;
    const name = answered.data.names[0];
    return html`<div class="two">
      <div class="step-heading" role="heading" aria-level=${this.#host.level(2)}>${this.#format(this.#ui.sendBackHeading, name)}</div>
      <p class="hint">${this.#format(this.#ui.sendBackHint, name)}</p>
      ${this.#panel.url
        ? this.#panel.render(name, this.#format(this.#share.sendTo, name))
        : html`<div class="actions">
            <button type="button" class="primary" @click=${this.#onSendBack}>${this.#busy ? this.#host.settings.content.ui.partLoading : this.#format(this.#share.sendTo, name)}</button>
          </div>`}
    </div>`;
  }
}

// The part's words come with it.
addEnglish(enShare);
