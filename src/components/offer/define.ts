import { defineElement } from '../../base/define.js';
import { AllianceOffer } from './offer.js';

defineElement('alliance-offer', AllianceOffer);

declare global {
  interface HTMLElementTagNameMap {
    'alliance-offer': AllianceOffer;
  }
}
