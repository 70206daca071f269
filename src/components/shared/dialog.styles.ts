import { css } from 'lit';

/** The native modal `<dialog>` the elements use to confirm something that cannot be undone. */
export const dialogStyles = css`
  dialog {
    max-inline-size: min(28rem, calc(100vw - 2rem));
    padding: var(--_space-l);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-m);
    box-shadow: var(--_shadow);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  dialog form {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }
`;
