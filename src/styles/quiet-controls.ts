import { css } from 'lit';

/** The quieter buttons of the elements that keep records: `link` (text only) and `danger`. */
export const quietControlStyles = css`
  .danger {
    color: var(--_warning);
  }
  .link {
    padding-inline: 0;
    font-weight: 400;
    border-color: transparent;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .link:hover {
    background: none;
  }
`;
