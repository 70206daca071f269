import { css, html, nothing, type TemplateResult } from 'lit';
import { downloadText } from '../../export/download.js';
import type { UiStrings } from '../../content/types.js';

/**
 * The polite "this browser is not saving" notice (`ui.storageUnavailable`), shared by the
 * elements that keep what people write. The element decides when to show it (once the
 * store turns `memory-only`) and announces it once in its own live region; this only draws it.
 */
export function renderStorageNotice(message: string, actions?: TemplateResult): TemplateResult {
  return html`<div class="storage-notice" part="notice">
    <p class="storage-notice-text">${message}</p>
    ${actions ?? nothing}
  </div>`;
}

/**
 * The notice of the guides (offer, practice), whose notes are short: one button saves what the
 * person wrote as a text file, `notes()` being that text.
 */
export function renderNotesNotice(
  ui: Pick<UiStrings, 'storageUnavailable' | 'downloadNotes' | 'notesFileName'>,
  notes: () => string,
): TemplateResult {
  const save = () => downloadText(`${ui.notesFileName}.txt`, notes());
  return renderStorageNotice(
    ui.storageUnavailable,
    html`<button type="button" class="button" @click=${save}>${ui.downloadNotes}</button>`,
  );
}

export const storageNoticeStyles = css`
  .storage-notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    color: var(--_text);
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    border-inline-start: 0.25rem solid var(--_warning);
    border-radius: var(--_radius-s);
    font-size: 0.9375rem;
  }
  .storage-notice-text {
    flex: 1 1 16rem;
  }
`;
