import { defineElement } from '../../base/define.js';
import '../principle/define.js';
import { AlliancePrinciples } from './principles.js';

defineElement('alliance-principles', AlliancePrinciples);

declare global {
  interface HTMLElementTagNameMap {
    'alliance-principles': AlliancePrinciples;
  }
}
