import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { checkBuilt, clearFixtureStorage, openFixture, useEveryElement, type Fixture } from './frame.js';

/** Starts recording every request made inside the fixture's frame, in any of its frames (web-test-runner.config.js). */
const record = () => executeServerCommand('record-requests', { action: 'start' });
const seen = (action: 'peek' | 'stop') => executeServerCommand<string[], { action: string }>('record-requests', { action });
/** The automation reports a request a little after the page sees it: wait for `expected`, then a little more. */
async function recorded(expected: (urls: string[]) => boolean): Promise<string[]> {
  await waitUntil(async () => expected(await seen('peek')), 'the recorder never saw the expected requests', { timeout: 3000 });
  await new Promise((resolve) => setTimeout(resolve, 300));
  return seen('stop');
}

const PAGE = 'elements.html';
/** The page's own files: the page, its recorder script, and the one-tag bundle with its own chunks. */
const OWN_FILES = [/^\/test\/trust\/fixtures\/elements\.html$/, /^\/test\/trust\/fixtures\/record\.js$/, /^\/raw\/dist\/cdn\/[\w/.-]+\.js$/];
const isOwnFile = (url: string) => {
  const parsed = new URL(url);
  return parsed.origin === location.origin && OWN_FILES.some((pattern) => pattern.test(parsed.pathname));
};

describe('no network', () => {
  let fixture: Fixture | undefined;
  before(checkBuilt);
  beforeEach(clearFixtureStorage);
  afterEach(() => {
    fixture?.iframe.remove();
    fixture = undefined;
    clearFixtureStorage();
  });

  it('using every element requests nothing beyond the page’s own files', async () => {
    await record();
    fixture = await openFixture(PAGE);
    await useEveryElement(fixture);
    const requests = await recorded((urls) => urls.some((url) => url.endsWith('/raw/dist/cdn/alliance-elements.js')));

    // Every request the page under test made meanwhile.
    expect(requests.map((url) => new URL(url).pathname), 'the recorder saw the page load').to.include.members([
      '/test/trust/fixtures/elements.html',
      '/raw/dist/cdn/alliance-elements.js',
    ]);
    expect(requests.filter((url) => !isOwnFile(url))).to.deep.equal([]);

    // What the page itself saw load agrees.
    const resources = fixture.win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(resources.length).to.be.greaterThan(0);
    expect(resources.filter((url) => !isOwnFile(url))).to.deep.equal([]);
  });

  it('would notice a font, image or script from elsewhere (the recorder works)', async () => {
    fixture = await openFixture(PAGE);
    // Another origin on this same machine: the loopback address instead of the host name.
    const elsewhere = new URL(location.href);
    elsewhere.hostname = elsewhere.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    elsewhere.pathname = '/raw/README.md';
    elsewhere.search = '';
    await record();
    const image = fixture.doc.createElement('img');
    image.alt = '';
    const settled = new Promise((resolve) => {
      image.onload = resolve;
      image.onerror = resolve;
    });
    image.src = elsewhere.href;
    fixture.doc.body.append(image);
    await settled;
    const requests = await recorded((urls) => urls.includes(elsewhere.href));
    expect(requests.filter((url) => !isOwnFile(url))).to.deep.equal([elsewhere.href]);
  });
});
