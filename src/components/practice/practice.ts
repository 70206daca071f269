import { LitElement, html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SettingsController } from '../../controllers/settings.js';
import { addEnglish } from '../../content/locales.js';
import { enPractices } from '../../content/en/practices.js';
import { StoredController } from '../../controllers/stored.js';
import { renderCredit } from '../../content/credit.js';
import { oneOf } from '../../base/warn.js';
import { hostStyles, tokens } from '../../styles/tokens.js';
import { controlStyles } from '../../styles/controls.js';
import { guideStyles } from '../shared/guide.styles.js';
import { renderSafety, safetyStyles } from '../shared/safety.js';
import { enSafety } from '../../content/en/safety.js';
import { enKeeping } from '../../content/en/keeping.js';
import { renderNotesNotice, storageNoticeStyles } from '../shared/storage-notice.js';
import { styles } from './practice.styles.js';
import { AlliancePracticeChangeEvent, AlliancePracticeCopyEvent } from './practice.events.js';

/** The four ways to practise collaboration, in the order the text gives them; `all` shows every one. */
export const practiceIds = ['reframe', 'both-and', 'teamwork', 'hero'] as const;
export type PracticeId = (typeof practiceIds)[number];
export const practiceChoices = ['all', ...practiceIds] as const;
export type PracticeChoice = (typeof practiceChoices)[number];

interface BothAnd {
  readonly want: string;
  readonly need: string;
}

const chevron = svg`<path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>`;
const chevronBack = svg`<path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>`;

/**
 * Four ways to practise collaboration (the PACER model, *Love. Crash. Rebuild.*): turn a
 * blaming question into a question about "us"; say both/and; set a teamwork goal; be a
 * relational hero. One of them with `practice`, or all four.
 *
 * The both/and parts and the teamwork answer stay in this browser (or wherever the
 * provider's store keeps them).
 *
 * @tagname alliance-practice
 * @summary Prompts for practising collaboration as a couple.
 * @slot safety - Replaces the note on scope and safety (not therapy, not for a relationship where someone is afraid, where to turn). The provider's `safety-text` and `help-href` change it for every element.
 * @fires {AlliancePracticeCopyEvent} alliance-practice-copy - A person copied the both/and sentence; `event.text` is the sentence.
 * @fires {AlliancePracticeChangeEvent} alliance-practice-change - A person finished writing an answer (`event.practice` is `both-and` or `teamwork`, `event.value` the answer); it is saved.
 * @csspart card - The card around everything.
 * @csspart practice - Each practice's section.
 * @csspart sentence - The composed both/and sentence.
 * @csspart mantra - "Connection, not victory."
 * @csspart safety - The note on scope and safety.
 * @cssprop [--alliance-practice-max-width=44rem] - The widest the element grows.
 * @cssprop [--alliance-guide-padding=1.5rem] - Space inside the card.
 */
export class AlliancePractice extends LitElement {
  static override styles = [tokens, hostStyles, controlStyles, guideStyles, storageNoticeStyles, safetyStyles, styles];

  static {
    // The element's English words, the fallback of every language, come with the element.
    addEnglish(enPractices);
    addEnglish(enSafety);
    addEnglish(enKeeping);
  }

  readonly #settings = new SettingsController(this);
  readonly #bothAnd = new StoredController<BothAnd>(this, {
    settings: this.#settings,
    key: () => 'practice:both-and',
    initial: { want: '', need: '' },
  });
  readonly #teamwork = new StoredController<string>(this, {
    settings: this.#settings,
    key: () => 'practice:teamwork',
    initial: '',
  });

  /** One practice (`reframe`, `both-and`, `teamwork`, `hero`), or `all` (the default) for the four. */
  @property() practice: PracticeChoice = 'all';

  /** The level of the element's title in the page's outline (2 to 5); sections sit one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private _pair = 0;
  @state() private _copy: 'idle' | 'copied' | 'fallback' = 'idle';


  get #choice(): PracticeChoice {
    return oneOf('alliance-practice', 'practice', this.practice, practiceChoices, 'all');
  }

  /** The both/and sentence, or empty until both parts are written. */
  get #sentence(): string {
    const want = this.#bothAnd.value.want.trim().replace(/[.!]+$/, '');
    const need = this.#bothAnd.value.need.trim().replace(/[.!]+$/, '');
    return want && need ? this.#settings.format(this.#settings.content.ui.practice.bothAndSentence, { want, need }) : '';
  }

  /** What this person wrote, as text to keep when the browser is not saving it. */
  notesText(): string {
    const { practices } = this.#settings.content;
    const { want, need } = this.#bothAnd.value;
    const parts = [practices.title];
    if (want.trim() || need.trim()) parts.push(`${practices.bothAnd.title}\n${this.#sentence || [want, need].filter((t) => t.trim()).join('\n')}`);
    if (this.#teamwork.value.trim()) parts.push(`${practices.teamwork.title}\n${practices.teamwork.question}\n${this.#teamwork.value.trim()}`);
    return `${parts.join('\n\n')}\n`;
  }

  #movePair(step: number): void {
    const total = this.#settings.content.practices.reframe.pairs.length;
    this._pair = (this._pair + step + total) % total;
  }

  #onBothAndInput(part: keyof BothAnd, event: Event): void {
    this.#bothAnd.set({ ...this.#bothAnd.value, [part]: (event.target as HTMLInputElement).value });
    this._copy = 'idle';
  }

  #onBothAndChange = (): void => {
    void this.#bothAnd.flush();
    this.dispatchEvent(new AlliancePracticeChangeEvent('both-and', { ...this.#bothAnd.value }));
  };

  #onTeamworkInput = (event: Event): void => {
    this.#teamwork.set((event.target as HTMLTextAreaElement).value);
  };

  #onTeamworkChange = (): void => {
    void this.#teamwork.flush();
    this.dispatchEvent(new AlliancePracticeChangeEvent('teamwork', this.#teamwork.value));
  };

  #onCopy = async (): Promise<void> => {
    const text = this.#sentence;
    if (!text) return;
    let copied = false;
    try {
      if (navigator.clipboard?.writeText) {
        await navigator.clipboard.writeText(text);
        copied = true;
      }
    } catch {
      // Refused (permissions, an insecure page, an embedded frame): fall back below.
    }
    if (!copied) {
      // Show the sentence selected in a field, and try the older copy command on it.
      this._copy = 'fallback';
      await this.updateComplete;
      const fallback = this.renderRoot.querySelector<HTMLTextAreaElement>('.fallback');
      fallback?.focus();
      fallback?.select();
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
    }
    if (copied) {
      this._copy = 'copied';
      this.dispatchEvent(new AlliancePracticeCopyEvent(text));
    }
  };

  #heading(text: string, level: number, id?: string): TemplateResult {
    return html`<div class=${level === this.#level ? 'title' : 'subtitle'} id=${ifDefined(id)} role="heading" aria-level=${level}>
      ${text}
    </div>`;
  }

  get #level(): number {
    return Math.min(5, Math.max(2, Math.trunc(this.headingLevel) || 2));
  }

  #renderReframe(level: number) {
    const { practices, ui } = this.#settings.content;
    const { pairs } = practices.reframe;
    const pair = pairs[this._pair % pairs.length];
    return html`<section class="practice" part="practice" data-practice="reframe">
      ${this.#heading(practices.reframe.title, level)}
      <p>${practices.reframe.text}</p>
      <p class="limit">${practices.reframe.limit}</p>
      <div class="pair" aria-live="polite">
        <p><span class="pair-label">${ui.practice.reframeInstead}</span><q class="blaming">${pair.blaming}</q></p>
        <p><span class="pair-label">${ui.practice.reframeTry}</span><q class="curious">${pair.curious}</q></p>
      </div>
      <div class="browse no-print">
        <button type="button" class="button icon-button" aria-label=${ui.practice.previousPair} @click=${() => this.#movePair(-1)}>
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${chevronBack}</svg>
        </button>
        <span class="position">${this.#settings.format(ui.practice.pairPosition, { current: this._pair + 1, total: pairs.length })}</span>
        <button type="button" class="button icon-button" aria-label=${ui.practice.nextPair} @click=${() => this.#movePair(1)}>
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${chevron}</svg>
        </button>
      </div>
    </section>`;
  }

  #renderBothAnd(level: number) {
    const { practices, ui } = this.#settings.content;
    const sentence = this.#sentence;
    return html`<section class="practice" part="practice" data-practice="both-and">
      ${this.#heading(practices.bothAnd.title, level)}
      <p>${practices.bothAnd.text}</p>
      <p class="muted">${practices.bothAnd.example}</p>
      <div class="both-and">
        <div class="field">
          <label for="want">${ui.practice.wantLabel}</label>
          <input
            id="want"
            type="text"
            maxlength="300"
            placeholder=${ui.practice.wantPlaceholder}
            .value=${this.#bothAnd.value.want}
            @input=${(e: Event) => this.#onBothAndInput('want', e)}
            @change=${this.#onBothAndChange}
          />
        </div>
        <div class="field">
          <label for="need">${ui.practice.needLabel}</label>
          <input
            id="need"
            type="text"
            maxlength="300"
            placeholder=${ui.practice.needPlaceholder}
            .value=${this.#bothAnd.value.need}
            @input=${(e: Event) => this.#onBothAndInput('need', e)}
            @change=${this.#onBothAndChange}
          />
        </div>
      </div>
      <div class="field">
        <span class="label" id="sentence-label">${ui.practice.sentenceLabel}</span>
        <output class="sentence ${sentence ? '' : 'empty'}" part="sentence" aria-labelledby="sentence-label" for="want need">
          ${sentence || ui.practice.sentenceEmpty}
        </output>
      </div>
      <div class="copy-row no-print">
        <button type="button" class="button" ?disabled=${!sentence} @click=${this.#onCopy}>${ui.practice.copy}</button>
        <span role="status" class="muted">
          ${this._copy === 'copied' ? ui.practice.copied : this._copy === 'fallback' ? ui.practice.copyFallback : ''}
        </span>
      </div>
      ${this._copy === 'fallback'
        ? html`<textarea class="fallback" readonly aria-label=${ui.practice.sentenceLabel} .value=${sentence}></textarea>`
        : nothing}
    </section>`;
  }

  #renderTeamwork(level: number) {
    const { practices, ui } = this.#settings.content;
    return html`<section class="practice" part="practice" data-practice="teamwork">
      ${this.#heading(practices.teamwork.title, level)}
      <p>${practices.teamwork.text}</p>
      <div class="field">
        <label for="teamwork">${practices.teamwork.question}</label>
        <textarea
          id="teamwork"
          maxlength="2000"
          aria-describedby="teamwork-hint"
          .value=${this.#teamwork.value}
          @input=${this.#onTeamworkInput}
          @change=${this.#onTeamworkChange}
        ></textarea>
        <span class="hint" id="teamwork-hint">${ui.practice.teamworkHint}</span>
      </div>
    </section>`;
  }

  #renderHero(level: number) {
    const { practices, ui } = this.#settings.content;
    return html`<section class="practice" part="practice" data-practice="hero">
      ${this.#heading(practices.hero.title, level)}
      <p>${practices.hero.text}</p>
      <p class="limit">${practices.hero.limit}</p>
      <p>${ui.practice.heroPrompt}</p>
      <p class="mantra" part="mantra"><span class="visually-hidden">${ui.practice.mantraLabel}: </span>${practices.hero.mantra}</p>
    </section>`;
  }

  override render() {
    const { practices, ui } = this.#settings.content;
    const choice = this.#choice;
    const level = this.#level;
    const section = (id: PracticeId, l: number): TemplateResult =>
      id === 'reframe' ? this.#renderReframe(l) : id === 'both-and' ? this.#renderBothAnd(l) : id === 'teamwork' ? this.#renderTeamwork(l) : this.#renderHero(l);
    const body =
      choice === 'all'
        ? html`${this.#heading(practices.title, level, 'title')}
            <p>${practices.intro}</p>
            <div class="practices">${practiceIds.map((id) => section(id, level + 1))}</div>`
        : section(choice, level);
    return html`<div class="card" part="card">
      ${body}
      <div role="status">${this.#bothAnd.memoryOnly || this.#teamwork.memoryOnly ? renderNotesNotice(ui, () => this.notesText()) : nothing}</div>
      ${renderSafety(this.#settings)}
      <p class="credit">${renderCredit(practices.credit)}</p>
    </div>`;
  }
}
