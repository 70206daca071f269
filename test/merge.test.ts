import { expect } from '@open-wc/testing';
import { merge } from '../src/controllers/merge.js';

describe('merging two tabs’ edits of one value', () => {
  const base = { names: { a: 'Sam', b: 'Alex' }, answers: ['', ''], step: 'turns' };

  it('takes each field from the side that changed it', () => {
    const ours = { ...base, answers: ['our answer', ''] };
    const theirs = { ...base, names: { a: 'Sam', b: 'Alexandra' } };
    expect(merge(base, ours, theirs, true)).to.deep.equal({
      value: { names: { a: 'Sam', b: 'Alexandra' }, answers: ['our answer', ''], step: 'turns' },
      lost: false,
    });
  });

  it('keeps the stored words when nothing was there to start from and this side’s list of answers is still empty', () => {
    // A page that was clicked on (a step, a rating) before its draft was read, against the draft with words in it.
    const ours = { step: 'a', answers: [[], []], ratings: [4, null] };
    const theirs = { step: 'a', answers: [['written before the reload'], []], ratings: [null, null] };
    expect(merge(undefined, ours, theirs, true)).to.deep.equal({
      value: { step: 'a', answers: [['written before the reload'], []], ratings: [4, null] },
      lost: false,
    });
  });

  it('keeps this page where it is (the `here` fields) while the rest merges as usual', () => {
    const ours = { ...base, answers: ['typing here', ''] };
    const theirs = { ...base, answers: ['', 'their answer'], step: 'closing' };
    expect(merge(base, ours, theirs, true, ['step'])).to.deep.equal({
      value: { names: base.names, answers: ['typing here', 'their answer'], step: 'turns' },
      lost: false,
    });
    // Without `here`, the other tab's step is taken, as any field only one side changed.
    expect((merge(base, ours, theirs, true).value as typeof base).step).to.equal('closing');
  });

  it('gives a field both changed to the newer edit, and says the older words were lost', () => {
    const ours = { ...base, answers: ['written here', ''] };
    const theirs = { ...base, answers: ['written there', ''] };
    expect(merge(base, ours, theirs, true)).to.deep.equal({ value: ours, lost: true });
    expect(merge(base, ours, theirs, false)).to.deep.equal({ value: theirs, lost: true });
  });

  it('loses nothing when the newer text still contains the older one (typed on from it)', () => {
    const ours = { ...base, answers: ['a sentence', ''] };
    const theirs = { ...base, answers: ['a sentence, and more', ''] };
    expect(merge(base, ours, theirs, false)).to.deep.equal({ value: theirs, lost: false });
  });

  it('keeps every saved record of both tabs, and a deletion made in either', () => {
    const base = [{ id: 'old', text: 'kept' }, { id: 'gone', text: 'deleted in one tab' }];
    const ours = [{ id: 'old', text: 'kept' }, { id: 'mine', text: 'saved here' }];
    const theirs = [...base, { id: 'their', text: 'saved there' }];
    expect(merge(base, ours, theirs, true)).to.deep.equal({
      value: [{ id: 'old', text: 'kept' }, { id: 'mine', text: 'saved here' }, { id: 'their', text: 'saved there' }],
      lost: false,
    });
  });

  it('treats lists of different lengths as one field, and only words count as lost', () => {
    expect(merge([1], [1, 2], [1, 3, 4], false)).to.deep.equal({ value: [1, 3, 4], lost: false });
    expect(merge({ rating: 1 }, { rating: 2 }, { rating: 3 }, true)).to.deep.equal({ value: { rating: 2 }, lost: false });
  });

  it('keeps the stored words when nothing was there to start from and this side is still empty', () => {
    expect(merge(undefined, '', 'stored answer', true)).to.deep.equal({ value: 'stored answer', lost: false });
  });

  it('says words were lost when a record changed in one tab was deleted in the other', () => {
    const base = [{ id: 'x', text: 'before' }];
    expect(merge(base, [], [{ id: 'x', text: 'changed there' }], true)).to.deep.equal({ value: [], lost: true });
    expect(merge(base, [], base, true)).to.deep.equal({ value: [], lost: false });
  });

  it('keeps a field one side added and the other did not touch', () => {
    expect(merge({}, { first: 'one' }, { second: 'two' }, true)).to.deep.equal({ value: { first: 'one', second: 'two' }, lost: false });
  });

  it('loses nothing when the older side had left a field empty', () => {
    expect(merge({ note: 'x' }, { note: '' }, { note: 'y' }, false)).to.deep.equal({ value: { note: 'y' }, lost: false });
  });
});
