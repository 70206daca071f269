import { defineElement } from '../../base/define.js';
import { AlliancePractice } from './practice.js';
// Declares the element's events in GlobalEventHandlersEventMap for code that imports only this entry.
import './practice.events.js';

defineElement('alliance-practice', AlliancePractice);

declare global {
  interface HTMLElementTagNameMap {
    'alliance-practice': AlliancePractice;
  }
}
