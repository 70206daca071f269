import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { AllianceCheckIn } from '../src/components/check-in/check-in.js';
import type { AllianceProvider } from '../src/components/provider/provider.js';
import type { AllianceCheckInReceiveEvent, AllianceCheckInShareEvent } from '../src/components/check-in/check-in.events.js';
import type { CheckInEntry } from '../src/components/check-in/entries.js';
import { MemoryStore } from '../src/storage/memory.js';
import { en } from '../src/content/en.js';
import { format } from '../src/content/locales.js';
import { LINK_VERSION, makeLink } from '../src/share/link.js';
import { captureWarnings, text } from './helpers.js';
// Its English comes with the part: loaded here, so that `en` below is whole.
import '../src/components/check-in/two-devices.js';

/**
 * Two phones in one page: each is a provider with a store of its own (as two phones have two
 * browsers), holding a check-in in `two-devices` mode. The link one makes is opened by the other
 * as a page opened with it would be: the page's address takes the link's fragment first.
 */

const ui = en.ui.checkIn;
const two = en.ui.twoDevices;
const share = en.ui.share;

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

function button(el: AllianceCheckIn, name: string | RegExp): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => (typeof name === 'string' ? text(b) === name : name.test(text(b))));
  if (!found) throw new Error(`no button "${String(name)}" among: ${$$(el, 'button').map((b) => text(b)).join(' | ')}`);
  return found;
}

async function press(el: AllianceCheckIn, name: string | RegExp) {
  await waitUntil(() => $$<HTMLButtonElement>(el, 'button').some((b) => (typeof name === 'string' ? text(b) === name : name.test(text(b))) && !b.disabled), `no button "${String(name)}"`);
  button(el, name).click();
  await el.updateComplete;
  await el.updateComplete;
}

async function fill(el: AllianceCheckIn, selector: string, value: string) {
  await waitUntil(() => $(el, selector), `no field ${selector}`);
  const field = $<HTMLInputElement | HTMLTextAreaElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

interface Phone {
  readonly el: AllianceCheckIn;
  readonly store: MemoryStore;
  readonly events: Event[];
}

/** A phone: a page with the check-in on it, opened at `url` (a link) or at the page itself. */
async function phone(url?: string, store = new MemoryStore()): Promise<Phone> {
  history.replaceState(null, '', url ? url.slice(url.indexOf('#')) : location.pathname + location.search);
  const provider = await fixture<AllianceProvider>(html`<alliance-provider storage-key="two-phones" .store=${store}>
    <alliance-check-in mode="two-devices" scale></alliance-check-in>
  </alliance-provider>`);
  const el = provider.querySelector('alliance-check-in')!;
  const events: Event[] = [];
  for (const type of ['alliance-check-in-share', 'alliance-check-in-receive', 'alliance-check-in-submit']) el.addEventListener(type, (e) => events.push(e));
  await el.updateComplete;
  return { el, store, events };
}

/** The first partner answers on the first phone and makes the link: returns it (or '' with `noLink`, when the page sends it). */
async function firstAnswers(a: Phone, passphrase = '', names: [string, string] = ['Sam', 'Alex'], noLink = false): Promise<string> {
  const { el } = a;
  await fill(el, '#name-a', names[0]);
  await fill(el, '#name-b', names[1]);
  await waitUntil(() => {
    const begin = $(el, 'form.start button[type=submit]');
    if (!begin) return true;
    (begin as HTMLButtonElement).click();
    return false;
  });
  await fill(el, '#answer-0', 'You made me tea.');
  await fill(el, '#answer-1', 'Your phone at dinner.');
  el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio][value="4"]')!.click();
  await el.updateComplete;
  await press(el, ui.finishTurn);
  expect(text($(el, '#step-heading'))).to.equal(format(two.sendHeading, { name: names[1] }));
  if (passphrase) await fill(el, '#two-word', passphrase);
  await press(el, format(share.sendTo, { name: names[1] }));
  if (noLink) return '';
  await waitUntil(() => $(el, '#share-link'), 'no link', { timeout: 10_000 });
  return $<HTMLInputElement>(el, '#share-link')!.value;
}

/** The second partner opens the link, answers, shows both, and makes the link back: returns it. */
async function secondAnswers(b: Phone, passphrase = ''): Promise<string> {
  const { el } = b;
  if (passphrase) {
    await fill(el, '#two-passphrase', passphrase);
    await press(el, share.open);
  }
  await waitUntil(() => text($(el, '#step-heading')) === format(two.receivedHeading, { name: 'Sam' }), 'the link did not open', { timeout: 10_000 });
  await press(el, two.answer);
  // The first partner's answers are folded: nowhere on this screen.
  expect(text(el.shadowRoot)).to.not.contain('You made me tea.');
  expect(text($(el, '.folded'))).to.equal(format(ui.folded, { name: 'Sam' }));
  expect(text($(el, '#step-heading'))).to.equal(format(ui.turn, { name: 'Alex' }));
  await fill(el, '#answer-0', 'You listened.');
  await press(el, ui.finishTurn);
  expect(text(el.shadowRoot)).to.contain('You made me tea.');
  await press(el, format(share.sendTo, { name: 'Sam' }));
  await waitUntil(() => $(el, '#share-link'), 'no link back', { timeout: 10_000 });
  return $<HTMLInputElement>(el, '#share-link')!.value;
}

/** What a phone keeps under `key`: a host's store is given the data itself, under the check-in's own keys. */
const kept = (p: Phone | MemoryStore, key: string) => ('store' in p ? p.store : p).get<unknown>(`check-in:${key}`);

async function history_(p: Phone): Promise<CheckInEntry[]> {
  await waitUntil(async () => ((await kept(p, 'history')) as unknown[] | undefined)?.length, 'nothing kept');
  return (await kept(p, 'history')) as CheckInEntry[];
}

describe('<alliance-check-in mode="two-devices">', function () {
  // A passphrase is stretched with 600,000 rounds of PBKDF2, on each phone, each way.
  this.timeout(30_000);
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    history.replaceState(null, '', location.pathname + location.search);
  });

  for (const passphrase of ['', 'blue heron']) {
    it(`the round trip${passphrase ? ' with a passphrase' : ''}: both phones keep the same check-in, and nothing of a link is kept before saving`, async () => {
      const a = await phone();
      const url = await firstAnswers(a, passphrase);
      expect(new URL(url).pathname).to.equal(location.pathname);
      const shared = a.events.find((e) => e.type === 'alliance-check-in-share') as AllianceCheckInShareEvent;
      expect([shared.url, shared.step, shared.locked]).to.deep.equal([url, 'first', !!passphrase]);
      expect(text($(a.el, '.share-note'))).to.contain(share.privacy.slice(0, 30));

      const b = await phone(url);
      // The page's address no longer holds the link.
      expect(location.hash).to.equal('');
      if (passphrase) {
        await waitUntil(() => $(b.el, '#two-passphrase'), 'no passphrase asked');
        expect(text(b.el.shadowRoot)).to.contain(share.locked);
        await fill(b.el, '#two-passphrase', 'wrong word');
        await press(b.el, share.open);
        await waitUntil(() => $(b.el, '#two-wrong'), 'a wrong word is not refused', { timeout: 10_000 });
        expect(text($(b.el, '#two-wrong'))).to.equal(share.wrongPassphrase);
        expect($(b.el, '#two-passphrase')!.getAttribute('aria-invalid')).to.equal('true');
      }
      await waitUntil(() => b.events.some((e) => e.type === 'alliance-check-in-receive') || $(b.el, '#two-passphrase'));
      if (!passphrase) {
        const received = b.events.find((e) => e.type === 'alliance-check-in-receive') as AllianceCheckInReceiveEvent;
        expect(received.data.responses[0].answers).to.deep.equal(['You made me tea.', 'Your phone at dinner.']);
        expect(received.data.names).to.deep.equal(['Sam', 'Alex']);
      }
      // Only the draft of what this phone typed may be kept; nothing of the link.
      const before = await b.store.list('');
      for (const key of before) expect(JSON.stringify(await b.store.get(key))).to.not.contain('tea');

      const back = await secondAnswers(b, passphrase);
      const bShared = b.events.filter((e) => e.type === 'alliance-check-in-share').at(-1) as AllianceCheckInShareEvent;
      expect([bShared.step, bShared.locked]).to.deep.equal(['both', !!passphrase]);

      history.replaceState(null, '', back.slice(back.indexOf('#')));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      if (passphrase) {
        await waitUntil(() => $(a.el, '#two-passphrase'), 'no passphrase asked on the first phone');
        await fill(a.el, '#two-passphrase', passphrase);
        await press(a.el, share.open);
      }
      await waitUntil(() => text($(a.el, '#step-heading')) === two.bothHeading, 'the link back did not open', { timeout: 10_000 });
      expect(text(a.el.shadowRoot)).to.contain('You listened.');
      await press(a.el, two.save);

      const [mine] = await history_(a);
      const [theirs] = await history_(b);
      expect(mine.id).to.equal(theirs.id);
      expect(mine.date).to.equal(theirs.date);
      expect(mine.responses).to.deep.equal(theirs.responses);
      expect(mine.responses.map((r) => [r.name, r.answers, r.rating])).to.deep.equal([
        ['Sam', ['You made me tea.', 'Your phone at dinner.'], 4],
        ['Alex', ['You listened.', ''], null],
      ]);
      expect(mine.mode).to.equal('two-devices');
      // The first phone forgets the link it sent once the check-in is saved.
      await waitUntil(async () => (await kept(a, 'sent')) === undefined, 'the sent link is remembered');
      expect(warnings.messages).to.deep.equal([]);
    });
  }

  it('a page that sends the link itself: the share event is cancelable, and the element only says so', async () => {
    const a = await phone();
    a.el.addEventListener('alliance-check-in-share', (e) => e.preventDefault());
    await firstAnswers(a, '', ['Sam', 'Alex'], true);
    await waitUntil(() => text(a.el.shadowRoot).includes(share.sentByPage), 'the element does not say the page sends it');
    expect((a.events.find((e) => e.type === 'alliance-check-in-share') as AllianceCheckInShareEvent).defaultPrevented).to.equal(true);
    expect($(a.el, '#share-link')).to.equal(null);
  });

  it('the QR code is drawn on the page, as an image with a name', async () => {
    const a = await phone();
    await firstAnswers(a);
    await waitUntil(() => $(a.el, '#share-link'), 'no link');
    button(a.el, share.showQr).focus();
    await press(a.el, share.showQr);
    await waitUntil(() => $(a.el, '.share-qr svg path'), 'no QR code', { timeout: 10_000 });
    await a.el.updateComplete;
    // The focus stays on the button that showed it (now "Hide the QR code").
    expect(text(a.el.shadowRoot!.activeElement)).to.equal(share.hideQr);
    const svg = $(a.el, '.share-qr svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal(format(share.qrLabel, { name: 'Alex' }));
    expect($(a.el, '.share-qr path')!.getAttribute('d')!.length).to.be.greaterThan(100);
  });

  it('answers too long for a QR code say so and keep the link', async () => {
    const a = await phone();
    await fill(a.el, '#name-a', 'Sam');
    await fill(a.el, '#name-b', 'Alex');
    await waitUntil(() => {
      const begin = $<HTMLButtonElement>(a.el, 'form.start button[type=submit]');
      begin?.click();
      return !begin;
    });
    // Words that do not compress: thousands of random letters.
    const noise = Array.from(crypto.getRandomValues(new Uint8Array(1900)), (n) => String.fromCharCode(97 + (n % 26))).join('');
    await fill(a.el, '#answer-0', noise);
    await fill(a.el, '#answer-1', noise.split('').reverse().join(''));
    await press(a.el, ui.finishTurn);
    await press(a.el, format(share.sendTo, { name: 'Alex' }));
    await waitUntil(() => $(a.el, '#share-link'), 'no link', { timeout: 10_000 });
    await press(a.el, share.showQr);
    await waitUntil(() => text(a.el.shadowRoot).includes(share.qrTooLong), 'no word on the QR code', { timeout: 10_000 });
    expect($(a.el, '#share-link')).to.not.equal(null);
  });

  describe('bad links get a clear message and change nothing', () => {
    async function expectProblem(url: string, message: string, store?: MemoryStore) {
      const b = await phone(url, store);
      await waitUntil(() => $(b.el, '#two-problem'), `no message for ${message}`, { timeout: 10_000 });
      expect(text($(b.el, '#two-problem'))).to.equal(message);
      expect(location.hash, 'the link stays in the address').to.equal('');
      expect(b.events.filter((e) => e.type === 'alliance-check-in-receive')).to.deep.equal([]);
      // Close takes it away, back to the start.
      await press(b.el, share.dismiss);
      expect($(b.el, '#two-problem')).to.equal(null);
      return b;
    }
    const data = (over: Record<string, unknown> = {}) => ({
      step: 'first',
      id: `id-${Math.random()}`,
      date: new Date().toISOString(),
      questions: null,
      names: ['Sam', 'Alex'],
      responses: [{ answers: ['a', 'b'], rating: null }],
      ...over,
    });
    const link = (over: Record<string, unknown> = {}, kind = 'check-in', key = 'check-in') => makeLink(location.href, { kind, key, data: data(over) });

    it('cut short', async () => {
      const url = await link();
      await expectProblem(url.slice(0, -8), share.damaged);
    });

    it('edited on the way', async () => {
      const url = await link();
      const at = url.length - 20;
      await expectProblem(url.slice(0, at) + (url[at] === 'x' ? 'y' : 'x') + url.slice(at + 1), share.damaged);
    });

    it('forged: a well-made link whose contents do not hold up', async () => {
      await expectProblem(await link({ responses: [{ answers: ['<img src=x onerror=alert(1)>'], rating: 9 }] }), share.invalid);
    });

    it('too large', async () => {
      const url = await link();
      await expectProblem(url + 'A'.repeat(40_000), share.tooLarge);
    });

    it('from a newer version', async () => {
      const stream = new Blob([JSON.stringify({ v: LINK_VERSION + 1, kind: 'check-in', key: 'check-in', made: new Date().toISOString(), data: data() })])
        .stream()
        .pipeThrough(new CompressionStream('deflate'));
      const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
      const payload = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      await expectProblem(`${location.pathname}#alliance=check-in:check-in:p${payload}`, share.newer);
    });

    it('for another element, with no such element on the page', async () => {
      await expectProblem(await link({}, 'worksheet', 'worksheet'), share.notForThis);
    });

    it('for other questions than the page asks', async () => {
      await expectProblem(await link({ questions: ['What made you laugh?', 'What would help tomorrow?'] }), two.otherQuestions);
    });

    it('replayed after it was saved', async () => {
      const store = new MemoryStore();
      const entry: CheckInEntry = {
        id: 'seen-before',
        date: new Date().toISOString(),
        mode: 'two-devices',
        questions: en.checkIn.questions,
        responses: [
          { name: 'Sam', answers: ['a', 'b'], rating: null },
          { name: 'Alex', answers: ['c', 'd'], rating: null },
        ],
      };
      await store.set('check-in:history', [entry]);
      const url = await link({ id: 'seen-before' });
      await expectProblem(url, two.alreadySaved, store);
      expect(((await kept(store, 'history')) as unknown[]).length).to.equal(1);
    });

    it('opened on the phone that sent it', async () => {
      const a = await phone();
      const url = await firstAnswers(a);
      await expectProblem(url, format(two.ownLink, { name: 'Alex' }), a.store);
    });
  });

  it('a turn whose link is gone after a reload asks for the link again, and keeps what was typed', async () => {
    const a = await phone();
    const url = await firstAnswers(a);
    const store = new MemoryStore();
    const b = await phone(url, store);
    await waitUntil(() => text($(b.el, '#step-heading')) === format(two.receivedHeading, { name: 'Sam' }), 'the link did not open', { timeout: 10_000 });
    await press(b.el, two.answer);
    await fill(b.el, '#answer-0', 'Half an answer');
    await new Promise((resolve) => setTimeout(resolve, 600));
    // The page is opened again, without the link.
    const again = await phone(undefined, store);
    await waitUntil(() => text(again.el.shadowRoot).includes(two.reopen.split('{name}')[0]), 'no word on the missing link');
    expect(JSON.stringify(await kept(store, 'draft'))).to.contain('Half an answer');
  });
});
