import { defineElement } from '../../base/define.js';
import { AllianceCheckIn } from './check-in.js';
// Declares the element's events in GlobalEventHandlersEventMap for code that imports only this entry.
import './check-in.events.js';

defineElement('alliance-check-in', AllianceCheckIn);

declare global {
  interface HTMLElementTagNameMap {
    'alliance-check-in': AllianceCheckIn;
  }
}
