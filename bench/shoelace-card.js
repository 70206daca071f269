// The peer in the render benchmark: Shoelace's <sl-card> (the cherry-picked module, which loads
// no icons or fonts) holding the same text as a principle card, in its header, body and footer
// slots. Bundled by bench/render.mjs with the production build of the same Lit.
import '@shoelace-style/shoelace/dist/components/card/card.js';
import { en } from '../build/content/en.js';
import { creditParts } from '../build/content/credit.js';

const { ui, principles } = en;

/** Card `i` of a run: principles 1 to 8 in turn, as a person would write them into <sl-card>. */
export function make(i) {
  const p = principles.items[i % principles.items.length];
  const { credit } = principles;
  const card = document.createElement('sl-card');
  const header = document.createElement('div');
  header.slot = 'header';
  const label = document.createElement('p');
  label.textContent = ui.principle.numberLabel.replace('{number}', String(p.number));
  const heading = document.createElement('h3');
  heading.textContent = p.title;
  header.append(label, heading);
  const text = document.createElement('p');
  text.textContent = p.text;
  const limit = document.createElement('p');
  limit.textContent = p.limit ?? '';
  limit.hidden = !p.limit;
  const question = document.createElement('p');
  const questionLabel = document.createElement('span');
  questionLabel.textContent = ui.principle.reflect;
  const q = document.createElement('span');
  q.textContent = p.question;
  question.append(questionLabel, ' ', q);
  const footer = document.createElement('small');
  footer.slot = 'footer';
  const [before, work, after] = creditParts(credit.text);
  const cite = document.createElement('cite');
  cite.textContent = work;
  footer.append(before, cite, `${after} ${credit.ours ?? ''}`);
  card.append(header, text, limit, question, footer);
  return card;
}
