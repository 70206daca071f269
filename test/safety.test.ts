import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import { loadLocale } from '../src/content/locales.js';
import type { AllianceExerciseTimer } from '../src/components/exercise-timer/exercise-timer.js';
import { captureWarnings, shadowText, text, settle } from './helpers.js';


/** Every element that guides people, as a blogger would paste it: no provider, no slot. */
const guiding: { tag: string; markup: TemplateResult }[] = [
  { tag: 'alliance-principles', markup: html`<alliance-principles></alliance-principles>` },
  { tag: 'alliance-exercise-timer', markup: html`<alliance-exercise-timer></alliance-exercise-timer>` },
  { tag: 'alliance-check-in', markup: html`<alliance-check-in storage-key="safety-test"></alliance-check-in>` },
  { tag: 'alliance-worksheet', markup: html`<alliance-worksheet storage-key="safety-test"></alliance-worksheet>` },
  { tag: 'alliance-offer', markup: html`<alliance-offer></alliance-offer>` },
  { tag: 'alliance-practice', markup: html`<alliance-practice></alliance-practice>` },
];


/** The element's safety note, as shown (slotted content included). */
function safetyNote(element: Element): HTMLElement {
  const note = element.shadowRoot!.querySelector<HTMLElement>('[part="safety"]');
  expect(note, `${element.localName} shows a safety note`).to.exist;
  return note!;
}

function shownText(note: HTMLElement): string {
  const slot = note.querySelector('slot');
  const assigned = slot?.assignedNodes({ flatten: true }) ?? [];
  return assigned.length ? assigned.map((n) => text(n)).join(' ') : text(note);
}

function clearStorage() {
  for (const key of Object.keys(localStorage)) if (key.includes('safety-test') || key.startsWith('alliance-elements')) localStorage.removeItem(key);
}

describe('scope and safety', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  before(() => loadLocale('es'));
  beforeEach(() => {
    clearStorage();
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    clearStorage();
  });

  for (const { tag, markup } of guiding) {
    describe(`<${tag}>`, () => {
      it('says on a plain page what it is not, who it is not for, where to turn and that anyone may stop', async () => {
        const element = await fixture(markup);
        await settle(element);
        const shown = shownText(safetyNote(element));
        const { safety } = en.ui;
        for (const sentence of [safety.scope, safety.notFor, safety.help, safety.stop]) expect(shown).to.include(sentence);
        expect(safetyNote(element).getAttribute('role')).to.equal('note');
      });

      it('says it in Spanish on a Spanish page', async () => {
        const wrapper = await fixture(html`<div lang="es">${markup}</div>`);
        const element = wrapper.firstElementChild!;
        await settle(element);
        const shown = shownText(safetyNote(element));
        const { safety } = es.ui;
        for (const sentence of [safety.scope, safety.notFor, safety.help, safety.stop]) expect(shown).to.include(sentence);
        expect(shown).not.to.include(en.ui.safety.scope);
      });

      it('points at the provider’s help line, and takes the provider’s own wording', async () => {
        const provider = await fixture(
          html`<alliance-provider help-href="tel:+15550100" help-label="The Help Line, 555 0100">${markup}</alliance-provider>`,
        );
        const element = provider.firstElementChild!;
        await settle(element);
        const link = safetyNote(element).querySelector('a');
        expect(link?.getAttribute('href')).to.equal('tel:+15550100');
        expect(text(link)).to.equal('The Help Line, 555 0100');
        expect(shownText(safetyNote(element))).not.to.include(en.ui.safety.help);
        expect(shownText(safetyNote(element))).to.include(en.ui.safety.scope);

        provider.setAttribute('safety-text', 'Our own words on what this is for.');
        await settle(provider);
        await settle(element);
        const shown = shownText(safetyNote(element));
        expect(shown).to.include('Our own words on what this is for.');
        expect(shown).not.to.include(en.ui.safety.scope);
        expect(safetyNote(element).querySelector('a')?.getAttribute('href')).to.equal('tel:+15550100');
      });

      it('gives way to the host’s own note in the safety slot', async () => {
        const wrapper = await fixture(html`<div></div>`);
        const element = document.createElement(tag);
        if (tag === 'alliance-check-in' || tag === 'alliance-worksheet') element.setAttribute('storage-key', 'safety-test');
        const own = document.createElement('p');
        own.slot = 'safety';
        own.textContent = 'Please read our practice’s note before you begin.';
        element.append(own);
        wrapper.append(element);
        await settle(element);
        const shown = shownText(safetyNote(element));
        expect(shown).to.equal('Please read our practice’s note before you begin.');
        // The library's own note is the slot's fallback: there, but not shown.
        const fallback = safetyNote(element).querySelector<HTMLElement>('.safety-text')!;
        expect(fallback.getBoundingClientRect().height).to.equal(0);
        expect(safetyNote(element).getBoundingClientRect().height).to.be.greaterThan(0);
      });

      it('stays accessible with the note and a help link', async () => {
        const provider = await fixture(html`<alliance-provider help-href="https://example.org/help" help-label="Find help near you">${markup}</alliance-provider>`);
        const element = provider.firstElementChild!;
        await settle(element);
        await expect(element).to.be.accessible();
      });
    });
  }

  it('refuses a help link that is no web page, phone, email or text message, with one warning, and keeps the default advice', async () => {
    const provider = await fixture(html`<alliance-provider help-href="javascript:alert(1)"><alliance-offer></alliance-offer></alliance-provider>`);
    const element = provider.firstElementChild!;
    await settle(element);
    expect(safetyNote(element).querySelector('a')).to.equal(null);
    expect(shownText(safetyNote(element))).to.include(en.ui.safety.help);
    const mentions = warnings.messages.filter((m) => m.includes('help-href="javascript:alert(1)"'));
    expect(mentions).to.have.length(1);
    expect(mentions[0]).to.include('"https:"');
  });
});

describe('limits on advice', () => {
  it('shows where principles 2, 4, 5, 7 and 8 stop applying, and no limit on the others', async () => {
    for (const principle of en.principles.items) {
      const card = await fixture(html`<alliance-principle number=${principle.number}></alliance-principle>`);
      await settle(card);
      const limit = card.shadowRoot!.querySelector<HTMLElement>('[part="limit"]')!;
      if ([2, 4, 5, 7, 8].includes(principle.number)) {
        expect(principle.limit, `principle ${principle.number} has a limit`).to.be.a('string');
        expect(limit.hidden).to.equal(false);
        expect(text(limit)).to.include(principle.limit!);
        expect(limit.getBoundingClientRect().height).to.be.greaterThan(0);
      } else {
        expect(limit.hidden, `principle ${principle.number} has no limit`).to.equal(true);
        expect(limit.getBoundingClientRect().height).to.equal(0);
      }
    }
  });

  it('keeps the limit on a compact card, and links the provider’s help line from it', async () => {
    const provider = await fixture(
      html`<alliance-provider help-href="https://example.org/help" help-label="Find help near you"
        ><alliance-principle number="5" variant="compact"></alliance-principle
      ></alliance-provider>`,
    );
    const card = provider.firstElementChild!;
    await settle(card);
    const limit = card.shadowRoot!.querySelector<HTMLElement>('[part="limit"]')!;
    expect(limit.hidden).to.equal(false);
    expect(limit.querySelector('a')?.getAttribute('href')).to.equal('https://example.org/help');
  });

  it('labels the reflection question as a question to reflect on, not as a quotation, and says it is ours', async () => {
    const card = await fixture(html`<alliance-principle number="3"></alliance-principle>`);
    await settle(card);
    const question = card.shadowRoot!.querySelector('[part="question"]')!;
    expect(question.querySelector('q')).to.equal(null);
    expect(text(question)).to.equal(`${en.ui.principle.reflect} ${en.principles.items[2].question}`);
    expect(text(card.shadowRoot!.querySelector('[part="credit"]'))).to.include(en.principles.credit.ours!);
  });

  it('shows each offer way’s limit with its example', async () => {
    const offer = await fixture(html`<alliance-offer></alliance-offer>`);
    await settle(offer);
    const ways = [...offer.shadowRoot!.querySelectorAll('[part="way"]')];
    const limited = en.offer.ways.filter((way) => way.limit);
    expect(limited.map((way) => way.id)).to.include.members(['focus', 'honesty', 'confront', 'grounded']);
    for (const way of limited) {
      const index = en.offer.ways.indexOf(way);
      expect(text(ways[index].querySelector('.limit'))).to.equal(way.limit);
    }
  });

  it('shows the relational hero’s limit, and the limit of asking about “us”', async () => {
    const hero = await fixture(html`<alliance-practice practice="hero"></alliance-practice>`);
    await settle(hero);
    expect(text(hero.shadowRoot!.querySelector('.limit'))).to.equal(en.practices.hero.limit);
    const reframe = await fixture(html`<alliance-practice practice="reframe"></alliance-practice>`);
    await settle(reframe);
    expect(text(reframe.shadowRoot!.querySelector('.limit'))).to.equal(en.practices.reframe.limit);
  });

  it('does not promise the offer’s notes are private', async () => {
    const offer = await fixture(html`<alliance-offer></alliance-offer>`);
    await settle(offer);
    expect(shadowText(offer)).to.include(en.ui.offer.noteHint);
    expect(en.ui.offer.noteHint.toLowerCase()).not.to.include('private');
  });
});

describe('the timer’s guidance', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  for (const exercise of en.exercises.items) {
    it(`shows ${exercise.title}’s setup and the consent line before it starts, and its reminders while it runs`, async () => {
      const timer = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer exercise=${exercise.id} muted></alliance-exercise-timer>`);
      await settle(timer);
      const guidance = () => timer.shadowRoot!.querySelector('[part="guidance"]');
      const items = () => [...(guidance()?.querySelectorAll('li') ?? [])].map((li) => text(li));
      expect(items()).to.deep.equal([...exercise.setup]);
      expect(text(guidance())).to.include(en.ui.timer.consent);
      expect(text(guidance())).to.include(en.ui.timer.before);

      timer.start();
      await settle(timer);
      expect(items()).to.deep.equal([...exercise.reminders]);
      expect(text(guidance())).to.include(en.ui.timer.remindersHeading);
      expect(text(guidance())).not.to.include(en.ui.timer.consent);

      timer.pause();
      await settle(timer);
      expect(items()).to.deep.equal([...exercise.reminders]);
      timer.stop();
    });
  }

  it('shows the third layer’s condition, and what to do if a memory is too much, whenever that layer is chosen', async () => {
    const hugging = en.exercises.items.find((e) => e.id === 'hugging-till-relaxed')!;
    const condition = hugging.levelNotes![2];
    expect(condition).to.match(/warm, comfortable and reliable/);
    expect(condition).to.match(/open your eyes/);
    const timer = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer level="3" muted></alliance-exercise-timer>`);
    await settle(timer);
    const note = () => text(timer.shadowRoot!.querySelector('.level-note'));
    expect(note()).to.equal(condition);
    timer.start();
    await settle(timer);
    expect(note()).to.equal(condition);
    timer.stop();

    timer.level = 1;
    await settle(timer);
    expect(timer.shadowRoot!.querySelector('.level-note')).to.equal(null);
  });

  it('shows only the consent line with a host’s script, which is the host’s own exercise', async () => {
    const timer = await fixture<AllianceExerciseTimer>(html`<alliance-exercise-timer muted .steps=${[{ at: 0, text: 'Our own first step.' }]}></alliance-exercise-timer>`);
    await settle(timer);
    const guidance = timer.shadowRoot!.querySelector('[part="guidance"]');
    expect(text(guidance)).to.equal(en.ui.timer.consent);
    timer.start();
    await settle(timer);
    expect(timer.shadowRoot!.querySelector('[part="guidance"]')).to.equal(null);
    timer.stop();
    expect(shownText(safetyNote(timer))).to.include(en.ui.safety.scope);
  });
});
