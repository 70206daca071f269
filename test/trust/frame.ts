import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { LitElement } from 'lit';
import { en } from '../../src/content/en.js';

/** What test/trust/fixtures/record.js keeps, from before the library loads. */
export interface TrustRecord {
  readonly violations: { directive: string; blocked: string; sample: string; source: string }[];
  readonly errors: string[];
  readonly warnings: string[];
  /** Every tag passed to customElements.define, once per successful call. */
  readonly defined: string[];
}
/** The part of Trusted Types the tests use (not yet in TypeScript's DOM types). */
export interface TrustedTypes {
  createPolicy(name: string, rules: { createHTML?: (input: string) => string }): unknown;
}
export type FrameWindow = Window & typeof globalThis & { __trust: TrustRecord; trustedTypes?: TrustedTypes };

export interface Fixture {
  readonly iframe: HTMLIFrameElement;
  readonly win: FrameWindow;
  readonly doc: Document;
}

export const TAGS = [
  'alliance-provider',
  'alliance-principle',
  'alliance-principles',
  'alliance-exercise-timer',
  'alliance-check-in',
  'alliance-worksheet',
  'alliance-offer',
  'alliance-practice',
] as const;

/** The storage-key of the provider in fixtures/elements.html. */
export const FIXTURE_NAMESPACE = 'trust-fixture';

export function clearFixtureStorage(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith(`${FIXTURE_NAMESPACE}:`)) localStorage.removeItem(key);
}

let built: Promise<void> | undefined;

/** The fixture pages load the build: fails at once, saying so, when there is none (asked once per test file). */
export function checkBuilt(): Promise<void> {
  built ??= (async () => {
    for (const file of ['/raw/dist/cdn/alliance-elements.js', '/raw/dist/define.js']) {
      const { ok } = await fetch(file, { method: 'HEAD' });
      expect(ok, `${file.slice(4)} is missing: these pages load the build, run \`npm run build\` first`).to.equal(true);
    }
  })();
  return built;
}

/** Loads a page of test/trust/fixtures/ in an iframe (same origin, so the test can reach in). */
export async function openFixture(page: string): Promise<Fixture> {
  await checkBuilt();
  const iframe = document.createElement('iframe');
  iframe.width = '1000';
  iframe.height = '900';
  iframe.title = page;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `/test/trust/fixtures/${page}`;
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as FrameWindow;
  expect(win.__trust, `${page} did not load record.js`).to.not.equal(undefined);
  return { iframe, win, doc: iframe.contentDocument! };
}

/** Every alliance element on the page has rendered, nested ones too. */
export async function rendered(doc: Document): Promise<void> {
  const present = TAGS.filter((tag) => doc.querySelector(tag));
  await Promise.all(present.map((tag) => doc.defaultView!.customElements.whenDefined(tag)));
  for (let round = 0; round < 3; round++) {
    const elements = [...doc.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot?.querySelectorAll('*') ?? [])]);
    for (const el of elements) await (el as Partial<LitElement>).updateComplete;
  }
}

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Runs the iframe's tasks that are due (a violation report is one). */
export const nextTasks = () => new Promise((resolve) => setTimeout(resolve, 100));

/**
 * Uses every element of fixtures/elements.html the way a person would, and checks that each
 * action did what it should: the carousel moves, the timer runs to the end, the check-in is
 * saved, the worksheet is finished, a note and a tick are kept, a both/and sentence is made.
 */
export async function useEveryElement({ win, doc }: Fixture): Promise<void> {
  await rendered(doc);
  const $ = <T extends Element = HTMLElement>(host: Element, selector: string) => host.shadowRoot!.querySelector<T>(selector)!;
  const $$ = <T extends Element = HTMLElement>(host: Element, selector: string) => [...host.shadowRoot!.querySelectorAll<T>(selector)];
  const type = (field: HTMLInputElement | HTMLTextAreaElement, value: string) => {
    field.value = value;
    field.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
    field.dispatchEvent(new win.Event('change', { bubbles: true, composed: true }));
  };
  const update = async (el: Element) => {
    await (el as LitElement).updateComplete;
    await (el as LitElement).updateComplete;
  };

  const provider = doc.querySelector('alliance-provider')!;
  provider.setAttribute('theme', 'dark');
  await update(provider);

  const principle = doc.querySelector('alliance-principle')!;
  expect(text($(principle, '#heading'))).to.equal(en.principles.items[2].title);

  const deck = doc.querySelector<HTMLElement & { current: number }>('alliance-principles')!;
  $$<HTMLButtonElement>(deck, 'button')[1].click();
  await update(deck);
  expect(deck.current).to.equal(2);
  expect(doc.querySelector('alliance-principles[mode=list]')!.shadowRoot!.querySelectorAll('alliance-principle')).to.have.length(8);

  // The timer runs to the end on the frame's own (fake) clock: 15 seconds pass at once.
  const timer = doc.querySelector<HTMLElement & { state: string }>('alliance-exercise-timer')!;
  const clock = sinon.useFakeTimers({
    global: win,
    now: Date.now(),
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'requestAnimationFrame', 'cancelAnimationFrame'],
  } as Parameters<typeof sinon.useFakeTimers>[0]);
  try {
    const press = async (name: 'primary' | 'shift' | 'stop') => {
      $<HTMLButtonElement>(timer, `button.${name}`).click();
      await update(timer);
    };
    await press('primary');
    expect(timer.state).to.equal('running');
    clock.tick(2000);
    await press('primary');
    expect(timer.state).to.equal('paused');
    await press('primary');
    await press('shift');
    expect(timer.state).to.equal('adjusting');
    await press('shift');
    await press('stop');
    expect(timer.state).to.equal('idle');
    await press('primary');
    clock.tick(16_000);
    await update(timer);
    expect(timer.state).to.equal('complete');
    expect(text($(timer, '.now'))).to.equal(en.ui.timer.complete);
  } finally {
    clock.restore();
  }

  const checkIn = doc.querySelector<HTMLElement & { entries: unknown[] }>('alliance-check-in')!;
  type($<HTMLTextAreaElement>(checkIn, '#answer-0'), 'We cooked together');
  $<HTMLInputElement>(checkIn, 'input[type=radio][value="4"]').click();
  await update(checkIn);
  $<HTMLButtonElement>(checkIn, 'form.step button[type=submit]').click();
  await waitUntil(() => text($(checkIn, '[role=status]')) === en.ui.checkIn.saved, 'the check-in was not saved');
  await waitUntil(() => checkIn.entries.length === 1, 'the check-in is not in the history');
  await update(checkIn);
  for (const details of $$<HTMLDetailsElement>(checkIn, 'details')) details.open = true;
  await update(checkIn);
  // The chart is a part of its own, loaded (from the page's own files) the first time it shows;
  // with one week of ratings it says a trend needs a few more check-ins.
  await waitUntil(() => text($(checkIn, '.trend')).includes(en.ui.checkIn.chartFew), 'the trend chart never arrived');

  const worksheet = doc.querySelector('alliance-worksheet')!;
  await waitUntil(() => worksheet.shadowRoot!.querySelector('#name-a'), 'the worksheet never showed its first step');
  const next = async () => {
    $<HTMLButtonElement>(worksheet, 'button.next').click();
    await update(worksheet);
  };
  $<HTMLButtonElement>(worksheet, '#clock-start').click();
  await update(worksheet);
  expect($(worksheet, 'progress')).to.not.equal(null);
  await next();
  for (let partner = 0; partner < 2; partner++) {
    for (const box of $$<HTMLInputElement>(worksheet, 'input[type=checkbox]').slice(0, 3)) box.click();
    await update(worksheet);
    await next();
  }
  for (let turn = 0; turn < 6; turn++) {
    type($<HTMLTextAreaElement>(worksheet, '#notes'), `note ${turn}`);
    await next();
  }
  for (const id of ['closing-a-0', 'closing-b-0', 'closing-a-1', 'closing-b-1']) type($<HTMLTextAreaElement>(worksheet, `#${id}`), 'yes');
  await next();
  await waitUntil(() => worksheet.shadowRoot!.querySelector('.document'), 'the worksheet was not finished');
  expect(text($(worksheet, '.document'))).to.contain('note 5');

  const offer = doc.querySelector('alliance-offer')!;
  $(offer, 'summary').click();
  type($<HTMLTextAreaElement>(offer, 'textarea'), 'Say it first');
  $<HTMLInputElement>(offer, 'input[type=checkbox]').click();
  await update(offer);
  expect($<HTMLDetailsElement>(offer, 'details').open).to.equal(true);
  expect(text($(offer, 'fieldset'))).to.contain('1 of 4 today');

  const practice = doc.querySelector('alliance-practice')!;
  $<HTMLButtonElement>(practice, `button[aria-label="${en.ui.practice.nextPair}"]`).click();
  type($<HTMLInputElement>(practice, '#want'), 'rest');
  type($<HTMLInputElement>(practice, '#need'), 'your help');
  type($<HTMLTextAreaElement>(practice, '#teamwork'), 'a calm Sunday');
  await update(practice);
  expect(text($(practice, '.sentence'))).to.equal('I want rest, and I need your help.');
  $<HTMLButtonElement>(practice, '.copy-row button').click();
  await waitUntil(() => text($(practice, '.copy-row [role=status]')) !== '', 'the copy did nothing');

  await rendered(doc);
}
