import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { SettingsController } from '../../controllers/settings.js';
import { addEnglish } from '../../content/locales.js';
import { enPrinciples } from '../../content/en/principles.js';
import type { Principle } from '../../content/types.js';
import { creditParts } from '../../content/credit.js';
import { oneOf, warnOnce } from '../../base/warn.js';
import { hostStyles, tokens } from '../../styles/tokens.js';
import { styles } from './principle.styles.js';

export const principleVariants = ['card', 'compact'] as const;
export type PrincipleVariant = (typeof principleVariants)[number];

/** The principles are numbered 1 to 8. */
export const PRINCIPLE_COUNT = 8;

/** True for a whole number from 1 to 8. */
export function isPrincipleNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= PRINCIPLE_COUNT;
}

/**
 * One of the eight points of a collaborative alliance, as a card: its number, title, text,
 * a question to reflect on, and where the idea comes from. The principles whose advice would
 * harm someone who is not safe (2, 4, 5, 7 and 8) say where it stops applying and where to turn
 * (the provider's `help-href`, when it gives one).
 *
 * A `number` outside 1 to 8 warns once in the console and shows a small notice instead.
 *
 * @tagname alliance-principle
 * @summary One principle of a collaborative alliance, as a card.
 * @slot title - Replaces the principle's title.
 * @slot text - Replaces the principle's text.
 * @csspart card - The card around everything.
 * @csspart label - The "Principle 3" line above the title.
 * @csspart heading - The title.
 * @csspart body - The text.
 * @csspart question - The reflection question and its label.
 * @csspart limit - Where the principle's advice stops applying, and where to turn.
 * @csspart credit - Where the idea comes from.
 * @cssprop [--alliance-principle-padding=1.5rem] - Space inside the card (1rem when compact).
 * @cssprop [--alliance-principle-background=var(--alliance-color-surface)] - The card's background.
 * @cssprop [--alliance-principle-accent-width=0.375rem] - Width of the accent bar at the card's start edge.
 * @cssprop [--alliance-principle-title-size=1.5rem] - Font size of the title (1.125rem when compact).
 * @cssprop [--alliance-principle-max-width=40rem] - The widest the card grows.
 */
export class AlliancePrinciple extends LitElement {
  static override styles = [tokens, hostStyles, styles];

  static {
    // The element's English words, the fallback of every language, come with the element.
    addEnglish(enPrinciples);
  }

  readonly #settings = new SettingsController(this);

  /** Which principle to show, 1 to 8. */
  @property({ type: Number }) number?: number;

  /** `card` shows everything; `compact` leaves out the reflection question and tightens the spacing. */
  @property() variant: PrincipleVariant = 'card';

  /** The level of the title in the page's outline (2 to 6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) {
      const variant = oneOf('alliance-principle', 'variant', this.variant, principleVariants, 'card');
      if (variant !== this.variant) this.variant = variant;
    }
    if ((changed.has('number') || !this.hasUpdated) && !isPrincipleNumber(this.number)) {
      const raw = this.getAttribute('number') ?? (this.number === undefined ? null : String(this.number));
      warnOnce(
        raw === null
          ? `<alliance-principle> needs a number from 1 to ${PRINCIPLE_COUNT}, e.g. number="1".`
          : `<alliance-principle> number="${raw}" is not a principle; use a number from 1 to ${PRINCIPLE_COUNT}.`,
      );
    }
  }

  override render() {
    const { ui, principles } = this.#settings.content;
    if (!isPrincipleNumber(this.number)) {
      const value = this.getAttribute('number') ?? (this.number === undefined ? '' : String(this.number));
      return html`<p class="notice" part="card" role="note">
        ${this.#settings.format(ui.principle.badNumber, { value, min: 1, max: PRINCIPLE_COUNT })}
      </p>`;
    }
    const principle: Principle = principles.items[this.number - 1];
    // One template for the whole card (the credit written out here rather than through
    // renderCredit, the question and the limit hidden rather than left out): a page of cards
    // clones one template per card, not three.
    const { credit } = principles;
    const [before, work, after] = creditParts(credit.text);
    const help = this.#settings.help;
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3));
    return html`
      <article class="card ${this.variant}" part="card" aria-labelledby="heading">
        <p class="label" part="label">${this.#settings.format(ui.principle.numberLabel, { number: principle.number })}</p>
        <div class="title" id="heading" part="heading" role="heading" aria-level=${level}>
          <slot name="title">${principle.title}</slot>
        </div>
        <div class="text" part="body"><slot name="text">${principle.text}</slot></div>
        <p class="limit" part="limit" role="note" ?hidden=${!principle.limit}>
          ${principle.limit ?? ''} ${principle.limit && help ? html`<a href=${help.href}>${help.label}</a>` : ''}
        </p>
        <p class="question" part="question" ?hidden=${this.variant === 'compact'}>
          <span class="question-label">${ui.principle.reflect}</span>
          <span class="question-text">${principle.question}</span>
        </p>
        <p class="credit" part="credit">${before}<cite>${work}</cite>${after} ${credit.ours ?? ''}</p>
      </article>
    `;
  }
}
