import { css, html, type TemplateResult } from 'lit';
import type { SettingsController } from '../../controllers/settings.js';

/**
 * Where to turn: the provider's help line as a link when it gives one, else the locale's
 * advice to contact a local domestic abuse helpline or emergency services.
 */
function renderHelp(settings: SettingsController): TemplateResult | string {
  const { safety } = settings.content.ui;
  const help = settings.help;
  if (!help) return safety.help;
  const [before, after = ''] = safety.helpLink.split('{link}');
  return html`${before}<a href=${help.href}>${help.label}</a>${after}`;
}

/**
 * The scope and safety note of every guiding element: not therapy, not for a relationship
 * where someone is afraid, hurt, threatened or controlled, where to turn, and that anyone may
 * stop. The host replaces it through the element's `safety` slot, or for every element
 * through the provider's `safety-text` (its wording) and `help-href` (its help line).
 */
export function renderSafety(settings: SettingsController): TemplateResult {
  const { safety } = settings.content.ui;
  const own = settings.safetyText;
  return html`<div class="safety" part="safety" role="note">
    <slot name="safety"
      ><p class="safety-text">
        ${own
          ? html`${own}${settings.help ? html` ${renderHelp(settings)}` : ''}`
          : html`${safety.scope} ${safety.notFor} ${renderHelp(settings)} ${safety.stop}`}
      </p></slot
    >
  </div>`;
}

/** The note's look: quiet, small, set apart by a rule, never an alarm. */
export const safetyStyles = css`
  .safety {
    margin: 0;
    padding-block-start: var(--_space-s);
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.8125rem;
    line-height: 1.45;
  }
  .safety-text,
  .safety ::slotted(*) {
    margin: 0;
  }
  .safety a {
    color: inherit;
  }
`;
