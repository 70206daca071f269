import { html, nothing } from 'lit';
import type { Credit } from './types.js';

/**
 * A credit line cut around its one cited work, as a sentence: "From *Intimacy and Desire*,
 * chapter 11" gives ["From ", "Intimacy and Desire", ", chapter 11."]. A line with no
 * asterisks cites nothing; a line that already ends a sentence gets no second full stop.
 */
export function creditParts(text: string): readonly [before: string, work: string, after: string] {
  const end = /[.!?]["”’»)]*$/.test(text.replaceAll('*', '')) ? '' : '.';
  const match = /^([^*]*)\*([^*]+)\*(.*)$/s.exec(text);
  return match ? [match[1], match[2], match[3] + end] : [text + end, '', ''];
}

/** The credit line with its work cited, then what is ours, as a sentence of its own. */
export function renderCredit(credit: Credit) {
  const [before, work, after] = creditParts(credit.text);
  return html`${before}${work ? html`<cite>${work}</cite>` : nothing}${after}${credit.ours ? ` ${credit.ours}` : ''}`;
}
