import { css } from 'lit';

export const styles = css`
  :host {
    max-inline-size: var(--alliance-check-in-max-width, 44rem);
    container: check-in / inline-size;
    --_pad: var(--alliance-check-in-padding, var(--_space-l));
  }

  /* The cards: the guides' (guideStyles), with the check-in's own padding, background and accent. */
  .card {
    padding: var(--_pad);
    background: var(--alliance-check-in-background, var(--_surface));
    border-inline-start-width: var(--alliance-check-in-accent-width, var(--alliance-card-accent-width, 0.375rem));
  }
  .card + .card {
    margin-block-start: var(--_space-l);
  }
  .title {
    text-wrap: balance;
  }
  .intro,
  .when,
  .small,
  .counter {
    font-size: 0.8125rem;
  }

  /* A step */
  .step {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    padding-block-start: var(--_space-m);
    border-block-start: 1px solid var(--_border);
  }
  .step-of {
    margin-block-end: calc(-1 * var(--_space-s));
    color: var(--_accent);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .step-heading {
    font-family: var(--_font-display);
    font-size: 1.25rem;
    font-weight: 600;
    line-height: 1.3;
  }
  /* Headings take the focus only so a screen reader starts reading there; they are not controls. */
  [tabindex='-1']:focus {
    outline: none;
  }
  .folded {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    color: var(--_muted);
    background: var(--_surface-alt);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius-s);
  }
  .icon {
    flex: none;
  }

  /* Fields: the guides' (guideStyles) */
  legend {
    font-weight: 600;
  }
  textarea {
    min-block-size: 5.5rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_warning);
    border-width: 2px;
  }
  .counter {
    align-self: flex-end;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .field-error {
    color: var(--_warning);
    font-weight: 600;
  }

  /* The names on the first screen, and the scale */
  .name-fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: var(--_space-m);
  }
  .names,
  .scale {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    margin: 0;
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
  }
  legend {
    padding-inline: var(--_space-xs);
  }
  .optional {
    color: var(--_muted);
    font-weight: 400;
  }
  .points {
    display: grid;
    gap: var(--_space-xs);
  }
  .point {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: 2.75rem;
    padding: var(--_space-xs) var(--_space-s);
    font-weight: 400;
    border-radius: var(--_radius-s);
    cursor: pointer;
  }
  .point:hover {
    background: var(--_surface-alt);
  }
  .point input {
    margin: 0;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    accent-color: var(--_accent);
  }
  .point-number {
    min-inline-size: 1ch;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  @container check-in (min-width: 36rem) {
    .points {
      grid-template-columns: repeat(5, 1fr);
    }
    .point {
      flex-direction: column;
      gap: var(--_space-xs);
      text-align: center;
      padding: var(--_space-s) var(--_space-xs);
    }
    .point-number {
      display: none;
    }
    .point-label {
      font-size: 0.875rem;
      line-height: 1.3;
    }
  }

  /* Buttons */
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  /* Buttons are the shared ones (controlStyles); in a column, a quiet one keeps to its text. */
  .link,
  .danger {
    align-self: flex-start;
  }

  /* Both answers, side by side from 32rem */
  .qa {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }
  .question {
    font-weight: 600;
  }
  .answers {
    display: grid;
    gap: var(--_space-s);
  }
  @container check-in (min-width: 32rem) {
    .answers.pair {
      grid-template-columns: 1fr 1fr;
    }
  }
  .answer {
    padding: var(--_space-s) var(--_space-m);
    background: var(--_surface-alt);
    border-radius: var(--_radius-s);
  }
  .who {
    color: var(--_accent);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .text.blank {
    color: var(--_muted);
    font-style: italic;
  }
  .kept {
    color: var(--_muted);
  }
  /* Footer: reminder, privacy, credit */
  .footer {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }
  /* A line above what opens the footer; the safety note draws its own. */
  .privacy,
  .reminder {
    padding-block-start: var(--_space-m);
    border-block-start: 1px solid var(--_border);
  }
  .reminder-heading {
    font-weight: 600;
    cursor: pointer;
  }
  .privacy {
    display: flex;
    gap: var(--_space-s);
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .privacy .icon {
    margin-block-start: 0.125rem;
  }
  ::slotted([slot='privacy']) {
    margin: 0;
  }

  @container check-in (max-width: 32rem) {
    .card {
      --_pad: var(--alliance-check-in-padding, var(--_space-m));
    }
    .actions > button {
      flex: 1 1 auto;
    }
  }

  @media print {
    .card {
      box-shadow: none;
      break-inside: auto;
    }
    form.step,
    .step.handover,
    .step.ready,
    .reminder {
      display: none;
    }
    .qa {
      break-inside: avoid;
    }
  }
`;
