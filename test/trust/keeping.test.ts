import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { en } from '../../src/content/en.js';
import { openFixture, rendered, type Fixture } from './frame.js';

// Nothing a person types is lost: the real bundle in a page of its own (fixtures/keeping.html),
// typed into as a person would (input events only, no change, no blur), then reloaded or
// closed at once or 50 ms after the last key, before any debounced save could run. Then the
// same with storage failing at that moment, and two tabs writing the same draft.

const NS = 'keeping-fixture';

function clearStorage(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith(`${NS}:`)) localStorage.removeItem(key);
}

interface Field {
  readonly tag: string;
  /** The field a person types into, in the element's shadow root. */
  readonly selector: string;
  /** The element's key in the store (without the namespace) that the field's words go to. */
  readonly key: string;
}

const fields: readonly Field[] = [
  { tag: 'alliance-check-in', selector: '#answer-0', key: 'check-in:draft' },
  { tag: 'alliance-worksheet', selector: '#name-a', key: 'worksheet:draft' },
  { tag: 'alliance-offer', selector: 'textarea', key: 'offer:notes' },
  { tag: 'alliance-practice', selector: 'textarea', key: 'practice:teamwork' },
];

function field(doc: Document, { tag, selector }: Field): HTMLInputElement | HTMLTextAreaElement {
  const found = doc.querySelector(tag)?.shadowRoot?.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  expect(found, `${tag} ${selector}`).to.exist;
  return found!;
}

/** Types `words` a key at a time: one input event per character, as a keyboard gives them. */
function typeInto(fixture: Fixture, target: Field, words: string): void {
  const input = field(fixture.doc, target);
  // A field may hold words already (the worksheet's names come from the provider): select all, delete.
  if (input.value) {
    input.value = '';
    input.dispatchEvent(new fixture.win.Event('input', { bubbles: true, composed: true }));
  }
  for (const char of words) {
    input.value += char;
    input.dispatchEvent(new fixture.win.Event('input', { bubbles: true, composed: true }));
  }
}

async function ready(fixture: Fixture): Promise<void> {
  await rendered(fixture.doc);
  for (const target of fields) {
    await waitUntil(() => {
      const root = fixture.doc.querySelector(target.tag)?.shadowRoot;
      // A couple's check-in starts on its first screen: Begin (pressed until it has gone, since it
      // waits for the draft, which may bring a check-in under way instead).
      root?.querySelector<HTMLButtonElement>('form.start button[type=submit]')?.click();
      return root?.querySelector(target.selector);
    }, `${target.tag} shows its field`);
  }
}

/** Reloads the page in the frame and waits for it to be ready again. */
async function reload(fixture: Fixture, afterMs: number): Promise<Fixture> {
  if (afterMs) await new Promise((resolve) => setTimeout(resolve, afterMs));
  const loaded = new Promise((resolve) => fixture.iframe.addEventListener('load', resolve, { once: true }));
  fixture.win.location.reload();
  await loaded;
  const again = { iframe: fixture.iframe, win: fixture.iframe.contentWindow as Fixture['win'], doc: fixture.iframe.contentDocument! };
  await ready(again);
  return again;
}

async function shows(fixture: Fixture, target: Field, words: string): Promise<void> {
  await waitUntil(() => field(fixture.doc, target).value === words, `${target.tag} lost words: "${field(fixture.doc, target).value}" instead of "${words}"`, { timeout: 3000 });
}

describe('nothing typed is lost', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
    clearStorage();
  });

  for (const afterMs of [0, 50]) {
    it(`keeps every character typed into every storing element through a reload ${afterMs} ms after the last key`, async () => {
      let page = await openFixture('keeping.html');
      await ready(page);
      for (const target of fields) typeInto(page, target, `words for ${target.tag}, typed just now`);
      page = await reload(page, afterMs);
      for (const target of fields) await shows(page, target, `words for ${target.tag}, typed just now`);
      expect(page.win.__trust.errors).to.deep.equal([]);
    });
  }

  it('keeps every character when the page is closed right after the last key, and finds it when reopened', async () => {
    const page = await openFixture('keeping.html');
    await ready(page);
    for (const target of fields) typeInto(page, target, `closing ${target.tag}`);
    page.iframe.remove();
    const reopened = await openFixture('keeping.html');
    await ready(reopened);
    for (const target of fields) await shows(reopened, target, `closing ${target.tag}`);
  });

  it('when storage fails at that moment, keeps the words on screen, says so once, offers them for download, and throws nothing', async () => {
    const page = await openFixture('keeping.html');
    await ready(page);
    for (const target of fields) typeInto(page, target, `unsaved ${target.tag}`);
    // On the frame's own Storage prototype: assigning to a Storage object itself stores an item.
    const proto = page.win.Storage.prototype;
    const setItem = proto.setItem;
    const refused = new Set<string>();
    proto.setItem = function (this: Storage, key: string, value: string) {
      if (key.startsWith(`${NS}:`)) {
        refused.add(key.slice(NS.length + 1));
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      setItem.call(this, key, value);
    };
    // The page is going away (a phone switching apps): everything pending is saved now, and fails.
    page.win.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    expect([...refused].sort(), 'every element handed its words to storage at once').to.deep.equal(fields.map((f) => f.key).sort());
    for (const target of fields) {
      const el = page.doc.querySelector<LitElement>(target.tag)!;
      await waitUntil(() => el.shadowRoot!.querySelector('.storage-notice'), `${target.tag} does not say it is not saving`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.storage-notice'), target.tag).to.have.length(1);
      expect(el.shadowRoot!.querySelector('.storage-notice')!.textContent).to.include(en.ui.storageUnavailable);
      expect(el.shadowRoot!.querySelector('.storage-notice button'), `${target.tag} offers a download`).to.exist;
      expect(field(page.doc, target).value).to.equal(`unsaved ${target.tag}`);
    }
    expect(page.win.__trust.errors).to.deep.equal([]);
  });

  it('loses no word when two tabs write the same draft at once: each field keeps its newest words', async () => {
    const one = await openFixture('keeping.html');
    const two = await openFixture('keeping.html');
    await ready(one);
    await ready(two);
    const notes = (page: Fixture) => [...page.doc.querySelector('alliance-offer')!.shadowRoot!.querySelectorAll('textarea')];
    // Each tab writes a different note before either has saved.
    for (const [page, index, words] of [[one, 0, 'first tab, first way'], [two, 1, 'second tab, second way']] as const) {
      const note = notes(page)[index];
      note.value = words;
      note.dispatchEvent(new page.win.Event('input', { bubbles: true, composed: true }));
    }
    one.win.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    two.win.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    for (const page of [one, two]) {
      await waitUntil(
        () => notes(page)[0].value === 'first tab, first way' && notes(page)[1].value === 'second tab, second way',
        'a tab lost the other tab’s note, or its own',
        { timeout: 3000 },
      );
    }
    await waitUntil(() => {
      const stored = (JSON.parse(localStorage.getItem(`${NS}:offer:notes`) ?? '{}') as { data?: Record<string, string> }).data ?? {};
      return Object.values(stored).includes('first tab, first way') && Object.values(stored).includes('second tab, second way');
    }, 'the store lacks one of the notes');
  });

  it('settles when one tab writes a note and the other clears it: it stays cleared, with no endless saving and nothing set aside', async () => {
    const one = await openFixture('keeping.html');
    const two = await openFixture('keeping.html');
    await ready(one);
    await ready(two);
    const target = fields[2];
    typeInto(one, target, 'a note for a while');
    one.win.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await shows(two, target, 'a note for a while');
    const input = field(two.doc, target);
    input.value = '';
    input.dispatchEvent(new two.win.Event('input', { bubbles: true, composed: true }));
    two.win.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await shows(one, target, '');
    // Count the writes from now on: two tabs that agree write nothing more.
    let writes = 0;
    for (const page of [one, two]) {
      const proto = page.win.Storage.prototype;
      const setItem = proto.setItem;
      proto.setItem = function (this: Storage, key: string, value: string) {
        if (key.startsWith(`${NS}:`)) writes++;
        setItem.call(this, key, value);
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(writes, 'the tabs keep writing to each other').to.equal(0);
    expect(field(one.doc, target).value).to.equal('');
    expect(field(two.doc, target).value).to.equal('');
    expect(Object.keys(localStorage).filter((key) => key.includes(':recovery:'))).to.deep.equal([]);
  });

  it('when two tabs write the same field at once, the newer words stay and the older ones are kept to recover', async () => {
    const one = await openFixture('keeping.html');
    const two = await openFixture('keeping.html');
    await ready(one);
    await ready(two);
    const target = fields[2];
    typeInto(one, target, 'written in the first tab');
    one.win.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    // The second tab was typing in the same field before the first tab's words reached it.
    typeInto(two, target, 'written in the second tab');
    await waitUntil(() => field(one.doc, target).value === 'written in the second tab', 'the first tab did not take the newer words', { timeout: 3000 });
    expect(field(two.doc, target).value).to.equal('written in the second tab');
    const recovered = Object.keys(localStorage)
      .filter((key) => key.startsWith(`${NS}:recovery:offer:notes:`))
      .map((key) => localStorage.getItem(key) ?? '');
    expect(recovered.some((value) => value.includes('written in the first tab')), 'the older words are not kept anywhere').to.equal(true);
  });
});
