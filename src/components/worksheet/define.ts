import { defineElement } from '../../base/define.js';
import { AllianceWorksheet } from './worksheet.js';
// Declares the element's events in GlobalEventHandlersEventMap for code that imports only this entry.
import './worksheet.events.js';

defineElement('alliance-worksheet', AllianceWorksheet);

declare global {
  interface HTMLElementTagNameMap {
    'alliance-worksheet': AllianceWorksheet;
  }
}
