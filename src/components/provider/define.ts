import { defineElement } from '../../base/define.js';
import { AllianceProvider } from './provider.js';

defineElement('alliance-provider', AllianceProvider);

declare global {
  interface HTMLElementTagNameMap {
    'alliance-provider': AllianceProvider;
  }
}
