import { css } from 'lit';

/**
 * The buttons every element shares, so the elements read as one family: one shape (a pill,
 * `--alliance-radius-control`), at least 44 px tall, in the element's accent. A button is the
 * quiet outline by default; `primary` is filled (one per step, for the way forward), and
 * `icon-button` is the round button with an icon only (its name in `aria-label`). The elements
 * with more to do add `quietControlStyles` (quiet-controls.ts): `link`, a quiet text button, and `danger`, for
 * deleting.
 */
export const controlStyles = css`
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-xs);
    min-block-size: 2.75rem;
    padding: var(--_space-s) var(--_space-m);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    color: var(--_accent);
    background: none;
    /* In the button's own colour: the accent, or the warning for danger. */
    border: 1px solid;
    border-radius: var(--alliance-radius-control, 999px);
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface-alt);
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .primary {
    color: var(--_on-accent);
    background: var(--_accent);
    border-color: transparent;
  }
  .primary:hover {
    background: color-mix(in srgb, var(--_accent) 85%, var(--_text));
  }
  .icon-button {
    inline-size: 2.75rem;
    padding: 0;
    border-color: var(--_border);
    border-radius: 50%;
  }
  .icon-button:hover {
    color: var(--_on-accent);
    background: var(--_accent);
  }
`;
