import { css } from 'lit';

/**
 * The pieces the guide elements share: a card, headings, a field with its label and hint,
 * small quiet buttons and the credit line.
 */
export const guideStyles = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    padding: var(--alliance-guide-padding, var(--_space-l));
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-m);
    box-shadow: var(--_shadow);
  }
  .title {
    margin: 0;
    font-family: var(--_font-display);
    font-size: 1.5rem;
    font-weight: 600;
    line-height: 1.25;
  }
  .subtitle {
    margin: 0;
    font-family: var(--_font-display);
    font-size: 1.1875rem;
    font-weight: 600;
    line-height: 1.3;
  }
  p {
    margin: 0;
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
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-xs);
    min-block-size: 2.75rem;
    padding: var(--_space-s) var(--_space-m);
    font: inherit;
    font-weight: 600;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius-s);
    cursor: pointer;
    transition: background var(--_transition), color var(--_transition);
  }
  .button:hover {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  .icon-button {
    inline-size: 2.75rem;
    padding: 0;
    border-radius: 50%;
    border-color: var(--_border);
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
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  @media print {
    .card {
      box-shadow: none;
    }
    textarea,
    input[type='text'] {
      border-color: #999;
    }
  }
`;
