/// <reference types="vite/client" />
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import manifest from '../../custom-elements.json';
import pkg from '../../package.json';
import warm from '../../themes/warm.css?raw';
import calm from '../../themes/calm.css?raw';

/** The parts of custom-elements.json this reads. */
interface ManifestAttribute {
  name: string;
  fieldName?: string;
  description?: string;
  default?: string;
  type?: { text: string };
  expandedType?: { text: string };
}
interface ManifestElement {
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: ManifestAttribute[];
}

/** An attribute a person can pick in the builder: a choice of values, a switch, a number or a text. */
interface Option {
  readonly name: string;
  readonly kind: 'enum' | 'boolean' | 'number' | 'string';
  readonly values: readonly string[];
  readonly default: string | boolean;
  readonly description: string;
}

const elements = (manifest as { modules: { declarations?: ManifestElement[] }[] }).modules
  .flatMap((mod) => mod.declarations ?? [])
  .filter((decl): decl is ManifestElement & { tagName: string } => Boolean(decl.customElement && decl.tagName))
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

/** `'a' | 'b'` → ['a', 'b'], or undefined when the type is not a union of string literals. */
function literalValues(text = ''): string[] | undefined {
  const parts = text
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined' && p !== 'null');
  const values: string[] = [];
  for (const part of parts) {
    const literal = /^'([^']*)'$/.exec(part);
    if (!literal) return undefined;
    values.push(literal[1]);
  }
  return values.length ? values : undefined;
}

/** The attributes of an element that a snippet sets: those with a simple value, backed by a property. */
function optionsOf(tag: string): Option[] {
  const decl = elements.find((d) => d.tagName === tag);
  return (decl?.attributes ?? []).flatMap((attr): Option[] => {
    if (!attr.fieldName) return []; // reflected for styling only, set by the element
    const text = attr.type?.text ?? 'string';
    const values = literalValues(attr.expandedType?.text ?? text);
    const kind = values ? 'enum' : text === 'boolean' ? 'boolean' : /^number\b/.test(text) ? 'number' : text === 'string' ? 'string' : undefined;
    if (!kind) return []; // arrays and objects are set from code
    const raw = attr.default === undefined || attr.default === 'undefined' ? '' : attr.default.replace(/^'(.*)'$/, '$1');
    return [
      {
        name: attr.name,
        kind,
        values: values ?? [],
        default: kind === 'boolean' ? raw === 'true' : raw,
        description: (attr.description ?? '').replace(/`/g, ''),
      },
    ];
  });
}

/** Values a snippet starts with where the element needs one to show anything. */
const starting: Record<string, Record<string, string>> = { 'alliance-principle': { number: '1' } };

/** The example themes, applied to the preview only. */
const themeSheets = Object.fromEntries(
  Object.entries({ warm, calm }).map(([name, text]) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text.replaceAll(':root', '.preview'));
    return [name, sheet];
  }),
);

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const [major, minor] = pkg.version.split('.');
const cdnBase = `https://cdn.jsdelivr.net/npm/${pkg.name}@${major}.${minor}`;

/**
 * Storybook's "Embed on your site" builder (registered as <embed-snippet-builder> by its story): pick an element and its options, see the HTML to
 * paste (one script tag and the element), copy it, and see the element as it will look.
 * Every control is a native form control, labelled, in document order.
 */
export class EmbedSnippetBuilder extends LitElement {
  static override styles = css`
    :host {
      display: block;
      color: #1d1d1d;
      font: 1rem/1.5 system-ui, sans-serif;
    }
    .layout {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(22rem, 100%), 1fr));
      gap: 1.5rem;
      align-items: start;
    }
    form {
      display: grid;
      gap: 1rem;
    }
    fieldset {
      display: grid;
      gap: 0.75rem;
      margin: 0;
      padding: 0.75rem 1rem 1rem;
      border: 1px solid #c9c9c9;
      border-radius: 0.5rem;
    }
    legend {
      padding: 0 0.25rem;
      font-weight: 600;
    }
    .field {
      display: grid;
      gap: 0.25rem;
    }
    .check {
      display: flex;
      gap: 0.5rem;
      align-items: baseline;
    }
    .hint {
      color: #4a4a4a;
      font-size: 0.875rem;
    }
    input[type='text'],
    input[type='number'],
    select {
      font: inherit;
      padding: 0.25rem 0.5rem;
      border: 1px solid #767676;
      border-radius: 0.25rem;
      background: #fff;
      color: inherit;
    }
    :focus-visible {
      outline: 2px solid #1a56c4;
      outline-offset: 2px;
    }
    h3 {
      margin: 0 0 0.5rem;
      font-size: 1rem;
    }
    pre {
      margin: 0;
      padding: 0.75rem 1rem;
      background: #f4f4f4;
      border: 1px solid #c9c9c9;
      border-radius: 0.5rem;
      font: 0.875rem/1.5 ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
      margin-block: 0.75rem 1.5rem;
    }
    button {
      font: inherit;
      padding: 0.375rem 1rem;
      border: 1px solid #1a56c4;
      border-radius: 0.375rem;
      background: #1a56c4;
      color: #fff;
      cursor: pointer;
    }
    .preview {
      padding: 1rem;
      border: 1px dashed #a0a0a0;
      border-radius: 0.5rem;
    }
  `;

  @state() private _tag = 'alliance-principle';
  @state() private _values: Record<string, string | boolean> = { ...starting[this._tag] };
  @state() private _source: 'self' | 'cdn' = 'self';
  @state() private _base = '/path/to/alliance-elements';
  @state() private _file: 'element' | 'all' = 'element';
  @state() private _theme: '' | 'warm' | 'calm' = '';
  @state() private _preload = false;
  @state() private _status = '';

  #preview?: HTMLElement;
  #ownSheets?: CSSStyleSheet[];

  /** The HTML to paste. */
  get snippet(): string {
    const base = this._source === 'cdn' ? cdnBase : this._base.trim().replace(/\/+$/, '') || '.';
    const file = this._file === 'all' ? 'alliance-elements' : this._tag.replace(/^alliance-/, '');
    const lines: string[] = [];
    if (this._preload) lines.push(`<link rel="stylesheet" href="${escapeAttribute(`${base}/themes/preload.css`)}">`);
    if (this._theme) lines.push(`<link rel="stylesheet" href="${escapeAttribute(`${base}/themes/${this._theme}.css`)}">`);
    lines.push(`<script type="module" src="${escapeAttribute(`${base}/dist/cdn/${file}.js`)}"></script>`);
    const attributes = this.#attributes()
      .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
      .join('');
    const inside = this._tag === 'alliance-provider' ? '\n  <!-- the alliance elements that share these settings -->\n' : '';
    lines.push(`<${this._tag}${attributes}>${inside}</${this._tag}>`);
    return lines.join('\n');
  }

  /** The attributes the snippet sets: only those that differ from the element's default. */
  #attributes(): [string, string][] {
    return optionsOf(this._tag).flatMap((option): [string, string][] => {
      const value = this._values[option.name];
      if (value === undefined || value === option.default || value === false) return [];
      if (value === true) return [[option.name, '']];
      return value.trim() === '' ? [] : [[option.name, value.trim()]];
    });
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('_tag') || changed.has('_values')) this.#renderPreview();
    if (changed.has('_theme') && this.shadowRoot) {
      this.#ownSheets ??= [...this.shadowRoot.adoptedStyleSheets];
      const theme = this._theme ? themeSheets[this._theme] : undefined;
      this.shadowRoot.adoptedStyleSheets = theme ? [...this.#ownSheets, theme] : this.#ownSheets;
    }
  }

  /** The element itself, inside a provider that keeps whatever is typed into it in memory. */
  #renderPreview(): void {
    const host = this.renderRoot.querySelector('.preview alliance-provider');
    if (!host) return;
    if (this._tag === 'alliance-provider') {
      this.#preview?.remove();
      this.#preview = undefined;
      return;
    }
    if (this.#preview?.localName !== this._tag) {
      this.#preview?.remove();
      this.#preview = document.createElement(this._tag);
      host.append(this.#preview);
    }
    const wanted = new Map(this.#attributes());
    for (const name of this.#preview.getAttributeNames()) if (!wanted.has(name)) this.#preview.removeAttribute(name);
    for (const [name, value] of wanted) this.#preview.setAttribute(name, value);
  }

  async #copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.snippet);
      this._status = 'Copied. Paste it where the element should appear.';
    } catch {
      const code = this.renderRoot.querySelector('pre');
      if (code) getSelection()?.selectAllChildren(code);
      this._status = 'This browser did not let the page copy: the snippet is selected, press Ctrl+C (⌘C on a Mac).';
    }
  }

  #set(name: string, value: string | boolean): void {
    this._values = { ...this._values, [name]: value };
    this._status = '';
  }

  render() {
    const summary = elements.find((d) => d.tagName === this._tag)?.summary ?? '';
    return html`<div class="layout">
      <form @submit=${(e: Event) => e.preventDefault()}>
        <fieldset>
          <legend>Element</legend>
          <div class="field">
            <label for="element">Which element</label>
            <select
              id="element"
              aria-describedby="element-summary"
              @change=${(e: Event) => {
                this._tag = (e.target as HTMLSelectElement).value;
                this._values = { ...starting[this._tag] };
                this._status = '';
              }}
            >
              ${elements.map((d) => html`<option value=${d.tagName} ?selected=${d.tagName === this._tag}>&lt;${d.tagName}&gt;</option>`)}
            </select>
            <span class="hint" id="element-summary">${summary}</span>
          </div>
        </fieldset>
        <fieldset>
          <legend>Options</legend>
          ${optionsOf(this._tag).map((option) => this.renderOption(option))}
          <span class="hint">Left as they are, options keep the element's default and stay out of the snippet.</span>
        </fieldset>
        <fieldset>
          <legend>Where the script comes from</legend>
          <div class="check">
            <input type="radio" id="source-self" name="source" value="self" .checked=${this._source === 'self'} @change=${() => (this._source = 'self')} />
            <label for="source-self">Your own site: copy the package's <code>dist/cdn/</code> folder, whole, to it</label>
          </div>
          <div class="field">
            <label for="base">Address of the package's folder on your site</label>
            <input
              type="text"
              id="base"
              .value=${this._base}
              ?disabled=${this._source !== 'self'}
              @input=${(e: Event) => (this._base = (e.target as HTMLInputElement).value)}
            />
          </div>
          <div class="check">
            <input type="radio" id="source-cdn" name="source" value="cdn" .checked=${this._source === 'cdn'} @change=${() => (this._source = 'cdn')} />
            <label for="source-cdn">jsDelivr, a public CDN that serves the npm package (${major}.${minor}.x)</label>
          </div>
          <div class="check">
            <input
              type="checkbox"
              id="all"
              .checked=${this._file === 'all'}
              @change=${(e: Event) => (this._file = (e.target as HTMLInputElement).checked ? 'all' : 'element')}
            />
            <label for="all">Load every element (<code>alliance-elements.js</code>), for a page with several</label>
          </div>
          <div class="field">
            <label for="theme">Theme</label>
            <select id="theme" @change=${(e: Event) => (this._theme = (e.target as HTMLSelectElement).value as '' | 'warm' | 'calm')}>
              <option value="" ?selected=${this._theme === ''}>The elements' own</option>
              <option value="warm" ?selected=${this._theme === 'warm'}>Warm (themes/warm.css)</option>
              <option value="calm" ?selected=${this._theme === 'calm'}>Calm (themes/calm.css)</option>
            </select>
          </div>
          <div class="check">
            <input type="checkbox" id="preload" .checked=${this._preload} @change=${(e: Event) => (this._preload = (e.target as HTMLInputElement).checked)} />
            <label for="preload">Hide the element until its script has run (<code>themes/preload.css</code>)</label>
          </div>
        </fieldset>
      </form>
      <div>
        <h3>Your snippet</h3>
        <pre><code>${this.snippet}</code></pre>
        <div class="actions">
          <button type="button" @click=${() => void this.#copy()}>Copy the snippet</button>
          <span role="status">${this._status}</span>
        </div>
        <h3 id="preview-heading">How it looks</h3>
        <section class="preview" aria-labelledby="preview-heading">
          ${this._tag === 'alliance-provider'
            ? html`<p>The provider draws nothing itself: put the elements that share its settings inside it.</p>`
            : nothing}
          <alliance-provider storage="none" storage-key="embed-preview"></alliance-provider>
        </section>
      </div>
    </div>`;
  }

  private renderOption(option: Option) {
    const id = `option-${option.name}`;
    const hint = html`<span class="hint" id=${`${id}-hint`}>${option.description}</span>`;
    if (option.kind === 'boolean') {
      return html`<div class="field">
        <div class="check">
          <input
            type="checkbox"
            id=${id}
            aria-describedby=${`${id}-hint`}
            .checked=${(this._values[option.name] ?? option.default) === true}
            @change=${(e: Event) => this.#set(option.name, (e.target as HTMLInputElement).checked)}
          />
          <label for=${id}><code>${option.name}</code></label>
        </div>
        ${hint}
      </div>`;
    }
    const current = String(this._values[option.name] ?? option.default);
    const control =
      option.kind === 'enum'
        ? html`<select id=${id} aria-describedby=${`${id}-hint`} @change=${(e: Event) => this.#set(option.name, (e.target as HTMLSelectElement).value)}>
            ${option.values.map(
              (v) => html`<option value=${v} ?selected=${v === current}>${v}${v === option.default ? ' (default)' : ''}</option>`,
            )}
          </select>`
        : html`<input
            type=${option.kind === 'number' ? 'number' : 'text'}
            id=${id}
            aria-describedby=${`${id}-hint`}
            placeholder=${option.default === '' ? '' : `${String(option.default)} (default)`}
            .value=${String(this._values[option.name] ?? '')}
            @input=${(e: Event) => this.#set(option.name, (e.target as HTMLInputElement).value)}
          />`;
    return html`<div class="field">
      <label for=${id}><code>${option.name}</code></label>
      ${control} ${hint}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'embed-snippet-builder': EmbedSnippetBuilder;
  }
}
