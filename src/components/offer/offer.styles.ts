import { css } from 'lit';

export const styles = css`
  :host {
    max-inline-size: var(--alliance-offer-max-width, 44rem);
  }
  .ways {
    display: grid;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius-s);
    background: var(--_surface);
  }
  details[open] {
    background: var(--_surface-alt);
  }
  summary {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: 2.75rem;
    padding: var(--_space-s) var(--_space-m);
    font-weight: 600;
    cursor: pointer;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: '';
    flex: none;
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border-block-end: 2px solid var(--_accent);
    border-inline-end: 2px solid var(--_accent);
    transform: rotate(-45deg);
    transition: transform var(--_transition);
  }
  summary:dir(rtl)::before {
    transform: rotate(135deg);
  }
  details[open] > summary::before {
    transform: rotate(45deg);
  }
  .way-number {
    color: var(--_accent);
  }
  .way-body {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    padding: 0 var(--_space-m) var(--_space-m);
  }
  fieldset {
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
  .tick {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-s);
    font-weight: 400;
    cursor: pointer;
  }
  .tick input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.15rem 0 0;
    accent-color: var(--_accent);
  }
`;
