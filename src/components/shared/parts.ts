import { adoptStyles, html, nothing, type CSSResult, type LitElement, type TemplateResult } from 'lit';
import type { RecordKeeper, RecordKeeperOptions } from './records.js';

/**
 * The parts that elements share and a person may never ask for, loaded the first time they
 * do: keeping records (copy, download, import, delete with Undo, print), the calendar files
 * and the reader of a file brought back. Bundlers and the CDN build make each a file of its
 * own. One object, so that a test can stand in for a part that fails to load (offline). An
 * element's own parts are listed beside it (check-in.parts.ts, worksheet.parts.ts).
 */
export const parts = {
  records: () => import('./records.js'),
  calendar: () => import('../../export/ics.js'),
  importer: () => import('../../export/json.js'),
};

/**
 * The parts an element is loading, so that its `updateComplete` waits for them: a test (or a
 * host) that awaits it sees the element with the parts it asked for, or with their message.
 */
export class PartsLoading {
  readonly #pending = new Set<Promise<unknown>>();

  /** Loads a part as `loadPart` does, and counts it until it settles. */
  load<T>(load: () => Promise<T>, slow?: () => void): Promise<T | undefined> {
    const loading = loadPart(load, slow);
    this.#pending.add(loading);
    void loading.then(() => this.#pending.delete(loading));
    return loading;
  }

  /** Resolves once nothing is loading; `rendered` waits for the render that follows each part. */
  async settled(rendered: () => Promise<boolean>): Promise<boolean> {
    let done = await rendered();
    while (this.#pending.size) {
      await Promise.all(this.#pending);
      done = await rendered();
    }
    return done;
  }
}

const added = new WeakMap<LitElement, CSSResult[]>();

/** Adds a part's styles to an element's shadow root (once), after the element's own. */
export function addStyles(host: LitElement, styles: readonly CSSResult[]): void {
  const root = host.renderRoot;
  // A server has no ShadowRoot (and no part to style).
  if (typeof ShadowRoot === 'undefined' || !(root instanceof ShadowRoot)) return;
  const list = added.get(host) ?? [];
  const fresh = styles.filter((style) => !list.includes(style));
  if (!fresh.length) return;
  list.push(...fresh);
  added.set(host, list);
  adoptStyles(root, [...(host.constructor as typeof LitElement).elementStyles, ...list]);
}

/**
 * Loads a part, and calls `slow` if it takes longer than a moment (to show that something is
 * happening). Resolves with the module, or with undefined if it could not be loaded.
 */
export async function loadPart<T>(load: () => Promise<T>, slow?: () => void): Promise<T | undefined> {
  const timer = slow ? setTimeout(slow, 300) : undefined;
  try {
    return await load();
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The record-keeping part of an element, loaded the first time a person asks for something it
 * does (copy, download, import, print) or the element shows records. While it is slow, "One
 * moment…" shows where it was asked for; if it cannot be loaded, a message says so there.
 */
export class KeepingPart<T> {
  readonly #host: LitElement;
  readonly #loading: PartsLoading;
  readonly #options: RecordKeeperOptions;
  readonly #english?: () => Promise<unknown>;
  #keeper?: RecordKeeper<T>;
  #pending?: Promise<RecordKeeper<T> | undefined>;
  #place?: { where: string; state: 'slow' | 'failed' };

  /** `english`: registers the element's own words for the part (its copy and import messages), loaded with it. */
  constructor(host: LitElement, loading: PartsLoading, options: RecordKeeperOptions, english?: () => Promise<unknown>) {
    this.#host = host;
    this.#loading = loading;
    this.#options = options;
    this.#english = english;
  }

  /** The part, if it has loaded. */
  get keeper(): RecordKeeper<T> | undefined {
    return this.#keeper;
  }

  /** Shows at `where` that a part is slow or could not be loaded (said aloud), or takes that away. */
  say(where: string, state?: 'slow' | 'failed'): void {
    this.#place = state ? { where, state } : this.#place?.where === where ? undefined : this.#place;
    if (state === 'failed') this.#options.announce(this.#options.settings.content.ui.partFailed);
    this.#host.requestUpdate();
  }

  /** Whether a part asked for at `where` is slow, or could not be loaded. */
  state(where: string): 'slow' | 'failed' | undefined {
    return this.#place?.where === where ? this.#place.state : undefined;
  }

  /** The part, loaded on the first call; undefined if it could not be loaded (said at `where`). */
  async get(where: string): Promise<RecordKeeper<T> | undefined> {
    if (this.#keeper) return this.#keeper;
    this.#pending ??= this.#loading
      .load(() => Promise.all([parts.records(), this.#english?.()]).then(([records]) => records), () => this.say(where, 'slow'))
      .then((records) => {
        this.#pending = undefined;
        if (!records) return undefined;
        addStyles(this.#host, [records.recordStyles]);
        return (this.#keeper = new records.RecordKeeper<T>(this.#host, this.#options));
      });
    const keeper = await this.#pending;
    this.say(where, keeper ? undefined : 'failed');
    return keeper;
  }

  /** At `where`: what a part on its way (or that could not come) says, then the copy box if there is one. */
  renderPlace(where: string): TemplateResult | typeof nothing {
    const place = this.#place?.where === where ? this.#place : undefined;
    const box = this.#keeper?.renderCopyBox(where) ?? nothing;
    if (!place) return box;
    const failed = place.state === 'failed';
    const { ui } = this.#options.settings.content;
    return html`<p class=${failed ? 'field-error' : 'hint'}>${failed ? ui.partFailed : ui.partLoading}</p>${box}`;
  }
}
