import { css } from 'lit';

/**
 * The design tokens every element reads. A page themes the library by setting the public
 * `--alliance-*` properties anywhere above an element; each private `--_*` property below
 * falls back to a light and a dark value, picked by the element's color scheme: the
 * system's (`prefers-color-scheme`), or the one `<alliance-provider theme>` or
 * `--alliance-color-scheme` sets. The typefaces fall back to the page's own: a font family
 * set to `var(--_font)` while no `--alliance-font-family` is set is invalid at computed-value
 * time, and so inherits, which is what a widget in a blog post should do.
 */
export const tokens = css`
  :host {
    color-scheme: var(--alliance-color-scheme, light dark);
    --_surface: var(--alliance-color-surface, light-dark(#fffaf4, #1f1c1a));
    --_surface-alt: var(--alliance-color-surface-alt, light-dark(#f6ece1, #2b2724));
    --_text: var(--alliance-color-text, light-dark(#2a2420, #f3ede7));
    --_muted: var(--alliance-color-text-muted, light-dark(#5e534b, #c4b8ad));
    --_accent: var(--alliance-color-accent, light-dark(#8f3b2a, #f2a48f));
    --_on-accent: var(--alliance-color-on-accent, light-dark(#ffffff, #1f1c1a));
    --_border: var(--alliance-color-border, light-dark(#e2d3c3, #47403a));
    --_focus: var(--alliance-color-focus, light-dark(#1a56c4, #9cc0ff));
    --_warning: var(--alliance-color-warning, light-dark(#7a4b00, #ffd27a));
    /* No typeface of our own: unset, these leave the text in the page's (see hostStyles). */
    --_font: var(--alliance-font-family);
    --_font-display: var(--alliance-font-family-display, var(--_font));
    --_space-xs: var(--alliance-space-xs, 0.25rem);
    --_space-s: var(--alliance-space-s, 0.5rem);
    --_space-m: var(--alliance-space-m, 1rem);
    --_space-l: var(--alliance-space-l, 1.5rem);
    --_radius-s: var(--alliance-radius-s, 0.375rem);
    --_radius-m: var(--alliance-radius-m, 0.75rem);
    --_shadow: var(--alliance-shadow, 0 1px 2px rgb(0 0 0 / 0.06), 0 4px 16px rgb(0 0 0 / 0.06));
    --_transition: var(--alliance-transition, 180ms ease-out);
  }
`;

/** The reset every element starts from: block layout, inherited type, visible focus. */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  p {
    margin: 0;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }
  @media print {
    :host {
      color-scheme: light;
      --_surface: #fff;
      --_surface-alt: #fff;
      --_text: #000;
      --_muted: #333;
      --_accent: #000;
      --_border: #999;
      --_shadow: none;
    }
    .no-print {
      display: none !important;
    }
  }
`;
