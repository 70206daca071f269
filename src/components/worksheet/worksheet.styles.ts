import { css } from 'lit';

export const styles = css`
  :host {
    max-inline-size: var(--alliance-worksheet-max-width, 48rem);
    container: worksheet / inline-size;
    --_clock: var(--alliance-worksheet-clock-color, var(--_accent));
  }

  /* The stepper */
  .stepper {
    display: grid;
    gap: var(--_space-s);
  }
  .step-of,
  .kicker {
    color: var(--_accent);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .steps {
    display: grid;
    grid-template-columns: repeat(5, minmax(0, 1fr));
    gap: var(--_space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: none;
  }
  .steps li {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space-xs);
    position: relative;
    font-size: 0.8125rem;
    text-align: center;
    color: var(--_muted);
  }
  /* The line that joins the steps, drawn from each step towards the previous one. */
  .steps li + li::before {
    content: '';
    position: absolute;
    inset-block-start: 0.9375rem;
    inset-inline-end: calc(50% + 1.25rem);
    inline-size: calc(100% - 2.5rem + var(--_space-xs));
    border-block-start: 2px solid var(--_border);
  }
  .steps li.done + li::before {
    border-color: color-mix(in srgb, var(--_accent) 55%, var(--_surface));
  }
  .step-number {
    display: inline-grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    border: 2px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .steps .done .step-number {
    color: var(--_accent);
    border-color: color-mix(in srgb, var(--_accent) 55%, var(--_surface));
  }
  .steps .current {
    color: var(--_text);
    font-weight: 600;
  }
  .steps .current .step-number {
    color: var(--_on-accent);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .tick {
    inline-size: 1rem;
    block-size: 1rem;
  }
  @container worksheet (max-width: 34rem) {
    /* Narrow: numbers only, except the current step's name. */
    .steps li:not(.current) .step-name {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }

  /* A step */
  .step {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    padding-block-start: var(--_space-m);
    border-block-start: 1px solid var(--_border);
    animation: enter 240ms ease-out;
  }
  /* Movement only, no fading: text is always at full contrast. */
  @keyframes enter {
    from {
      transform: translateY(0.25rem);
    }
  }
  .kicker {
    margin-block-end: calc(-1 * var(--_space-s));
  }
  .step-heading {
    font-family: var(--_font-display);
    font-size: 1.3125rem;
    font-weight: 600;
    line-height: 1.3;
    text-wrap: balance;
  }
  .step-heading:focus,
  .document-title:focus {
    outline: none;
  }
  .step-heading:focus-visible,
  .document-title:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 4px;
    border-radius: 2px;
  }
  .subheading {
    font-family: var(--_font-display);
    font-size: 1.0625rem;
    font-weight: 600;
  }
  .how-to {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: var(--_space-xs);
  }
  .group {
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
    font-weight: 600;
  }
  .name-fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
    gap: var(--_space-m);
  }
  input[type='date'],
  input[type='file'] {
    font: inherit;
    color: var(--_text);
  }
  input[type='date'] {
    padding: var(--_space-s) var(--_space-m);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius-s);
  }
  [aria-invalid='true'] {
    border-color: var(--_warning);
    border-width: 2px;
  }
  .field-error {
    color: var(--_warning);
    font-weight: 600;
    font-size: 0.9375rem;
  }

  /* Buttons */
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
  }
  .step > .actions {
    justify-content: space-between;
    padding-block-start: var(--_space-s);
  }
  .step > .actions .next {
    margin-inline-start: auto;
  }
  .link {
    font-size: 0.9375rem;
  }
  .start-over {
    display: flex;
    justify-content: flex-end;
  }

  /* The gentle clock: calm colours only, whatever the time. */
  .clock {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    background: var(--_surface-alt);
    border-radius: var(--_radius-s);
  }
  .clock progress {
    flex: 1 1 8rem;
    max-inline-size: 12rem;
    block-size: 0.5rem;
    appearance: none;
    border: 0;
    border-radius: 1rem;
    background: var(--_border);
    overflow: hidden;
  }
  .clock progress::-webkit-progress-bar {
    background: var(--_border);
  }
  .clock progress::-webkit-progress-value {
    background: color-mix(in srgb, var(--_clock) 50%, var(--_surface));
    border-radius: 1rem;
  }
  .clock progress::-moz-progress-bar {
    background: color-mix(in srgb, var(--_clock) 50%, var(--_surface));
    border-radius: 1rem;
  }
  .clock-text {
    flex: 10 1 14rem;
    color: var(--_muted);
    font-size: 0.9375rem;
    font-variant-numeric: tabular-nums;
  }
  .clock-actions {
    display: flex;
    gap: var(--_space-m);
  }
  .clock-hidden {
    display: flex;
    justify-content: flex-end;
  }
  .revising {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s) var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    background: var(--_surface-alt);
    border-inline-start: 0.25rem solid var(--_accent);
    border-radius: var(--_radius-s);
  }

  /* Choosing */
  .choices {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .choices > legend {
    padding: 0;
    margin-block-end: var(--_space-xs);
  }
  .count {
    color: var(--_muted);
    font-size: 0.9375rem;
    font-variant-numeric: tabular-nums;
  }
  .section {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    margin: 0;
    padding: var(--_space-s) var(--_space-m) var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
  }
  .section > legend {
    font-family: var(--_font-display);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-s);
    padding: var(--_space-xs) var(--_space-s);
    font-weight: 400;
    border-radius: var(--_radius-s);
    cursor: pointer;
  }
  .choice:hover {
    background: var(--_surface-alt);
  }
  .choice input {
    flex: none;
    margin: 0.2rem 0 0;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    accent-color: var(--_accent);
  }
  .refused {
    padding-inline-start: calc(1.125rem + var(--_space-s) * 2);
  }

  /* Taking turns and closing */
  .question {
    font-family: var(--_font-display);
    font-size: 1.375rem;
    line-height: 1.35;
    padding-inline-start: var(--_space-m);
    border-inline-start: 3px solid var(--_accent);
  }
  .closing {
    gap: var(--_space-m);
  }
  .closing-question {
    font-family: var(--_font-display);
    font-size: 1.0625rem;
  }

  /* Bringing back a file at the start */
  .import-new {
    align-self: flex-start;
    border: 0;
  }
  .import-new > summary {
    padding: var(--_space-xs) 0;
    color: var(--_accent);
    font-size: 0.9375rem;
    font-weight: 400;
  }
  .import-new-body {
    padding-block: var(--_space-s);
  }
  /* The confirmation */
  dialog .actions {
    justify-content: flex-end;
  }

  @container worksheet (max-width: 30rem) {
    .card {
      padding: var(--_space-m);
    }
  }

  /* On paper (and in the print preview): one clean document, no controls (hostStyles hides .no-print in print). */
  @media print {
    :host {
      max-inline-size: none;
    }
    .card {
      padding: 0;
      border: 0;
      box-shadow: none;
    }
    .step-heading,
    .document-title {
      outline: none !important;
    }
  }
  :host([print-preview]) .no-print {
    display: none !important;
  }
  :host([print-preview]) .card {
    --_surface: #fff;
    --_surface-alt: #fff;
    --_text: #000;
    --_muted: #333;
    --_accent: #000;
    --_border: #bbb;
    color: #000;
    background: #fff;
    border-color: #ddd;
    box-shadow: none;
  }
  :host([print-preview]) .step-heading,
  :host([print-preview]) .document-title {
    outline: none;
  }
`
