// The floor for the render benchmark: the least a Lit element can do to show a principle card.
// Same shadow DOM and the same CSS as <alliance-principle>; none of its work on language,
// provider settings, attribute checks or reflected variants. Bundled by bench/render.mjs with
// the production build of the same Lit, its templates minified like the CDN build's.
import { LitElement, html } from 'lit';
import { en } from '../build/content/en.js';
import { tokens, hostStyles } from '../build/styles/tokens.js';
import { styles } from '../build/components/principle/principle.styles.js';
import { creditParts } from '../build/content/credit.js';

const { ui, principles } = en;

class BenchMinimalCard extends LitElement {
  static styles = [tokens, hostStyles, styles];
  static properties = { number: { type: Number } };

  constructor() {
    super();
    this.number = 1;
  }

  render() {
    const p = principles.items[this.number - 1];
    const { credit } = principles;
    const [before, work, after] = creditParts(credit.text);
    return html`
      <article class="card" part="card" aria-labelledby="heading">
        <p class="label" part="label">${ui.principle.numberLabel.replace('{number}', String(p.number))}</p>
        <div class="title" id="heading" part="heading" role="heading" aria-level="3">
          <slot name="title">${p.title}</slot>
        </div>
        <div class="text" part="body"><slot name="text">${p.text}</slot></div>
        <p class="limit" part="limit" role="note" ?hidden=${!p.limit}>${p.limit ?? ''} ${''}</p>
        <p class="question" part="question">
          <span class="question-label">${ui.principle.reflect}</span>
          <span class="question-text">${p.question}</span>
        </p>
        <p class="credit" part="credit">${before}<cite>${work}</cite>${after} ${credit.ours ?? ''}</p>
      </article>
    `;
  }
}
customElements.define('bench-minimal-card', BenchMinimalCard);

/** Card `i` of a run: principles 1 to 8 in turn. */
export function make(i) {
  const card = document.createElement('bench-minimal-card');
  card.number = (i % principles.items.length) + 1;
  return card;
}
