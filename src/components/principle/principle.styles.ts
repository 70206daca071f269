import { css } from 'lit';

export const styles = css`
  :host {
    max-inline-size: var(--alliance-principle-max-width, 40rem);
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding: var(--alliance-principle-padding, var(--_space-l));
    background: var(--alliance-principle-background, var(--_surface));
    color: var(--_text);
    border: 1px solid var(--_border);
    border-inline-start: var(--alliance-principle-accent-width, var(--alliance-card-accent-width, 0.375rem)) solid var(--_accent);
    border-radius: var(--_radius-m);
    box-shadow: var(--_shadow);
  }
  .label {
    margin: 0;
    color: var(--_accent);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .title {
    margin: 0;
    font-family: var(--_font-display);
    font-size: var(--alliance-principle-title-size, 1.5rem);
    font-weight: 600;
    line-height: 1.25;
    text-wrap: balance;
  }
  .text {
    margin: 0;
  }
  .question {
    margin: var(--_space-s) 0 0;
    padding: var(--_space-m);
    background: var(--_surface-alt);
    border-radius: var(--_radius-s);
  }
  .question-label {
    display: block;
    margin-block-end: var(--_space-xs);
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .question-text {
    font-style: italic;
  }
  .limit {
    margin: 0;
    padding-inline-start: var(--_space-s);
    border-inline-start: 3px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .limit[hidden] {
    display: none;
  }
  .credit {
    margin: var(--_space-xs) 0 0;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .notice {
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    color: var(--_warning);
    border: 1px dashed currentColor;
    border-radius: var(--_radius-s);
    font-size: 0.875rem;
  }

  .compact {
    gap: var(--_space-xs);
    padding: var(--alliance-principle-padding, var(--_space-m));
    box-shadow: none;
  }
  .compact .title {
    font-size: var(--alliance-principle-title-size, 1.125rem);
  }
  
  @media print {
    .card {
      break-inside: avoid;
    }
  }
`;
