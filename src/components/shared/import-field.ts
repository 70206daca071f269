import { html, nothing, type TemplateResult } from 'lit';

/**
 * The field that brings back a file downloaded before: its label, a file input that takes
 * JSON, its hint, and the message about the last file chosen (an error is tied to the input).
 */
export function renderImportField(
  label: string,
  hint: string,
  message: { readonly text: string; readonly error: boolean } | undefined,
  onChange: (event: Event) => void,
): TemplateResult {
  return html`<div class="field import no-print">
    <label for="import">${label}</label>
    <input
      id="import"
      type="file"
      accept=".json,application/json"
      aria-invalid=${message?.error ? 'true' : 'false'}
      aria-describedby=${message ? 'import-message import-hint' : 'import-hint'}
      @change=${onChange}
    />
    <p class="hint small" id="import-hint">${hint}</p>
    ${message ? html`<p class=${message.error ? 'field-error' : 'field-ok'} id="import-message">${message.text}</p>` : nothing}
  </div>`;
}
