import { defineElement } from '../../base/define.js';
import { AlliancePractice } from './practice.js';

defineElement('alliance-practice', AlliancePractice);

declare global {
  interface HTMLElementTagNameMap {
    'alliance-practice': AlliancePractice;
  }
}
