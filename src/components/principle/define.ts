import { defineElement } from '../../base/define.js';
import { AlliancePrinciple } from './principle.js';

defineElement('alliance-principle', AlliancePrinciple);

declare global {
  interface HTMLElementTagNameMap {
    'alliance-principle': AlliancePrinciple;
  }
}
