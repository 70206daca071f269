import { expect, fixture, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { LitElement } from 'lit';
import '../../src/define.js';
import { SCHEMA_VERSION } from '../../src/storage/types.js';
import { en } from '../../src/content/en.js';
import { captureWarnings, catchDownloads, type CaughtDownload } from '../helpers.js';

// Every element that keeps what people write, against localStorage as browsers break it:
// a value that is not JSON, a record from a newer version of the library, a full quota,
// storage blocked altogether, and storage cleared while the element is open. Each test has a
// provider namespace of its own, so it gets fresh stores and touches no other test's keys.

const PREFIX = 'trust-broken-';
let counter = 0;

type El = LitElement;

interface StoringElement {
  readonly tag: string;
  readonly attributes?: Record<string, string>;
  /** The keys it reads and writes in the store (without the namespace). */
  readonly keys: readonly string[];
  /** Shown and ready for a person. */
  ready(el: El): Promise<unknown>;
  /** A person writes `words` in its main field. */
  write(el: El, words: string): Promise<void>;
  /** What is in that field now. */
  written(el: El): string;
  /** Finishes the work (a check-in saved, a step done) where the element has a step that saves. */
  finish?(el: El): Promise<void>;
  /** The export it offers next to the "not saving" notice, as the file's text; absent where it offers none. */
  exportUnsaved?(el: El, files: CaughtDownload[]): Promise<string>;
  /** Two pieces of work that are saved separately (the second after storage was cleared); `stored` has both. */
  readonly twoPieces: {
    first(el: El): Promise<void>;
    second(el: El): Promise<void>;
    stored(value: unknown): boolean;
  };
}

const sr = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => sr(el).querySelector<T>(selector);

async function type(el: El, field: HTMLInputElement | HTMLTextAreaElement | null, value: string) {
  expect(field, 'no such field').to.not.equal(null);
  field!.value = value;
  field!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field!.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function click(el: El, selector: string) {
  const button = $<HTMLButtonElement>(el, selector);
  expect(button, `no ${selector}`).to.not.equal(null);
  button!.click();
  await el.updateComplete;
  await el.updateComplete;
}

async function exportFromNotice(el: El, files: CaughtDownload[]): Promise<string> {
  await click(el, '.storage-notice button');
  expect(files, 'nothing was offered for download').to.have.length(1);
  return files[0].blob.text();
}

const checkIn: StoringElement = {
  tag: 'alliance-check-in',
  attributes: { mode: 'solo', history: '' },
  keys: ['check-in:draft', 'check-in:history'],
  ready: (el) => waitUntil(() => (sr(el).textContent ?? '').includes(en.ui.checkIn.historyEmpty) || $(el, 'details.entry')),
  write: (el, words) => type(el, $(el, '#answer-0'), words),
  written: (el) => $<HTMLTextAreaElement>(el, '#answer-0')?.value ?? ($(el, '.reveal')?.textContent ?? ''),
  async finish(el) {
    await click(el, 'form.step button[type=submit]');
    expect($(el, '.reveal'), 'the check-in did not complete').to.not.equal(null);
  },
  exportUnsaved: exportFromNotice,
  twoPieces: {
    async first(el) {
      await type(el, $(el, '#answer-0'), 'first evening');
      await click(el, 'form.step button[type=submit]');
    },
    async second(el) {
      await click(el, '.reveal button.primary');
      await type(el, $(el, '#answer-0'), 'second evening');
      await click(el, 'form.step button[type=submit]');
    },
    stored: (value) => {
      const answers = (Array.isArray(value) ? value : []).map((e: { responses?: { answers?: string[] }[] }) => e.responses?.[0]?.answers?.[0]);
      return answers.includes('first evening') && answers.includes('second evening');
    },
  },
};

const worksheet: StoringElement = {
  tag: 'alliance-worksheet',
  keys: ['worksheet:draft', 'worksheet:document', 'worksheet:clock'],
  ready: (el) => waitUntil(() => $(el, '#name-a'), 'the worksheet never showed its first step'),
  write: (el, words) => type(el, $(el, '#name-a'), words),
  written: (el) => $<HTMLInputElement>(el, '#name-a')?.value ?? '',
  exportUnsaved: exportFromNotice,
  twoPieces: {
    first: (el) => type(el, $(el, '#name-a'), 'Kim'),
    second: (el) => type(el, $(el, '#name-b'), 'Lee'),
    stored: (value) => {
      const names = (value as { names?: Record<string, string> } | undefined)?.names ?? {};
      return names.a === 'Kim' && names.b === 'Lee';
    },
  },
};

const offer: StoringElement = {
  tag: 'alliance-offer',
  keys: ['offer:notes', 'offer:today'],
  ready: (el) => waitUntil(() => $(el, 'textarea')),
  write: (el, words) => type(el, $(el, 'textarea'), words),
  written: (el) => $<HTMLTextAreaElement>(el, 'textarea')?.value ?? '',
  exportUnsaved: exportFromNotice,
  twoPieces: {
    first: (el) => type(el, sr(el).querySelectorAll('textarea')[0], 'breathe first'),
    second: (el) => type(el, sr(el).querySelectorAll('textarea')[1], 'say it plainly'),
    stored: (value) => {
      const notes = Object.values((value as Record<string, string> | undefined) ?? {});
      return notes.includes('breathe first') && notes.includes('say it plainly');
    },
  },
};

const practice: StoringElement = {
  tag: 'alliance-practice',
  keys: ['practice:both-and', 'practice:teamwork'],
  ready: (el) => waitUntil(() => $(el, '#want')),
  write: (el, words) => type(el, $(el, '#want'), words),
  written: (el) => $<HTMLInputElement>(el, '#want')?.value ?? '',
  exportUnsaved: exportFromNotice,
  twoPieces: {
    first: (el) => type(el, $(el, '#want'), 'a quiet evening'),
    second: (el) => type(el, $(el, '#need'), 'your company'),
    stored: (value) => {
      const parts = value as { want?: string; need?: string } | undefined;
      return parts?.want === 'a quiet evening' && parts?.need === 'your company';
    },
  },
};

const raw = (namespace: string, key: string) => localStorage.getItem(`${namespace}:${key}`);
const stored = (namespace: string, key: string): unknown => {
  const value = raw(namespace, key);
  return value === null ? undefined : (JSON.parse(value) as { data: unknown }).data;
};
const recoveryKeys = (namespace: string, key: string) =>
  Object.keys(localStorage).filter((k) => k.startsWith(`${namespace}:recovery:${key}:`));

/** A second to let debounced saves run and fail, with room to spare. */
const saved = () => new Promise((resolve) => setTimeout(resolve, 600));

async function mount(element: StoringElement, namespace: string) {
  const provider = document.createElement('alliance-provider');
  provider.setAttribute('storage-key', namespace);
  const el = document.createElement(element.tag) as El;
  for (const [name, value] of Object.entries(element.attributes ?? {})) el.setAttribute(name, value);
  provider.append(el);
  await fixture(provider);
  await el.updateComplete;
  await element.ready(el);
  await el.updateComplete;
  return el;
}

describe('broken storage', () => {
  let namespace: string;
  let errors: string[];
  let warnings: ReturnType<typeof captureWarnings>;
  const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));

  beforeEach(() => {
    namespace = `${PREFIX}${Date.now()}-${++counter}`;
    errors = [];
    warnings = captureWarnings();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    sinon.restore();
    warnings.restore();
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
    expect(errors, 'an element threw').to.deep.equal([]);
  });

  for (const element of [checkIn, worksheet, offer, practice]) {
    describe(`<${element.tag}>`, () => {
      it('a stored value that is not JSON is set aside under a recovery key, never deleted, and the element starts afresh and saves', async () => {
        const broken = '{"v":1,"t":1,"data":[not json';
        for (const key of element.keys) localStorage.setItem(`${namespace}:${key}`, broken);
        const el = await mount(element, namespace);
        for (const key of element.keys) {
          const aside = recoveryKeys(namespace, key);
          expect(aside, `${key} was not set aside`).to.have.length(1);
          expect(localStorage.getItem(aside[0])).to.equal(broken);
        }
        await element.write(el, 'a fresh start');
        await waitUntil(() => (raw(namespace, element.keys[0]) ?? '').includes('a fresh start'), 'the new work was not saved');
        expect($(el, '.storage-notice')).to.equal(null);
        for (const key of element.keys) expect(localStorage.getItem(recoveryKeys(namespace, key)[0])).to.equal(broken);
      });

      it('a record from a newer version is left untouched; work stays on screen and in memory, and the element says it is not saving', async () => {
        const future = JSON.stringify({ v: SCHEMA_VERSION + 1, t: 1, data: { shape: 'from a later version' } });
        for (const key of element.keys) localStorage.setItem(`${namespace}:${key}`, future);
        const files = catchDownloads();
        const el = await mount(element, namespace);
        await element.write(el, 'written today');
        await waitUntil(() => $(el, '.storage-notice'), 'no notice that it is not saving');
        expect(element.written(el)).to.contain('written today');
        if (element.finish) await element.finish(el);
        if (element.exportUnsaved) expect(await element.exportUnsaved(el, files)).to.contain('written today');
        await saved();
        for (const key of element.keys) {
          expect(raw(namespace, key), `${key} was changed`).to.equal(future);
          expect(recoveryKeys(namespace, key), `${key} was moved`).to.deep.equal([]);
        }
      });

      it('a full quota: nothing throws, the work stays, and the element says it is not saving', async () => {
        const files = catchDownloads();
        const el = await mount(element, namespace);
        sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
        await element.write(el, 'kept in memory');
        await waitUntil(() => $(el, '.storage-notice'), 'no notice that it is not saving');
        expect(element.written(el)).to.contain('kept in memory');
        el.requestUpdate();
        await el.updateComplete;
        expect(element.written(el)).to.contain('kept in memory');
        if (element.finish) await element.finish(el);
        if (element.exportUnsaved) expect(await element.exportUnsaved(el, files)).to.contain('kept in memory');
        expect(raw(namespace, element.keys[0]) ?? '').to.not.contain('kept in memory');
      });

      it('storage disabled (even reading localStorage throws): the element works from memory and says so', async () => {
        let owner: object | null = window;
        while (owner && !Object.getOwnPropertyDescriptor(owner, 'localStorage')) owner = Object.getPrototypeOf(owner) as object | null;
        const original = Object.getOwnPropertyDescriptor(owner!, 'localStorage')!;
        Object.defineProperty(window, 'localStorage', {
          configurable: true,
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
        try {
          expect(() => window.localStorage).to.throw();
          const files = catchDownloads();
          const el = await mount(element, namespace);
          await element.write(el, 'no storage at all');
          await waitUntil(() => $(el, '.storage-notice'), 'no notice that it is not saving');
          expect(element.written(el)).to.contain('no storage at all');
          if (element.finish) await element.finish(el);
          if (element.exportUnsaved) expect(await element.exportUnsaved(el, files)).to.contain('no storage at all');
        } finally {
          if (owner === window) Object.defineProperty(window, 'localStorage', original);
          else delete (window as unknown as Record<string, unknown>).localStorage;
        }
        expect(window.localStorage).to.be.instanceOf(Storage);
      });

      it('storage cleared while it is open: what is written next is saved together with what was there, nothing lost', async () => {
        const el = await mount(element, namespace);
        const { first, second, stored: holdsBoth } = element.twoPieces;
        await first(el);
        const key = element.keys.find((k) => k.endsWith(':history')) ?? element.keys[0];
        await waitUntil(() => raw(namespace, key) !== null, 'the first piece was not saved');
        // What "clear site data" does to this element's keys. The other keys of this origin are
        // left alone: other test files may be running in other pages of it.
        for (const k of Object.keys(localStorage)) if (k.startsWith(`${namespace}:`)) localStorage.removeItem(k);
        await second(el);
        await waitUntil(() => holdsBoth(stored(namespace, key)), `${key} lost the first piece`, { timeout: 3000 });
        expect($(el, '.storage-notice')).to.equal(null);
      });
    });
  }
});
