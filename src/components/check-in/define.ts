import { defineElement } from '../../base/define.js';
import { AllianceCheckIn } from './check-in.js';

defineElement('alliance-check-in', AllianceCheckIn);

declare global {
  interface HTMLElementTagNameMap {
    'alliance-check-in': AllianceCheckIn;
  }
}
