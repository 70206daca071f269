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
