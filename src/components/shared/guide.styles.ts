import { css } from 'lit';

/**
 * The pieces the guide elements share: a card, headings, a field with its label and hint,
 * and the credit line (their buttons are the shared ones, src/styles/controls.ts).
 */
export const guideStyles = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    padding: var(--alliance-guide-padding, var(--_space-l));
    background: var(--_surface);
    border: 1px solid var(--_border);
    /* Every card's accent, as on the check-in's, the timer's and the principle's. */
    border-inline-start: var(--alliance-card-accent-width, 0.375rem) solid var(--_accent);
    border-radius: var(--_radius-m);
    box-shadow: var(--_shadow);
  }
  .title {
    font-family: var(--_font-display);
    font-size: 1.5rem;
    font-weight: 600;
    line-height: 1.25;
  }
  .subtitle {
    font-family: var(--_font-display);
    font-size: 1.1875rem;
    font-weight: 600;
    line-height: 1.3;
  }
  .muted {
    color: var(--_muted);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  label,
  .label {
    font-weight: 600;
    font-size: 0.9375rem;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  textarea,
  input[type='text'] {
    inline-size: 100%;
    padding: var(--_space-s) var(--_space-m);
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius-s);
  }
  textarea {
    min-block-size: 4.5rem;
    resize: vertical;
  }
  .icon {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  .icon:dir(rtl) {
    transform: scaleX(-1);
  }
  .credit {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  /* The small label above an example or a question to swap. */
  .example-label,
  .pair-label {
    display: block;
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  /* An example, and where a piece of advice stops applying: set apart from the advice. */
  .example,
  .limit {
    padding-inline-start: var(--_space-m);
    border-inline-start: 3px solid var(--_border);
  }
  .limit {
    color: var(--_muted);
    font-size: 0.875rem;
  }
`;
