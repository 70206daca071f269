import { expect } from '@open-wc/testing';
import { clearFixtureStorage, nextTasks, openFixture, TAGS, useEveryElement, type Fixture } from './frame.js';

// The policy web-test-runner.config.js sends with a fixture page asked for with ?csp=strict.
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const PAGE = 'elements.html?csp=strict';

describe('a page with a strict Content Security Policy', () => {
  let fixture: Fixture;

  before(async () => {
    clearFixtureStorage();
    fixture = await openFixture(PAGE);
  });
  after(() => {
    fixture?.iframe.remove();
    clearFixtureStorage();
  });

  it('is served with the policy', async () => {
    const response = await fetch(`/test/trust/fixtures/${PAGE}`);
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
  });

  it('renders every element from the one-tag bundle', () => {
    const { win, doc } = fixture;
    for (const tag of TAGS) {
      expect(win.customElements.get(tag), `${tag} is not defined`).to.be.a('function');
      for (const el of doc.querySelectorAll(tag)) expect(el.shadowRoot, `${tag} has no shadow root`).to.not.equal(null);
    }
    // Shadow roots are styled: the policy did not block the elements' styles.
    const card = doc.querySelector('alliance-principle')!.shadowRoot!.querySelector('.card')!;
    expect(win.getComputedStyle(card).display).to.not.equal('inline');
    expect(doc.querySelector('alliance-principle')!.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
  });

  it('lets every element be used (timer run, check-in saved, worksheet finished) with no violation and no error', async () => {
    await useEveryElement(fixture);
    await nextTasks();
    expect(fixture.win.__trust.violations).to.deep.equal([]);
    expect(fixture.win.__trust.errors).to.deep.equal([]);
  });

  it('uses Trusted Types through the lit-html policy alone, where the browser has them', () => {
    const { win, doc } = fixture;
    if (!win.trustedTypes) {
      // Without Trusted Types the directives are ignored; the rest of the policy still holds.
      expect(doc.querySelector('alliance-principle')!.shadowRoot!.textContent).to.contain('Principle 3');
      return;
    }
    const identity = { createHTML: (s: string) => s };
    expect(() => win.trustedTypes!.createPolicy('lit-html', identity), 'Lit made no lit-html policy').to.throw();
    expect(() => win.trustedTypes!.createPolicy('something-else', identity), 'the trusted-types directive is not enforced').to.throw();
    expect(() => {
      doc.createElement('div').innerHTML = '<b>a string</b>';
    }, 'a plain string reached innerHTML').to.throw();
  });

  it('really is enforced: an inline style attribute is reported (the listener works)', async () => {
    const { win, doc } = fixture;
    const before = win.__trust.violations.length;
    const probe = doc.createElement('div');
    doc.body.append(probe);
    probe.setAttribute('style', 'color: red');
    await nextTasks();
    expect(win.getComputedStyle(probe).color).to.not.equal('rgb(255, 0, 0)');
    expect(win.__trust.violations.slice(before).map((v) => v.directive)).to.include.oneOf(['style-src-attr', 'style-src']);
    probe.remove();
  });
});

describe('the check-in on two phones, under the strict policy', function () {
  // Two phones in two frames, each keeping its words in memory only; the link goes between them.
  this.timeout(30_000);
  const frames: Fixture[] = [];
  after(() => frames.forEach((f) => f.iframe.remove()));

  it('sends, opens, answers, shows both and sends back, with the QR code drawn, and no violation and no error', async () => {
    const page = 'two-phones.html?csp=strict';
    const a = await openFixture(page);
    frames.push(a);
    const root = (f: Fixture) => f.doc.querySelector('alliance-check-in')!.shadowRoot!;
    const until = async <T,>(find: () => T | null | undefined | false, what: string): Promise<T> => {
      const end = Date.now() + 15_000;
      for (;;) {
        const found = find();
        if (found) return found;
        if (Date.now() > end) throw new Error(`timed out: ${what}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const fill = async (f: Fixture, selector: string, value: string) => {
      const field = await until(() => root(f).querySelector<HTMLInputElement>(selector), selector);
      field.value = value;
      field.dispatchEvent(new f.win.Event('input', { bubbles: true, composed: true }));
    };
    const click = async (f: Fixture, name: string) =>
      (await until(() => [...root(f).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent.trim() === name && !b.disabled), name)).click();

    await fill(a, '#name-a', 'Sam');
    await fill(a, '#name-b', 'Alex');
    (await until(() => root(a).querySelector<HTMLButtonElement>('form.start button[type=submit]'), 'Begin')).click();
    await fill(a, '#answer-0', 'We cooked together');
    await click(a, 'Done');
    await fill(a, '#two-word', 'heron');
    await click(a, 'Send to Alex');
    const link = (await until(() => root(a).querySelector<HTMLInputElement>('#share-link'), 'the link')).value;
    await click(a, 'Show a QR code');
    await until(() => root(a).querySelector('.share-qr path'), 'the QR code');

    const b = await openFixture(`${page}${link.slice(link.indexOf('#'))}`);
    frames.push(b);
    await fill(b, '#two-passphrase', 'heron');
    await click(b, 'Open');
    await click(b, 'Answer now');
    await fill(b, '#answer-0', 'You listened');
    await click(b, 'Done');
    await click(b, 'Send to Sam');
    await click(b, 'Show a QR code');
    await until(() => root(b).querySelector('.share-qr path'), 'the QR code back');
    await nextTasks();
    for (const f of [a, b]) {
      expect(f.win.__trust.violations).to.deep.equal([]);
      expect(f.win.__trust.errors).to.deep.equal([]);
    }
  });
});

