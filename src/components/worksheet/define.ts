import { defineElement } from '../../base/define.js';
import { AllianceWorksheet } from './worksheet.js';

defineElement('alliance-worksheet', AllianceWorksheet);

declare global {
  interface HTMLElementTagNameMap {
    'alliance-worksheet': AllianceWorksheet;
  }
}
