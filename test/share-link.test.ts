import { expect } from '@open-wc/testing';
import { LINK_VERSION, MAX_LINK_BYTES, MAX_LINK_CHARS, isLocked, linkAddress, makeLink, readLink, type LinkAddress } from '../src/share/link.js';
import { readCheckInLink } from '../src/components/check-in/two-devices.data.js';

const BASE = 'https://example.test/check-in.html?x=1#old';
const envelope = { kind: 'check-in', key: 'check-in', data: { hello: 'Señora “José” 👋', list: [1, 2, 3] } };

/** The address of a link made from `envelope`. */
async function made(passphrase = '', data: unknown = envelope.data): Promise<{ url: string; address: LinkAddress }> {
  const url = await makeLink(BASE, { ...envelope, data }, passphrase);
  return { url, address: linkAddress(new URL(url).hash)! };
}

/** Bytes in base64url, as a link writes them. */
function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A link made by hand: `json` as the envelope, compressed, with the address it claims. */
async function forged(json: unknown, kind = 'check-in', key = 'check-in'): Promise<LinkAddress> {
  return { kind, key, payload: `p${base64url(await deflate(JSON.stringify(json)))}` };
}

describe('private links between two phones', () => {
  it('carry the envelope in the fragment of the same page, compressed, and read back whole', async () => {
    const { url, address } = await made();
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname + parsed.search).to.equal('https://example.test/check-in.html?x=1');
    expect(parsed.hash.startsWith('#alliance=check-in:check-in:p')).to.equal(true);
    expect(address).to.include({ kind: 'check-in', key: 'check-in' });
    expect(isLocked(address)).to.equal(false);
    // Nothing of the words is readable in the link itself.
    expect(url).to.not.contain('hello');
    const read = await readLink(address);
    expect(read.ok).to.equal(true);
    if (!read.ok) return;
    expect(read.envelope.data).to.deep.equal(envelope.data);
    expect(read.envelope.v).to.equal(LINK_VERSION);
    expect(read.locked).to.equal(false);
    expect(Date.parse(read.envelope.made)).to.be.closeTo(Date.now(), 60_000);
  });

  it('a storage key with any characters travels in the address', async () => {
    const url = await makeLink(BASE, { kind: 'worksheet', key: 'our plans: 2026/27 #1', data: 1 });
    const address = linkAddress(new URL(url).hash)!;
    expect(address).to.include({ kind: 'worksheet', key: 'our plans: 2026/27 #1' });
    expect((await readLink(address)).ok).to.equal(true);
  });

  it('locked with a passphrase, open only with it; a wrong one says so', async () => {
    const { url, address } = await made('blue heron');
    expect(isLocked(address)).to.equal(true);
    expect(url).to.not.contain('hello');
    expect(await readLink(address)).to.deep.equal({ ok: false, problem: 'locked' });
    expect(await readLink(address, 'blue herons')).to.deep.equal({ ok: false, problem: 'wrong-passphrase' });
    const read = await readLink(address, 'blue heron');
    expect(read.ok && read.envelope.data).to.deep.equal(envelope.data);
    expect(read.ok && read.locked).to.equal(true);
  });

  it('two links with the same words and word differ (fresh salt and IV each time)', async () => {
    const [a, b] = await Promise.all([made('word'), made('word')]);
    expect(a.address.payload).to.not.equal(b.address.payload);
  });

  it('a link cut short, or changed on the way, is damaged (plain) or does not open (locked)', async () => {
    const { address } = await made();
    const cut = { ...address, payload: address.payload.slice(0, -6) };
    expect(await readLink(cut)).to.deep.equal({ ok: false, problem: 'damaged' });
    // One character changed in the middle: the compressed stream's checksum catches it.
    const middle = Math.floor(address.payload.length / 2);
    const flipped = address.payload[middle] === 'A' ? 'B' : 'A';
    const edited = { ...address, payload: address.payload.slice(0, middle) + flipped + address.payload.slice(middle + 1) };
    expect((await readLink(edited)).ok).to.equal(false);
    const locked = (await made('word')).address;
    const tampered = { ...locked, payload: locked.payload.slice(0, -2) + (locked.payload.endsWith('AA') ? 'BB' : 'AA') };
    expect(await readLink(tampered, 'word')).to.deep.equal({ ok: false, problem: 'wrong-passphrase' });
    expect(await readLink({ ...address, payload: 'x' + address.payload.slice(1) })).to.deep.equal({ ok: false, problem: 'damaged' });
    expect(await readLink({ ...address, payload: 'p%%%' })).to.deep.equal({ ok: false, problem: 'damaged' });
    expect(await readLink({ ...address, payload: '' })).to.deep.equal({ ok: false, problem: 'damaged' });
  });

  it('a link whose address names another element than its envelope is damaged', async () => {
    const { address } = await made();
    expect(await readLink({ ...address, kind: 'worksheet' })).to.deep.equal({ ok: false, problem: 'damaged' });
    expect(await readLink({ ...address, key: 'other' })).to.deep.equal({ ok: false, problem: 'damaged' });
  });

  it('a link too long is refused before anything is decoded', async () => {
    const address: LinkAddress = { kind: 'check-in', key: 'check-in', payload: 'p' + 'A'.repeat(MAX_LINK_CHARS) };
    expect(await readLink(address)).to.deep.equal({ ok: false, problem: 'too-large' });
  });

  it('a compression bomb stops early: decompressing past the limit gives up', async () => {
    // Megabytes of one letter compress to a few kilobytes: a short link, a huge result.
    const bomb = await forged({ v: 1, kind: 'check-in', key: 'check-in', made: new Date().toISOString(), data: 'a'.repeat(4 * MAX_LINK_BYTES) });
    expect(bomb.payload.length).to.be.lessThan(MAX_LINK_CHARS);
    expect(await readLink(bomb)).to.deep.equal({ ok: false, problem: 'too-large' });
  });

  it('a link from a newer version says so; one without a version, an element or a time is damaged', async () => {
    const now = new Date().toISOString();
    expect(await readLink(await forged({ v: LINK_VERSION + 1, kind: 'check-in', key: 'check-in', made: now, data: {} }))).to.deep.equal({ ok: false, problem: 'newer' });
    for (const broken of [
      { kind: 'check-in', key: 'check-in', made: now, data: {} },
      { v: 1, key: 'check-in', made: now, data: {} },
      { v: 1, kind: 'check-in', key: 'check-in', made: 'yesterday', data: {} },
      { v: 1, kind: 'check-in', key: 'check-in', made: now },
      [1, 2, 3],
      'a string',
    ]) {
      expect(await readLink(await forged(broken)), JSON.stringify(broken)).to.deep.equal({ ok: false, problem: 'damaged' });
    }
    const notJson: LinkAddress = { kind: 'check-in', key: 'check-in', payload: `p${base64url(await deflate('{"v":1,'))}` };
    expect(await readLink(notJson)).to.deep.equal({ ok: false, problem: 'damaged' });
  });

  it('only a fragment shaped as a link has an address', () => {
    expect(linkAddress('')).to.equal(undefined);
    expect(linkAddress('#top')).to.equal(undefined);
    expect(linkAddress('#alliance=check-in')).to.equal(undefined);
    expect(linkAddress('#alliance=Check In:x:p')).to.equal(undefined);
    expect(linkAddress('#alliance=check-in:%E0%A4%A:p')).to.equal(undefined);
    expect(linkAddress('#alliance=check-in:my%20key:pAAAA')).to.deep.equal({ kind: 'check-in', key: 'my key', payload: 'pAAAA' });
  });
});

describe('a check-in link’s data, checked field by field', () => {
  const good = {
    step: 'first',
    id: 'abc',
    date: '2026-11-30T20:00:00.000Z',
    questions: null,
    names: ['Sam', 'Alex'],
    responses: [{ answers: ['Tea', ''], rating: 4 }],
  };

  it('takes what a phone sends', () => {
    expect(readCheckInLink(good, 2)).to.deep.equal(good);
    const both = { ...good, step: 'both', questions: ['Q1?'], responses: [{ answers: ['a'], rating: null }, { answers: ['b'], rating: 5 }] };
    expect(readCheckInLink(both, 2)).to.deep.equal(both);
  });

  it('refuses anything missing, of the wrong kind, out of range or too long', () => {
    const bad: unknown[] = [
      null,
      [],
      { ...good, step: 'second' },
      { ...good, id: '' },
      { ...good, id: 'x'.repeat(101) },
      { ...good, date: 'tonight' },
      { ...good, questions: [] },
      { ...good, questions: ['', 'b'] },
      { ...good, questions: ['1', '2', '3', '4', '5', '6'] },
      { ...good, names: ['Sam'] },
      { ...good, names: ['Sam', 'x'.repeat(61)] },
      { ...good, names: ['Sam', 7] },
      { ...good, responses: [] },
      { ...good, responses: [good.responses[0], good.responses[0]] },
      { ...good, responses: [{ answers: ['only one'], rating: 4 }] },
      { ...good, responses: [{ answers: ['a', 'x'.repeat(2001)], rating: 4 }] },
      { ...good, responses: [{ answers: ['a', 'b'], rating: 6 }] },
      { ...good, responses: [{ answers: ['a', 'b'], rating: 2.5 }] },
      { ...good, responses: [{ answers: ['a', { html: '<b>' }], rating: null }] },
    ];
    for (const value of bad) expect(readCheckInLink(value, 2), JSON.stringify(value)).to.equal(undefined);
  });
});
