import { html, nothing, type TemplateResult } from 'lit';

/**
 * The field that brings back a file downloaded before: its label, a button in the page's
 * language that opens the file picker (the browser's own would speak the browser's language
 * and say "No file chosen"), its hint, and the message about the last file chosen (an error
 * is tied to the input). The file input itself is visually hidden, still in the tab order and
 * named by the label; the button shows its focus.
 */
export function renderImportField(
  label: string,
  choose: string,
  hint: string,
  message: { readonly text: string; readonly error: boolean } | undefined,
  onChange: (event: Event) => void,
): TemplateResult {
  return html`<div class="field import no-print">
    <label for="import" id="import-label">${label}</label>
    <input
      id="import"
      class="visually-hidden"
      type="file"
      accept=".json,application/json"
      aria-labelledby="import-label"
      aria-invalid=${message?.error ? 'true' : 'false'}
      aria-describedby=${message ? 'import-message import-hint' : 'import-hint'}
      @change=${onChange}
    />
    <label for="import" class="button file-button" aria-hidden="true">${choose}</label>
    <p class="hint small" id="import-hint">${hint}</p>
    ${message ? html`<p class=${message.error ? 'field-error' : 'field-ok'} id="import-message">${message.text}</p>` : nothing}
  </div>`;
}
