import { expect } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import type { Credit } from '../src/content/types.js';

/** docs/content.md, the source map for professionals, as a reader sees it: Markdown's line breaks folded. */
async function sourceMap(): Promise<string> {
  const response = await fetch('/docs/content.md');
  expect(response.ok, 'docs/content.md is there').to.equal(true);
  return (await response.text()).replace(/\n> ?/g, ' ').replace(/\s+/g, ' ').replaceAll('*', '');
}

const credits: [string, Credit][] = [
  ['principles', en.principles.credit],
  ['exercises', en.exercises.credit],
  ['check-in', en.checkIn.credit],
  ['worksheet', en.worksheet.credit],
  ['offer', en.offer.credit],
  ['practices', en.practices.credit],
];

describe('docs/content.md', () => {
  it('gives the scope and safety note word for word, in English and in Spanish', async () => {
    const doc = await sourceMap();
    for (const { safety } of [en.ui, es.ui]) {
      for (const sentence of [safety.scope, safety.notFor, safety.help, safety.stop]) expect(doc).to.include(sentence);
    }
  });

  for (const [name, credit] of credits) {
    it(`gives the ${name} credit as the element shows it`, async () => {
      const doc = await sourceMap();
      expect(doc).to.include(credit.text.replaceAll('*', ''));
      if (credit.ours) expect(doc).to.include(credit.ours);
    });
  }

  it('gives every limit the offer shows', async () => {
    const doc = await sourceMap();
    const limits = en.offer.ways.flatMap((way) => (way.limit ? [way.limit] : []));
    expect(limits).to.have.length.greaterThan(0);
    for (const limit of limits) expect(doc).to.include(limit);
  });

  it('names the principles that carry a limit, and no others', async () => {
    const doc = await sourceMap();
    for (const principle of en.principles.items) {
      const row = doc.match(new RegExp(`\\| ${principle.number} \\| ${principle.title} \\|[^|]*\\|([^|]*)\\|`));
      expect(row, `principle ${principle.number} has a row`).to.exist;
      expect(row![1].includes('limit'), `principle ${principle.number}`).to.equal(Boolean(principle.limit));
    }
  });

  it('gives the timer’s consent line', async () => {
    expect(await sourceMap()).to.include(en.ui.timer.consent);
  });
});
