import { defineElement } from '../../base/define.js';
import '../principle/define.js';
import { AlliancePrinciples } from './principles.js';
// Declares the element's events in GlobalEventHandlersEventMap for code that imports only this entry.
import './principles.events.js';

defineElement('alliance-principles', AlliancePrinciples);

declare global {
  interface HTMLElementTagNameMap {
    'alliance-principles': AlliancePrinciples;
  }
}
