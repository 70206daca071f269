import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../src/base/define.js';
import { captureWarnings } from './helpers.js';

const WARNED = Symbol.for('alliance-elements.define-warned');

describe('defineElement', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
    delete (globalThis as Record<symbol, unknown>)[WARNED];
  });
  afterEach(() => warnings.restore());

  it('registers a free tag', () => {
    class First extends LitElement {}
    defineElement('test-define-free', First);
    expect(customElements.get('test-define-free')).to.equal(First);
  });

  it('defining the same class twice is silent', () => {
    class Same extends LitElement {}
    defineElement('test-define-same', Same);
    defineElement('test-define-same', Same);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('a second copy of the library neither throws nor replaces the first, and warns once for all its tags', () => {
    class A1 extends LitElement {}
    class B1 extends LitElement {}
    class A2 extends LitElement {}
    class B2 extends LitElement {}
    defineElement('test-define-a', A1);
    defineElement('test-define-b', B1);
    expect(() => {
      defineElement('test-define-a', A2);
      defineElement('test-define-b', B2);
    }).to.not.throw();
    expect(customElements.get('test-define-a')).to.equal(A1);
    expect(customElements.get('test-define-b')).to.equal(B1);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('test-define-a').and.contain('already defined');
  });

  it('importing the whole library twice (a second module instance) registers every tag once', async () => {
    await import('../src/define.js');
    const first = customElements.get('alliance-principle');
    // A query string makes the browser load a second, separate copy of the module graph's entry.
    await import(/* @vite-ignore */ `/src/components/principle/principle.ts?copy=${Date.now()}`).then(
      (m: { AlliancePrinciple: CustomElementConstructor }) => defineElement('alliance-principle', m.AlliancePrinciple),
    );
    expect(customElements.get('alliance-principle')).to.equal(first);
    expect(warnings.messages.filter((m) => m.includes('already defined'))).to.have.length(1);
  });
});
