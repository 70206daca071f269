import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { autoloadedTags, discover, loadElement } from '../src/autoloader.js';

const defined = (tag: string) => customElements.get(tag) !== undefined;
const loadedModules = () => performance.getEntriesByType('resource').map((entry) => entry.name);

describe('autoloader', () => {
  it('knows every element', () => {
    expect([...autoloadedTags].sort()).to.deep.equal(
      ['check-in', 'exercise-timer', 'offer', 'practice', 'principle', 'principles', 'provider', 'worksheet'].map((name) => `alliance-${name}`),
    );
  });

  it('loads an element used on the page, and only that one', async () => {
    const practice = await fixture(html`<alliance-practice practice="hero"></alliance-practice>`);
    await waitUntil(() => defined('alliance-practice'), 'alliance-practice is defined', { timeout: 4000 });
    await (practice as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(practice.shadowRoot?.textContent).to.match(/\w/);
    expect(defined('alliance-worksheet')).to.equal(false);
    expect(defined('alliance-check-in')).to.equal(false);
    expect(loadedModules().some((url) => url.includes('/worksheet/'))).to.equal(false);
  });

  it('loads a tag added later, deep in the page', async () => {
    const holder = await fixture(html`<div></div>`);
    expect(defined('alliance-offer')).to.equal(false);
    holder.innerHTML = '<section><p><alliance-offer></alliance-offer></p></section>';
    await waitUntil(() => defined('alliance-offer'), 'alliance-offer is defined', { timeout: 4000 });
    expect(holder.querySelector('alliance-offer')!.shadowRoot).to.exist;
  });

  it('loads tags inside a shadow root it is given', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<alliance-principle number="4"></alliance-principle>';
    await discover(root);
    expect(defined('alliance-principle')).to.equal(true);
  });

  it('loads each element once, and ignores tags it does not know', async () => {
    const first = loadElement('alliance-provider');
    expect(loadElement('ALLIANCE-PROVIDER')).to.equal(first);
    await first;
    expect(defined('alliance-provider')).to.equal(true);
    await loadElement('alliance-unknown');
    expect(defined('alliance-unknown')).to.equal(false);
  });
});
