import { css } from 'lit';

export const styles = css`
  :host {
    max-inline-size: var(--alliance-practice-max-width, 44rem);
  }
  .practices {
    display: grid;
    gap: var(--_space-l);
  }
  .practice {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }
  .practice + .practice {
    padding-block-start: var(--_space-l);
    border-block-start: 1px solid var(--_border);
  }
  .pair {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-m);
    background: var(--_surface-alt);
    border-radius: var(--_radius-s);
  }
  .pair q {
    quotes: none;
  }
  .blaming {
    color: var(--_muted);
    text-decoration: line-through;
    text-decoration-color: var(--_border);
  }
  .curious {
    font-family: var(--_font-display);
    font-size: 1.25rem;
  }
  .browse {
    display: flex;
    align-items: center;
    gap: var(--_space-m);
  }
  .position {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .both-and {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: var(--_space-m);
  }
  .sentence {
    display: block;
    min-block-size: 2.75rem;
    padding: var(--_space-m);
    font-family: var(--_font-display);
    font-size: 1.1875rem;
    background: var(--_surface-alt);
    border-radius: var(--_radius-s);
  }
  .sentence.empty {
    font-family: var(--_font);
    font-size: 0.9375rem;
    color: var(--_muted);
  }
  .copy-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-m);
  }
  .mantra {
    padding: var(--_space-m) var(--_space-l);
    font-family: var(--_font-display);
    font-size: 1.5rem;
    color: var(--_accent);
    border-inline-start: 4px solid var(--_accent);
  }
`;
