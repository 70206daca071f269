import { defineElement } from '../../base/define.js';
import { AllianceOffer } from './offer.js';
// Declares the element's events in GlobalEventHandlersEventMap for code that imports only this entry.
import './offer.events.js';

defineElement('alliance-offer', AllianceOffer);

declare global {
  interface HTMLElementTagNameMap {
    'alliance-offer': AllianceOffer;
  }
}
