import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import sinon from 'sinon';
import { KeepingPart, PartsLoading, parts } from '../src/components/shared/parts.js';
import type { RecordKeeper, RecordWords } from '../src/components/shared/records.js';
import type { Validation } from '../src/export/json.js';
import { catchDownloads, text } from './helpers.js';
import '../src/define.js';
import { en } from '../src/content/en.js';
import { SettingsController } from '../src/controllers/settings.js';

/** The record-keeping part on its own, in a small element of the test's, as an element uses it. */

interface Note {
  readonly id: string;
  readonly date: string;
  readonly words: string;
}

const words: RecordWords = {
  copied: 'Copied.',
  copyRefused: 'Copy refused.',
  copyBox: 'The text',
  downloaded: 'Downloaded.',
  undo: 'Undo',
  importLabel: 'Bring back a file',
  importNotJson: 'Not JSON.',
  importNotExport: 'Not an export.',
  importNewer: 'Newer.',
  importBadData: 'Bad data.',
  importTooLarge: 'Too large.',
  importUnreadable: 'Unreadable.',
  showOlder: { one: 'Show {count} older note', other: 'Show {count} older notes' },
};
const FAILED = en.ui.partFailed;
const LOADING = en.ui.partLoading;

class RecordsProbe extends LitElement {
  readonly loading = new PartsLoading();
  said: string[] = [];
  #focus?: () => HTMLElement | null | undefined;
  readonly keeping: KeepingPart<Note> = new KeepingPart<Note>(this, this.loading, {
    settings: new SettingsController(this),
    words: () => words,
    announce: (text) => this.said.push(text),
    focus: (find) => (this.#focus = find),
    level: () => 3,
  });
  notes: Note[] = [];
  view: (keeper: RecordKeeper<Note>) => TemplateResult = (keeper) =>
    html`${keeper.renderMonths(
      this.notes,
      (n) => n.date,
      (n) => n.id,
      (n) => html`<li><details class="entry" data-id=${n.id}><summary>${n.words}</summary></details></li>`,
    )}`;

  protected override getUpdateComplete(): Promise<boolean> {
    return this.loading.settled(() => super.getUpdateComplete());
  }

  override updated(): void {
    const target = this.#focus?.();
    if (target) {
      this.#focus = undefined;
      target.focus();
    }
  }

  override render() {
    const keeper = this.keeping.keeper;
    return html`${keeper ? this.view(keeper) : ''}${this.keeping.renderPlace('here')}`;
  }
}
customElements.define('records-probe', RecordsProbe);

const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
const notes = (count: number, spacing = 1): Note[] =>
  Array.from({ length: count }, (_, i) => ({ id: `n${i}`, date: day(i * spacing), words: `note ${i}` }));

async function probe(): Promise<{ el: RecordsProbe; keeper: RecordKeeper<Note> }> {
  const el = await fixture<RecordsProbe>(html`<records-probe></records-probe>`);
  const keeper = (await el.keeping.get('here'))!;
  await el.updateComplete;
  return { el, keeper };
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

function chooseFile(el: Element, content: string) {
  const input = $<HTMLInputElement>(el, '#import')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], 'notes.json', { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const options = {
  kind: 'notes',
  version: 1,
  validate: (data: unknown): Validation<Note[]> =>
    Array.isArray(data) && data.every((n) => typeof (n as Note)?.id === 'string') ? { value: data as Note[] } : { problems: ['not notes'] },
};

describe('the record-keeping part (shared/records.ts)', () => {
  afterEach(() => sinon.restore());

  describe('loading', () => {
    it('loads on first use, once, and renders into the element with its styles', async () => {
      const el = await fixture<RecordsProbe>(html`<records-probe></records-probe>`);
      expect(el.keeping.keeper).to.equal(undefined);
      const [first, second] = await Promise.all([el.keeping.get('here'), el.keeping.get('here')]);
      expect(first).to.not.equal(undefined);
      expect(second).to.equal(first);
      el.notes = notes(2);
      el.requestUpdate();
      await el.updateComplete;
      expect($$(el, 'details.entry')).to.have.length(2);
      // The part's styles were added to the element's shadow root.
      expect(getComputedStyle($(el, '.entries')!).listStyleType).to.equal('none');
    });

    it('says so where it was asked for when it cannot be loaded (offline), and loads on a later try', async () => {
      const load = sinon.stub(parts, 'records').rejects(new TypeError('Failed to fetch dynamically imported module'));
      const el = await fixture<RecordsProbe>(html`<records-probe></records-probe>`);
      expect(await el.keeping.get('here')).to.equal(undefined);
      await el.updateComplete;
      expect(text($(el, '.field-error'))).to.equal(FAILED);
      expect(el.said).to.deep.equal([FAILED]);
      expect(el.keeping.state('here')).to.equal('failed');
      load.restore();
      expect(await el.keeping.get('here')).to.not.equal(undefined);
      await el.updateComplete;
      expect($(el, '.field-error')).to.equal(null);
      expect(el.keeping.state('here')).to.equal(undefined);
    });

    it('shows that it is working while it is slow to arrive, and updateComplete waits for it', async () => {
      const real = parts.records;
      let arrive!: () => void;
      sinon.stub(parts, 'records').callsFake(() => new Promise<void>((resolve) => (arrive = resolve)).then(() => real()));
      const el = await fixture<RecordsProbe>(html`<records-probe></records-probe>`);
      const getting = el.keeping.get('here');
      await waitUntil(() => text($(el, '.hint')) === LOADING, 'no word while it is slow', { timeout: 2000 });
      let settled = false;
      void el.updateComplete.then(() => (settled = true));
      await new Promise((r) => setTimeout(r, 50));
      expect(settled).to.equal(false);
      arrive();
      expect(await getting).to.not.equal(undefined);
      await el.updateComplete;
      expect(settled).to.equal(true);
      expect($(el, '.hint')).to.equal(null);
    });
  });

  describe('a list by month', () => {
    it('groups records under their month, newest first as given, the first twelve until "Show older"', async () => {
      const { el } = await probe();
      el.notes = notes(30, 3);
      el.requestUpdate();
      await el.updateComplete;
      expect($$(el, 'details.entry')).to.have.length(12);
      const months = $$(el, '.month-heading');
      expect(months.length).to.be.at.least(2);
      expect(months[0].getAttribute('aria-level')).to.equal('3');
      const label = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric' }).format(new Date(el.notes[0].date));
      expect(text(months[0])).to.equal(label);
      const older = $<HTMLButtonElement>(el, 'button.older')!;
      expect(text(older)).to.equal('Show 12 older notes');
      older.click();
      await el.updateComplete;
      expect($$(el, 'details.entry')).to.have.length(24);
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'details[data-id=n12] summary'));
      $<HTMLButtonElement>(el, 'button.older')!.click();
      await el.updateComplete;
      expect($$(el, 'details.entry')).to.have.length(30);
      expect($(el, 'button.older')).to.equal(null);
    });

    it('puts every record on paper, not only those shown', async () => {
      const print = sinon.stub(window, 'print').callsFake(() => {
        expect($$(el, 'details.entry')).to.have.length(20);
      });
      const { el, keeper } = await probe();
      el.notes = notes(20);
      el.requestUpdate();
      await el.updateComplete;
      expect($$(el, 'details.entry')).to.have.length(12);
      await keeper.print();
      expect(print.callCount).to.equal(1);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect($$(el, 'details.entry')).to.have.length(12);
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect($$(el, 'details.entry')).to.have.length(20);
      window.dispatchEvent(new Event('afterprint'));
    });
  });

  describe('delete with Undo', () => {
    it('offers Undo with the focus on it; Undo hands back what was deleted', async () => {
      const { el, keeper } = await probe();
      const restored: Note[][] = [];
      el.view = (k) => html`${k.renderUndo('Deleted.', (items) => restored.push(items))}`;
      const gone = notes(2);
      keeper.startUndo(gone, true);
      await el.updateComplete;
      expect(text($(el, '.undo p'))).to.equal('Deleted.');
      expect(el.shadowRoot!.activeElement?.id).to.equal('undo');
      expect(keeper.undoing).to.deep.equal({ items: gone, all: true });
      $<HTMLButtonElement>(el, '#undo')!.click();
      await el.updateComplete;
      expect(restored).to.deep.equal([gone]);
      expect($(el, '.undo')).to.equal(null);
    });

    it('goes away after ten seconds unless it has the focus, or at the next action', async () => {
      const { el, keeper } = await probe();
      el.view = (k) => html`${k.renderUndo('Deleted.', () => undefined)}`;
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      keeper.startUndo(notes(1), false);
      await el.updateComplete;
      // The focus is on Undo: it stays.
      await clock.tickAsync(11_000);
      await el.updateComplete;
      expect($(el, '#undo')).to.not.equal(null);
      $<HTMLButtonElement>(el, '#undo')!.blur();
      await clock.tickAsync(11_000);
      await el.updateComplete;
      expect($(el, '#undo')).to.equal(null);
      clock.restore();
      keeper.startUndo(notes(1), false);
      await el.updateComplete;
      keeper.act();
      await el.updateComplete;
      expect($(el, '#undo')).to.equal(null);
    });
  });

  describe('copy and download', () => {
    it('downloads a dated file and says so', async () => {
      const { el, keeper } = await probe();
      const files = catchDownloads();
      keeper.download('notes', 'json', '{"a":1}', 'application/json', 'here');
      expect(files).to.have.length(1);
      expect(files[0].name).to.match(/^notes-\d{4}-\d{2}-\d{2}\.json$/);
      expect(await files[0].blob.text()).to.equal('{"a":1}');
      expect(el.said).to.deep.equal([words.downloaded]);
    });

    it('copies, and where the browser refuses, shows the text to copy by hand, selected, beside the button', async () => {
      const { el, keeper } = await probe();
      const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
      await keeper.copy('some words', 'here');
      expect(write.calledWith('some words')).to.equal(true);
      expect(el.said).to.deep.equal([words.copied]);
      write.rejects(new DOMException('Denied', 'NotAllowedError'));
      await keeper.copy('some words', 'here');
      await el.updateComplete;
      const box = $<HTMLTextAreaElement>(el, '#copy-box')!;
      expect(box.value).to.equal('some words');
      expect(box.readOnly).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(box);
      expect(box.selectionEnd - box.selectionStart).to.equal('some words'.length);
      expect(el.said.at(-1)).to.equal(words.copyRefused);
      // Somewhere else, no box.
      expect(text(keeper.renderCopyBox('elsewhere') as never)).to.equal('');
      keeper.clear();
      await el.updateComplete;
      expect($(el, '#copy-box')).to.equal(null);
    });
  });

  describe('bringing a file back', () => {
    async function importProbe() {
      const { el, keeper } = await probe();
      const used: Note[][] = [];
      el.view = (k) => html`${k.renderImport('A file saved here before.', (event: Event) => {
        void k.import(event.target as HTMLInputElement, options, (file) => {
          used.push(file.data);
          return `${file.data.length} notes added.`;
        });
      })}`;
      el.requestUpdate();
      await el.updateComplete;
      return { el, keeper, used };
    }

    it('hands a good file to the element, and shows what it said beside the field', async () => {
      const { el, used } = await importProbe();
      const given = notes(2);
      chooseFile(el, JSON.stringify({ format: 'alliance-elements/notes', version: 1, data: given }));
      await waitUntil(() => used.length === 1, 'the file was not used');
      await el.updateComplete;
      expect(used[0]).to.deep.equal(given);
      expect(text($(el, '#import-message'))).to.equal('2 notes added.');
      expect($(el, '#import')!.getAttribute('aria-invalid')).to.equal('false');
    });

    for (const [what, content, message] of [
      ['not JSON', 'nope {', words.importNotJson],
      ['JSON from elsewhere', '{"hello":1}', words.importNotExport],
      ['from a newer version', '{"format":"alliance-elements/notes","version":9,"data":[]}', words.importNewer],
      ['with data it cannot read', '{"format":"alliance-elements/notes","version":1,"data":[{"no":"id"}]}', words.importBadData],
    ] as const) {
      it(`refuses a file ${what} with a message at the field, and uses nothing`, async () => {
        const { el, used } = await importProbe();
        chooseFile(el, content);
        await waitUntil(() => $(el, '#import-message'), 'no message');
        expect(text($(el, '#import-message'))).to.equal(message);
        const input = $(el, '#import')!;
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(input.getAttribute('aria-describedby')).to.contain('import-message');
        expect(el.shadowRoot!.activeElement).to.equal(input);
        expect(used).to.deep.equal([]);
      });
    }

    it('says so at the field when the file reader cannot be loaded, and uses nothing', async () => {
      const { el, used } = await importProbe();
      sinon.stub(parts, 'importer').rejects(new TypeError('Failed to fetch dynamically imported module'));
      chooseFile(el, JSON.stringify({ format: 'alliance-elements/notes', version: 1, data: notes(1) }));
      await waitUntil(() => $(el, '#import-message'), 'no message');
      expect(text($(el, '#import-message'))).to.equal(FAILED);
      expect(used).to.deep.equal([]);
      // The field is emptied, so the same file can be chosen again.
      expect($<HTMLInputElement>(el, '#import')!.value).to.equal('');
    });
  });
});
