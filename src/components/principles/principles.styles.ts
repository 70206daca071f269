import { css } from 'lit';

export const styles = css`
  :host {
    max-inline-size: var(--alliance-principles-max-width, 42rem);
  }
  .deck {
    display: flex;
    flex-direction: column;
    gap: var(--alliance-principles-gap, var(--_space-m));
  }
  .slide {
    border-radius: var(--_radius-m);
  }
  .controls {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-m);
  }
  .position {
    min-inline-size: 4.5em;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    text-align: center;
  }
  .icon {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  .icon:dir(rtl) {
    transform: scaleX(-1);
  }
  .daily-label {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
    font-weight: 600;
  }
  .list {
    display: grid;
    gap: var(--alliance-principles-gap, var(--_space-m));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .safety {
    margin-block-start: var(--alliance-principles-gap, var(--_space-m));
  }
`;
