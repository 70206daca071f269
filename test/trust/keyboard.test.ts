import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { LitElement, TemplateResult } from 'lit';
import '../../src/define.js';
import type { AllianceCheckIn } from '../../src/components/check-in/check-in.js';
import type { AllianceExerciseTimer } from '../../src/components/exercise-timer/exercise-timer.js';
import type { AlliancePrinciples } from '../../src/components/principles/principles.js';
import { MemoryStore } from '../../src/storage/memory.js';
import { en } from '../../src/content/en.js';
import { captureWarnings } from '../helpers.js';

// A keyboard-only walk through each element: the focus starts on a button before it, and from
// there only keys are pressed (Tab, Shift+Tab, Enter, Space, arrows, Escape). Each step checks
// where the focus went and that the action happened.

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The focused element, looking inside shadow roots. */
function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
const describeFocus = () => {
  const el = focused();
  return el ? `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${text(el).slice(0, 40)}"` : 'nothing';
};

/** A key by name as both browsers' automation knows it (' ' for Space). */
async function press(key: string) {
  await sendKeys({ press: key });
}

/** Presses Tab until the focus is on what `match` accepts; fails if it reaches the button after the element first. */
async function tabTo(what: string, match: (el: Element) => boolean, limit = 40): Promise<Element> {
  for (let i = 0; i < limit; i++) {
    await press('Tab');
    const el = focused();
    if (el && match(el)) return el;
    if (el?.id === 'after') throw new Error(`Tab left the element before reaching ${what}`);
  }
  throw new Error(`Tab never reached ${what}; the focus is on ${describeFocus()}`);
}
const named = (name: string) => (el: Element) => text(el) === name || el.getAttribute('aria-label') === name;
const byId = (id: string) => (el: Element) => el.id === id;

/** Puts `content` between two buttons and focuses the first: the walk starts from outside. */
async function walk<T extends Element>(content: TemplateResult, tag: string): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <button id="before">before</button>
    ${content}
    <button id="after">after</button>
  </div>`);
  const el = wrapper.querySelector<T>(tag)!;
  await (el as unknown as LitElement).updateComplete;
  wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
  return el;
}

const update = async (el: Element) => {
  await (el as LitElement).updateComplete;
  await (el as LitElement).updateComplete;
};

describe('keyboard-only walk', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    sinon.restore();
  });

  it('<alliance-provider> and <alliance-principle> add no focus stop: Tab goes straight through', async () => {
    await walk(html`<alliance-provider storage="none"><alliance-principle number="1"></alliance-principle></alliance-provider>`, 'alliance-principle');
    await press('Tab');
    expect(focused()?.id).to.equal('after');
    await sendKeys({ down: 'Shift' });
    await press('Tab');
    await sendKeys({ up: 'Shift' });
    expect(focused()?.id).to.equal('before');
  });

  it('<alliance-principles>: the slide takes the arrow keys, Home and End; previous and next take Enter and Space', async () => {
    const el = await walk<AlliancePrinciples>(html`<alliance-principles></alliance-principles>`, 'alliance-principles');
    await tabTo('the slide', (n) => n.classList.contains('slide'));
    await press('ArrowRight');
    await update(el);
    expect(el.current).to.equal(2);
    await press('End');
    await update(el);
    expect(el.current).to.equal(8);
    await press('Home');
    await update(el);
    expect(el.current).to.equal(1);
    await tabTo('Previous', named(en.ui.deck.previous));
    await press('Enter');
    await update(el);
    expect(el.current).to.equal(8);
    await tabTo('Next', named(en.ui.deck.next));
    await press(' ');
    await update(el);
    expect(el.current).to.equal(1);
    expect(text(el.shadowRoot!.querySelector('[role=status]'))).to.equal('1 of 8');
    await tabTo('the button after', byId('after'));
  });

  it('<alliance-exercise-timer>: Space on the time starts; the buttons pause, shift, resume and stop; the focus never falls out', async () => {
    const el = await walk<AllianceExerciseTimer>(html`<alliance-exercise-timer minutes="1" muted></alliance-exercise-timer>`, 'alliance-exercise-timer');
    await tabTo('the time', (n) => n.getAttribute('role') === 'timer');
    await press(' ');
    await update(el);
    expect(el.state).to.equal('running');
    await tabTo('Pause', named(en.ui.timer.pause));
    await press('Enter');
    await update(el);
    expect(el.state).to.equal('paused');
    expect(text(focused())).to.equal(en.ui.timer.resume);
    await press(' ');
    await update(el);
    expect(el.state).to.equal('running');
    await tabTo('Shifting position', named(en.ui.timer.shifting));
    await press('Enter');
    await update(el);
    expect(el.state).to.equal('adjusting');
    await tabTo('Stop', named(en.ui.timer.stop));
    await press('Enter');
    await update(el);
    expect(el.state).to.equal('idle');
    // Stop is gone: the focus went to Start rather than to the page.
    expect(text(focused())).to.equal(en.ui.timer.start);
    // "Spoken cues" opens with Enter, and its checkbox comes next in the order (here, where the
    // browser has no voice, unavailable, with the reason read with it).
    await tabTo('Spoken cues', (n) => n.tagName === 'SUMMARY' && n.parentElement!.classList.contains('voice'));
    await press('Enter');
    await waitUntil(() => el.shadowRoot!.querySelector('#voice-on'), 'the spoken cues load');
    await tabTo('Speak each step aloud', byId('voice-on'));
    await tabTo('why this helps', (n) => n.tagName === 'SUMMARY' && n.parentElement!.classList.contains('why'));
    await press('Enter');
    await update(el);
    expect(el.shadowRoot!.querySelector<HTMLDetailsElement>('details.why')!.open).to.equal(true);
    expect(el.state).to.equal('idle');
    await tabTo('the button after', byId('after'));
  });

  it('<alliance-check-in>: answer, save, start again, and the delete-all confirmation (Escape keeps everything)', async () => {
    const store = new MemoryStore();
    const el = await walk<AllianceCheckIn>(
      html`<alliance-provider .store=${store}><alliance-check-in mode="solo" history scale></alliance-check-in></alliance-provider>`,
      'alliance-check-in',
    );
    const ui = en.ui.checkIn;
    await tabTo('the first answer', byId('answer-0'));
    await sendKeys({ type: 'We laughed' });
    await tabTo('the scale', (n) => n instanceof HTMLInputElement && n.type === 'radio');
    await press(' ');
    await press('ArrowRight');
    await update(el);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value).to.equal('2');
    await tabTo('Save', named(ui.save));
    await press('Enter');
    await update(el);
    expect(focused()?.id).to.equal('step-heading');
    expect(text(el.shadowRoot!.querySelector('.reveal'))).to.contain('We laughed');
    await waitUntil(() => el.entries.length === 1, 'not kept');
    await tabTo('Start a new check-in', named(ui.newCheckIn));
    await press('Enter');
    await update(el);
    expect(focused()?.id).to.equal('step-heading');
    expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#answer-0')!.value).to.equal('');

    await tabTo('the check-in in the history', (n) => n.tagName === 'SUMMARY' && n.closest('details.entry') !== null);
    await press('Enter');
    await update(el);
    expect(el.shadowRoot!.querySelector<HTMLDetailsElement>('details.entry')!.open).to.equal(true);
    await tabTo('Delete all', byId('delete-all'));
    await press('Enter');
    await update(el);
    const dialog = el.shadowRoot!.querySelector<HTMLDialogElement>('#confirm')!;
    expect(dialog.open).to.equal(true);
    expect(text(focused())).to.equal(ui.confirmKeep);
    await press('Escape');
    await waitUntil(() => !dialog.open && focused()?.id === 'delete-all', 'Escape did not close the dialog and return the focus');
    expect(el.entries).to.have.length(1);
  });

  it('<alliance-worksheet>: names, Enter to go on, choosing with Space, Back, and Start over asked in a dialog', async () => {
    const store = new MemoryStore();
    const el = await walk<LitElement>(html`<alliance-provider .store=${store}><alliance-worksheet></alliance-worksheet></alliance-provider>`, 'alliance-worksheet');
    await waitUntil(() => el.shadowRoot!.querySelector('#name-a'));
    await tabTo('the first name', byId('name-a'));
    await sendKeys({ type: 'Noor' });
    await press('Tab');
    expect(focused()?.id).to.equal('name-b');
    await sendKeys({ type: 'Eli' });
    await press('Enter');
    await update(el);
    expect(focused()?.id).to.equal('step-heading');
    expect(text(focused())).to.equal('Noor, choose for Eli');
    const boxes = () => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    for (let i = 0; i < 3; i++) {
      await tabTo(`checkbox ${i + 1}`, (n) => n === boxes()[i]);
      await press(' ');
    }
    await update(el);
    expect(boxes().filter((b) => b.checked)).to.have.length(3);
    await tabTo('Next', (n) => n.classList.contains('next'));
    await press('Enter');
    await update(el);
    expect(text(focused())).to.equal('Eli, choose for Noor');
    await tabTo('Back', (n) => n.classList.contains('back'));
    await press('Enter');
    await update(el);
    expect(text(focused())).to.equal('Noor, choose for Eli');
    expect(boxes().filter((b) => b.checked)).to.have.length(3);

    await tabTo('Start over', byId('start-over'));
    await press('Enter');
    await update(el);
    const dialog = el.shadowRoot!.querySelector<HTMLDialogElement>('#confirm')!;
    expect(dialog.open).to.equal(true);
    expect(focused()?.id).to.equal('confirm-no');
    await press('Escape');
    await waitUntil(() => !dialog.open, 'Escape did not close the dialog');
    await update(el);
    expect(text(el.shadowRoot!.querySelector('#step-heading'))).to.equal('Noor, choose for Eli');
  });

  it('<alliance-offer>: a way opens with Enter, its note takes typing, and Space ticks today’s list', async () => {
    const store = new MemoryStore();
    const el = await walk<LitElement>(html`<alliance-provider .store=${store}><alliance-offer></alliance-offer></alliance-provider>`, 'alliance-offer');
    const summary = await tabTo('the first way', (n) => n.tagName === 'SUMMARY');
    await press('Enter');
    await update(el);
    expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
    await tabTo('its note', (n) => n.tagName === 'TEXTAREA');
    await sendKeys({ type: 'Ask first' });
    await tabTo('the first tick', (n) => n instanceof HTMLInputElement && n.type === 'checkbox');
    await press(' ');
    await update(el);
    expect(text(el.shadowRoot!.querySelector('fieldset'))).to.contain('1 of 4 today');
    await waitUntil(async () => Object.values((await store.get<Record<string, string>>('offer:notes')) ?? {}).includes('Ask first'), 'the note was not kept');
    await tabTo('the button after', byId('after'));
  });

  it('<alliance-practice>: browse the pairs, write both parts, copy, and answer the teamwork question', async () => {
    const el = await walk<LitElement>(html`<alliance-provider storage="none"><alliance-practice></alliance-practice></alliance-provider>`, 'alliance-practice');
    const ui = en.ui.practice;
    const position = () => text(el.shadowRoot!.querySelector('.browse .position'));
    expect(position()).to.match(/^1 of/);
    await tabTo('Next pair', named(ui.nextPair));
    await press('Enter');
    await update(el);
    expect(position()).to.match(/^2 of/);
    await tabTo('what I want', byId('want'));
    await sendKeys({ type: 'time together' });
    await press('Tab');
    expect(focused()?.id).to.equal('need');
    await sendKeys({ type: 'a plan' });
    await update(el);
    expect(text(el.shadowRoot!.querySelector('.sentence'))).to.equal('I want time together, and I need a plan.');
    await tabTo('Copy', named(ui.copy));
    await press('Enter');
    await waitUntil(() => text(el.shadowRoot!.querySelector('.copy-row [role=status]')) !== '', 'the copy did nothing');
    await tabTo('the teamwork question', byId('teamwork'));
    await sendKeys({ type: 'Sunday lunch' });
    expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#teamwork')!.value).to.equal('Sunday lunch');
    await tabTo('the button after', byId('after'));
  });
});
