import { LitElement, html, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SettingsController } from '../../controllers/settings.js';
import { addEnglish } from '../../content/locales.js';
import { enPrinciples } from '../../content/en/principles.js';
import { oneOf, warnOnce } from '../../base/warn.js';
import { hostStyles, tokens } from '../../styles/tokens.js';
import { controlStyles } from '../../styles/controls.js';
import { PRINCIPLE_COUNT, isPrincipleNumber, principleVariants, type PrincipleVariant } from '../principle/principle.js';
import { AlliancePrincipleChangeEvent } from './principles.events.js';
import { dailyPrinciple } from './daily.js';
import { LocalDayController } from '../../controllers/local-day.js';
import { renderSafety, safetyStyles } from '../shared/safety.js';
import { enSafety } from '../../content/en/safety.js';
import { styles } from './principles.styles.js';

export const deckModes = ['carousel', 'list', 'daily'] as const;
export type DeckMode = (typeof deckModes)[number];

const chevron = svg`<path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>`;
const chevronBack = svg`<path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>`;

/**
 * The eight principles of a collaborative alliance together: one card at a time with
 * previous and next (`carousel`), all eight (`list`), or the principle of the day (`daily`),
 * the same for everyone on one local calendar day.
 *
 * In the carousel, the arrow keys move between cards (Home and End go to the first and
 * last), and the new position ("3 of 8") is announced politely.
 *
 * @tagname alliance-principles
 * @summary The eight principles as a carousel, a list, or the card of the day.
 * Under the cards, a short note says what the principles are not (therapy), who they are not
 * for and where to turn.
 *
 * @slot safety - Replaces the note on scope and safety. The provider's `safety-text` and `help-href` change it for every element.
 * @fires {AlliancePrincipleChangeEvent} alliance-principle-change - A person moved to another card; `event.number` (also `event.detail`) is the principle now shown. Not fired when code sets `start`.
 * @csspart deck - The container of the cards and controls.
 * @csspart controls - The row with the previous and next buttons.
 * @csspart button - The previous and next buttons.
 * @csspart position - The visible "3 of 8".
 * @csspart safety - The note on scope and safety under the cards.
 * @cssprop [--alliance-principles-gap=1rem] - Space between the cards and the controls.
 * @cssprop [--alliance-principles-max-width=42rem] - The widest the deck grows.
 */
export class AlliancePrinciples extends LitElement {
  static override styles = [tokens, hostStyles, controlStyles, safetyStyles, styles];

  static {
    // The element's English words, the fallback of every language, come with the element.
    addEnglish(enPrinciples);
    addEnglish(enSafety);
  }

  readonly #settings = new SettingsController(this);
  readonly #day = new LocalDayController(this);

  /** `carousel` (one card at a time), `list` (all eight) or `daily` (the card of the day). */
  @property() mode: DeckMode = 'carousel';

  /** The principle the carousel opens on, 1 to 8. */
  @property({ type: Number }) start = 1;

  /** The look of each card: `card` or `compact`. */
  @property() variant: PrincipleVariant = 'card';

  /** The level of each card's title in the page's outline (2 to 6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private _current = 1;
  @state() private _announcement = '';

  /** The principle shown now (in `list` mode, the one a carousel would show). */
  get current(): number {
    return this.#mode === 'daily' ? this.#today : this._current;
  }

  get #mode(): DeckMode {
    return oneOf('alliance-principles', 'mode', this.mode, deckModes, 'carousel');
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode')) void this.#mode; // warns once about an unknown mode
    if (changed.has('variant')) oneOf('alliance-principles', 'variant', this.variant, principleVariants, 'card');
    if (changed.has('start')) {
      if (isPrincipleNumber(this.start)) {
        this._current = this.start;
      } else {
        const raw = this.getAttribute('start') ?? String(this.start);
        warnOnce(`<alliance-principles> start="${raw}" is not a principle; use a number from 1 to ${PRINCIPLE_COUNT}. Starting at 1.`);
        this._current = 1;
      }
    }
  }

  get #today(): number {
    return dailyPrinciple(this.#day.date, PRINCIPLE_COUNT);
  }

  #moveBy(step: number): void {
    this.#moveTo(((this._current - 1 + step + PRINCIPLE_COUNT) % PRINCIPLE_COUNT) + 1);
  }

  #moveTo(number: number): void {
    if (number === this._current) return;
    this._current = number;
    this._announcement = this.#position(number);
    this.dispatchEvent(new AlliancePrincipleChangeEvent(number));
  }

  #position(number: number): string {
    return this.#settings.format(this.#settings.content.ui.deck.position, { current: number, total: PRINCIPLE_COUNT });
  }

  #onPrevious = (): void => this.#moveBy(-1);
  #onNext = (): void => this.#moveBy(1);

  // https://www.w3.org/WAI/ARIA/apg/patterns/carousel/ with arrow keys, as in a tab list.
  #onKeydown = (event: KeyboardEvent): void => {
    const rtl = getComputedStyle(this).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (event.key === forward) this.#moveBy(1);
    else if (event.key === back) this.#moveBy(-1);
    else if (event.key === 'Home') this.#moveTo(1);
    else if (event.key === 'End') this.#moveTo(PRINCIPLE_COUNT);
    else return;
    event.preventDefault();
  };

  #card(number: number) {
    return html`<alliance-principle
      number=${number}
      variant=${this.variant}
      heading-level=${this.headingLevel}
    ></alliance-principle>`;
  }

  override render() {
    return html`${this.#renderCards()}${renderSafety(this.#settings)}`;
  }

  #renderCards() {
    const { ui } = this.#settings.content;
    switch (this.#mode) {
      case 'list':
        return html`<ol class="list" part="deck" aria-label=${ui.deck.label}>
          ${Array.from({ length: PRINCIPLE_COUNT }, (_, i) => html`<li>${this.#card(i + 1)}</li>`)}
        </ol>`;
      case 'daily':
        return html`<section class="deck" part="deck" aria-labelledby="daily-label">
          <p class="daily-label" id="daily-label">${ui.deck.daily}</p>
          ${this.#card(this.#today)}
        </section>`;
      default:
        return this.#renderCarousel();
    }
  }

  #renderCarousel() {
    const { ui } = this.#settings.content;
    const position = this.#position(this._current);
    return html`<section
      class="deck"
      part="deck"
      aria-roledescription="carousel"
      aria-label=${ui.deck.label}
      @keydown=${this.#onKeydown}
    >
      <div class="slide" role="group" aria-roledescription="slide" aria-label=${position} tabindex="0">
        ${this.#card(this._current)}
      </div>
      <div class="controls no-print" part="controls">
        <button type="button" class="icon-button" part="button" aria-label=${ui.deck.previous} @click=${this.#onPrevious}>
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${chevronBack}</svg>
        </button>
        <span class="position" part="position" aria-hidden="true">${position}</span>
        <button type="button" class="icon-button" part="button" aria-label=${ui.deck.next} @click=${this.#onNext}>
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${chevron}</svg>
        </button>
      </div>
      <div class="visually-hidden" role="status">${this._announcement}</div>
    </section>`;
  }
}
