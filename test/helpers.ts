import { nextFrame } from '@open-wc/testing';
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

/** A file an element offered for download. */
export interface CaughtDownload {
  readonly name: string;
  readonly blob: Blob;
}

/**
 * Catches what an element downloads (a Blob, an object URL, a temporary link) instead of
 * saving it: the files, in order. Undone by `sinon.restore()`.
 */
export function catchDownloads(): CaughtDownload[] {
  const files: CaughtDownload[] = [];
  let last: Blob | undefined;
  sinon.stub(URL, 'createObjectURL').callsFake((blob: Blob | MediaSource) => {
    last = blob as Blob;
    return 'blob:caught';
  });
  sinon.stub(URL, 'revokeObjectURL');
  sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
    if (last) files.push({ name: this.download, blob: last });
  });
  return files;
}

/**
 * Waits for an element to render, then a frame (a `lang` change reaches elements through a
 * MutationObserver callback), then for the render that follows.
 */
export async function settle(element: Element): Promise<void> {
  await (element as Element & { updateComplete: Promise<unknown> }).updateComplete;
  await nextFrame();
  await (element as Element & { updateComplete: Promise<unknown> }).updateComplete;
}
