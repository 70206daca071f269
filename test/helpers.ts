import sinon from 'sinon';

/** Records console.warn calls for the duration of a test; call `restore()` in afterEach. */
export function captureWarnings() {
  const stub = sinon.stub(console, 'warn');
  return {
    get messages(): string[] {
      return stub.getCalls().map((c) => c.args.map(String).join(' '));
    },
    restore: () => stub.restore(),
  };
}

/** The visible text of an element's shadow root, whitespace folded. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Text of an element or node, whitespace folded. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
