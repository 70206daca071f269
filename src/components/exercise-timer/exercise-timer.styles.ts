import { css } from 'lit';

export const styles = css`
  :host {
    max-inline-size: var(--alliance-timer-max-width, 32rem);
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    padding: var(--alliance-timer-padding, var(--_space-l));
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-inline-start: var(--alliance-card-accent-width, 0.375rem) solid var(--_accent);
    border-radius: var(--_radius-m);
    box-shadow: var(--_shadow);
  }
  .label {
    color: var(--_accent);
    font-size: 0.8125rem;
    font-weight: 600;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-s);
  }
  .level {
    color: var(--_muted);
  }
  .title {
    margin-block-start: calc(-1 * var(--_space-s));
    font-family: var(--_font-display);
    font-size: 1.5rem;
    font-weight: 600;
    line-height: 1.25;
    text-wrap: balance;
  }

  /* The ring, with the time in its middle. */
  .dial {
    position: relative;
    display: grid;
    place-items: center;
    inline-size: var(--alliance-timer-ring-size, 13rem);
    max-inline-size: 100%;
    aspect-ratio: 1;
    margin: var(--_space-s) auto 0;
  }
  .ring {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  .track,
  .progress {
    fill: none;
    stroke-width: var(--alliance-timer-ring-width, 5);
  }
  .track {
    stroke: var(--alliance-timer-track-color, var(--_surface-alt));
  }
  .progress {
    stroke: var(--alliance-timer-ring-color, var(--_accent));
    stroke-linecap: round;
    transition: stroke-dashoffset 300ms linear;
  }
  .progress.empty {
    visibility: hidden;
  }
  .readout {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: center;
    padding: var(--_space-l);
    border-radius: 50%;
  }
  .readout:focus-visible {
    outline-offset: 0;
  }
  .time {
    font-size: var(--alliance-timer-time-size, 3rem);
    font-weight: 300;
    font-variant-numeric: tabular-nums;
    line-height: 1;
    letter-spacing: 0.02em;
  }
  .caption {
    margin-block-start: var(--_space-xs);
    color: var(--_muted);
    font-size: 0.875rem;
  }

  /* The current and next step. */
  .script {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    /* Room for its longest state, so the buttons below do not move as the words change. */
    min-block-size: 11rem;
    text-align: center;
  }
  .now {
    font-family: var(--_font-display);
    font-size: 1.25rem;
    line-height: 1.45;
    text-wrap: balance;
  }
  .next {
    color: var(--_muted);
    font-size: 0.9375rem;
    text-wrap: pretty;
  }
  .step-label {
    display: block;
    margin-block-end: var(--_space-xs);
    color: var(--_muted);
    font-family: var(--_font);
    font-size: 0.75rem;
    font-weight: 600;
  }
  .next .step-label {
    display: inline;
    margin-inline-end: 0.35em;
  }
  .shifting q {
    font-style: italic;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--_space-s);
  }
  button.primary {
    min-inline-size: 8rem;
  }
  button[aria-pressed='true'] {
    box-shadow: inset 0 0 0 2px var(--_accent);
  }

  .guidance {
    display: grid;
    gap: var(--_space-xs);
    padding: var(--_space-s) var(--_space-m);
    background: var(--_surface-alt);
    border-radius: var(--_radius-s);
    font-size: 0.9375rem;
  }
  .guidance ul {
    margin: 0;
  }
  .guidance-heading {
    font-weight: 600;
  }
  .guidance-list {
    padding-inline-start: 1.25rem;
  }
  .level-note,
  .consent {
    color: var(--_muted);
  }
  .note {
    color: var(--_muted);
    font-size: 0.875rem;
    text-align: center;
  }
  .why,
  .voice {
    padding-block-start: var(--_space-s);
    border-block-start: 1px solid var(--_border);
    font-size: 0.9375rem;
  }
  .why summary,
  .voice summary {
    padding-block: var(--_space-xs);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .why p,
  .why ol {
    margin: var(--_space-s) 0 0;
  }
  .why ol {
    padding-inline-start: 1.25rem;
  }
  .why li + li {
    margin-block-start: var(--_space-xs);
  }
  .credit {
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  @media print {
    .card {
      break-inside: avoid;
    }
  }
`;
