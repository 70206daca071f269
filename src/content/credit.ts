import { html } from 'lit';
import type { Credit } from './types.js';

/** "From David Schnarch, Intimacy and Desire, chapter 11" as text with the work cited. */
export function renderCredit(prefix: string, credit: Credit) {
  return html`${prefix} ${credit.author}, <cite>${credit.work}</cite>${credit.detail ? `, ${credit.detail}` : ''}`;
}
