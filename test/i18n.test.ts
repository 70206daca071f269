import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import { ar } from '../src/content/ar.js';
import { addEnglish, format, formatNumber, loadLocale, registerLocale, registeredLocales, resolveLocale } from '../src/content/locales.js';
import type { AllianceProvider } from '../src/components/provider/provider.js';
import { captureWarnings, shadowText, text, settle } from './helpers.js';

/** Every element, with what shows its language on first render. */
const elements: { tag: string; markup: TemplateResult; title: (c: typeof en) => string }[] = [
  { tag: 'alliance-principle', markup: html`<alliance-principle number="1"></alliance-principle>`, title: (c) => c.principles.items[0].title },
  { tag: 'alliance-principles', markup: html`<alliance-principles></alliance-principles>`, title: (c) => format(c.ui.deck.position, { current: 1, total: 8 }) },
  { tag: 'alliance-exercise-timer', markup: html`<alliance-exercise-timer></alliance-exercise-timer>`, title: (c) => c.exercises.items[0].title },
  { tag: 'alliance-check-in', markup: html`<alliance-check-in scale></alliance-check-in>`, title: (c) => c.checkIn.title },
  { tag: 'alliance-worksheet', markup: html`<alliance-worksheet></alliance-worksheet>`, title: (c) => c.worksheet.title },
  { tag: 'alliance-offer', markup: html`<alliance-offer></alliance-offer>`, title: (c) => c.offer.title },
  { tag: 'alliance-practice', markup: html`<alliance-practice></alliance-practice>`, title: (c) => c.practices.title },
];

/** The text of an element and of the elements inside its shadow root. */
function deepText(element: Element): string {
  const inner = [...(element.shadowRoot?.querySelectorAll('*') ?? [])]
    .filter((child) => child.shadowRoot)
    .map((child) => deepText(child));
  return [shadowText(element), ...inner].join(' ');
}


function clearStorage() {
  for (const key of Object.keys(localStorage)) if (key.includes('i18n')) localStorage.removeItem(key);
}

describe('languages', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  // The words of the parts that load on first use (the check-in's history and reminder, the
  // worksheet's finished alliance, the check-in on two phones, the timer's spoken cues and
  // practice log) come with those parts: loaded here, the English is whole.
  before(() =>
    Promise.all([
      import('../src/components/check-in/history.js'),
      import('../src/components/check-in/reminder.js'),
      import('../src/components/worksheet/worksheet.document.js'),
      import('../src/components/check-in/two-devices.js'),
      import('../src/components/exercise-timer/voice.js'),
      import('../src/components/exercise-timer/practice-log.js'),
      import('../src/content/en/worksheet-records.js').then((m) => addEnglish(m.enWorksheetRecords)),
      loadLocale('es'),
      loadLocale('ar'),
    ]),
  );
  beforeEach(() => {
    clearStorage();
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    clearStorage();
  });

  const shipped = [
    { name: 'Spanish', lang: 'es', region: 'es-MX', content: es },
    { name: 'Arabic', lang: 'ar', region: 'ar-EG', content: ar },
  ] as const;

  for (const { name, lang, region, content } of shipped) {
    describe(`${name}, as shipped`, () => {
      it('ships every key English has, with the same placeholders', () => {
        const paths = (value: unknown, path = ''): string[] =>
          value && typeof value === 'object'
            ? Object.entries(value).flatMap(([key, v]) => paths(v, `${path}.${key}`))
            : [`${path}${typeof value === 'string' ? ` ${(value.match(/\{\w+\}/g) ?? []).sort().join('')}` : ''}`];
        const english = paths({ ...en, lang: '', dir: '' }).filter((p) => !/\.(one|two|few|many|zero)\b/.test(p));
        const theirs = paths({ ...content, lang: '', dir: '' }).filter((p) => !/\.(one|two|few|many|zero)\b/.test(p));
        expect(theirs.filter((p) => !english.includes(p))).to.deep.equal([]);
        expect(english.filter((p) => !theirs.includes(p))).to.deep.equal([]);
      });

      it('is loaded on demand, once, and listed', async () => {
        await loadLocale(region);
        expect(resolveLocale(region).ui).to.deep.equal(content.ui);
        expect(registeredLocales()).to.include.members(['en', lang]);
      });

      for (const { tag, markup, title } of elements) {
        it(`<${tag}> renders ${name} under lang="${lang}"`, async () => {
          const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${content.dir}>${markup}</div>`);
          const element = wrapper.querySelector(tag)!;
          await settle(element);
          expect(deepText(element)).to.include(title(content));
          expect(deepText(element)).not.to.include(title(en));
          expect(warnings.messages).to.deep.equal([]);
        });

        it(`<${tag}> switches language live when a lang attribute changes`, async () => {
          const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">${markup}</div>`);
          const element = wrapper.querySelector(tag)!;
          await settle(element);
          expect(deepText(element)).to.include(title(en));
          wrapper.lang = lang;
          await settle(element);
          expect(deepText(element)).to.include(title(content));
          wrapper.lang = 'en';
          await settle(element);
          expect(deepText(element)).to.include(title(en));
        });

        it(`<${tag}> switches language live when the provider's lang changes`, async () => {
          const provider = await fixture<AllianceProvider>(html`<alliance-provider lang="en">${markup}</alliance-provider>`);
          const element = provider.querySelector(tag)!;
          await settle(element);
          provider.lang = lang;
          await settle(provider);
          await settle(element);
          expect(deepText(element)).to.include(title(content));
        });
      }
    });
  }

  describe('Spanish', () => {
    it('the nearest lang wins over the document, and the provider over both', async () => {
      const page = await fixture<HTMLDivElement>(html`<div lang="es">
        <alliance-principle number="2"></alliance-principle>
        <div lang="en"><alliance-principle number="2"></alliance-principle></div>
        <alliance-provider lang="en"><alliance-principle number="2"></alliance-principle></alliance-provider>
      </div>`);
      const [spanish, nested, provided] = [...page.querySelectorAll('alliance-principle')];
      await settle(provided);
      expect(shadowText(spanish)).to.include(es.principles.items[1].title);
      expect(shadowText(nested)).to.include(en.principles.items[1].title);
      expect(shadowText(provided)).to.include(en.principles.items[1].title);
    });

    it('follows <html lang> when nothing nearer says', async () => {
      const before = document.documentElement.lang;
      try {
        const card = await fixture(html`<alliance-principle number="3"></alliance-principle>`);
        document.documentElement.lang = 'es';
        await settle(card);
        expect(shadowText(card)).to.include(es.principles.items[2].title);
      } finally {
        document.documentElement.lang = before;
      }
    });

    it('dates in the history are written in Spanish', async () => {
      const entry = {
        id: 'es-date',
        date: new Date(2026, 2, 2, 21).toISOString(),
        mode: 'solo',
        questions: ['q1', 'q2'],
        responses: [{ name: '', answers: ['bien', ''], rating: null }],
      };
      localStorage.setItem('alliance-elements:i18n-dates:history', JSON.stringify({ v: 1, t: Date.now(), data: [entry] }));
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><alliance-check-in history storage-key="i18n-dates"></alliance-check-in></div>`);
      const checkIn = wrapper.querySelector('alliance-check-in')!;
      await settle(checkIn);
      await waitUntil(() => shadowText(checkIn).includes('bien'));
      const month = new Intl.DateTimeFormat('es', { month: 'long' }).format(new Date(2026, 2, 2));
      expect(month).to.equal('marzo');
      expect(shadowText(checkIn).toLowerCase()).to.include('mar');
      expect(shadowText(checkIn)).not.to.match(/\bMarch\b|\bMar\b|Monday|Mon\b/);
    });
    it('a lang that is no language tag (lang="en_US") reads as English for dates and numbers', async () => {
      const entry = {
        id: 'bad-tag-date',
        date: new Date(2026, 2, 2, 21).toISOString(),
        mode: 'solo',
        questions: ['q1', 'q2'],
        responses: [{ name: '', answers: ['fine', ''], rating: null }],
      };
      localStorage.setItem('alliance-elements:i18n-bad-tag:history', JSON.stringify({ v: 1, t: Date.now(), data: [entry] }));
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en_US">
        <alliance-check-in history storage-key="i18n-bad-tag"></alliance-check-in>
        <alliance-principles></alliance-principles>
      </div>`);
      const checkIn = wrapper.querySelector('alliance-check-in')!;
      const deck = wrapper.querySelector('alliance-principles')!;
      await settle(checkIn);
      await waitUntil(() => shadowText(checkIn).includes('fine'));
      expect(shadowText(checkIn)).to.match(/\bMar/);
      expect(text(deck.shadowRoot!.querySelector('[part=position]'))).to.equal('1 of 8');
    });
  });

  describe('a locale a host registers', () => {
    it('works with one call, without a rebuild, and open elements re-render', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="pt-BR"><alliance-principles></alliance-principles></div>`);
      const deck = wrapper.querySelector('alliance-principles')!;
      await settle(deck);
      expect(text(deck.shadowRoot!.querySelector('[part=position]'))).to.equal('1 of 8');
      registerLocale({
        ...es,
        lang: 'pt',
        ui: { ...es.ui, deck: { ...es.ui.deck, position: '{current} de {total} (pt)' } },
      });
      await settle(deck);
      expect(text(deck.shadowRoot!.querySelector('[part=position]'))).to.equal('1 de 8 (pt)');
    });

    it('a missing key falls back to English with one warning that names it, never a blank', async () => {
      registerLocale({ lang: 'x-partial', ui: { deck: { position: 'carta {current} / {total}' } } });
      registerLocale({ lang: 'x-partial-2', ui: { deck: { position: 'carta {current} / {total}' } } });
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="x-partial">
        <alliance-principles></alliance-principles><alliance-principles></alliance-principles>
      </div>`);
      const deck = wrapper.querySelector('alliance-principles')!;
      await settle(deck);
      expect(text(deck.shadowRoot!.querySelector('[part=position]'))).to.equal('carta 1 / 8');
      const card = deck.shadowRoot!.querySelector('alliance-principle')!;
      expect(shadowText(card)).to.include(en.principles.items[0].title);
      const partial = warnings.messages.filter((m) => m.includes('"x-partial"'));
      expect(partial).to.have.length(1);
      expect(partial[0]).to.include('English');
      // It names the gaps: the first few of them, whichever element's words came first.
      expect(partial[0]).to.match(/no text for \d+ keys \(dir, ui\.[a-zA-Z]+\.[a-zA-Z]+, /);
    });

    it('a plural keeps the forms the language gives, with no English form mixed in', () => {
      registerLocale({ lang: 'x-plural', ui: { worksheet: { clockUsed: { other: '{count} min' } } } });
      expect(resolveLocale('x-plural').ui.worksheet.clockUsed).to.deep.equal({ other: '{count} min' });
      registerLocale({ lang: 'x-plural-2', ui: { worksheet: { clockUsed: { one: 'una' } } } });
      expect(resolveLocale('x-plural-2').ui.worksheet.clockUsed).to.deep.equal({ one: 'una', other: en.ui.worksheet.clockUsed.other });
    });

    it('a blank string counts as missing', () => {
      registerLocale({ lang: 'x-blank', ui: { deck: { next: '' } } });
      expect(resolveLocale('x-blank').ui.deck.next).to.equal(en.ui.deck.next);
    });

    it('a registration without a lang warns and changes nothing', () => {
      registerLocale({} as never);
      expect(warnings.messages.join()).to.include('registerLocale');
      expect(resolveLocale('')).to.deep.equal(en);
    });

    it('numbers are written the way the language writes them', async () => {
      registerLocale({ lang: 'ar', dir: 'rtl', ui: { deck: { position: '{current} من {total}' } } });
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl"><alliance-principles></alliance-principles></div>`);
      const deck = wrapper.querySelector('alliance-principles')!;
      await settle(deck);
      const expected = `${new Intl.NumberFormat('ar').format(1)} من ${new Intl.NumberFormat('ar').format(8)}`;
      expect(text(deck.shadowRoot!.querySelector('[part=position]'))).to.equal(expected);
    });

    it('numbers written without Intl are the ones Intl would write', () => {
      for (const lang of ['en', 'en-GB', 'es', 'es-419', 'en-u-nu-arab', 'ar']) {
        for (const value of [0, 7, 999, 1000, 12345, 2.5, -3]) {
          expect(formatNumber(value, lang), `${value} in ${lang}`).to.equal(new Intl.NumberFormat(lang).format(value));
        }
      }
    });
  });
});

/**
 * Where the first two of `selector` (visible, on one line) sit: 1 when the first is on the
 * left, -1 when it is on the right.
 */
function order(root: ParentNode, selector: string): number {
  const boxes = [...root.querySelectorAll(selector)]
    .map((node) => node.getBoundingClientRect())
    .filter((box) => box.width > 0 && box.height > 0);
  const first = boxes[0];
  const second = boxes.find((box) => box !== first && Math.abs(box.top - first.top) < 4);
  expect(second, `two of ${selector} on one line`).to.exist;
  return Math.sign(second!.left - first.left);
}

/** Which side of its box the text of `node` starts on. */
function textSide(node: Element): 'left' | 'right' {
  const range = document.createRange();
  range.selectNodeContents(node);
  const textBox = range.getBoundingClientRect();
  const box = node.getBoundingClientRect();
  expect(box.width - textBox.width, 'the text is narrower than its box').to.be.greaterThan(20);
  return textBox.left - box.left < box.right - textBox.right ? 'left' : 'right';
}

describe('right to left', () => {
  const both = async (markup: TemplateResult, tag: string) => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <div dir="ltr">${markup}</div>
      <div dir="rtl">${markup}</div>
    </div>`);
    const [ltr, rtl] = [...page.querySelectorAll(tag)] as (Element & { updateComplete: Promise<unknown> })[];
    await ltr.updateComplete;
    await rtl.updateComplete;
    return [ltr, rtl] as const;
  };

  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('<alliance-principle> starts its text on the right', async () => {
    const [ltr, rtl] = await both(html`<alliance-principle number="1"></alliance-principle>`, 'alliance-principle');
    expect(textSide(ltr.shadowRoot!.querySelector('[part=label]')!)).to.equal('left');
    expect(textSide(rtl.shadowRoot!.querySelector('[part=label]')!)).to.equal('right');
  });

  it('<alliance-principles> puts "previous" on the right and mirrors its arrows', async () => {
    const [ltr, rtl] = await both(html`<alliance-principles></alliance-principles>`, 'alliance-principles');
    expect(order(ltr.shadowRoot!, '[part=button]')).to.equal(1);
    expect(order(rtl.shadowRoot!, '[part=button]')).to.equal(-1);
    const icon = (host: Element) => getComputedStyle(host.shadowRoot!.querySelector('[part=button] svg')!).transform;
    expect(icon(ltr)).to.equal('none');
    expect(icon(rtl)).to.match(/^matrix\(-1, 0, 0, 1/);
  });

  it('<alliance-exercise-timer> lays out its cues and controls from the right', async () => {
    const [ltr, rtl] = await both(html`<alliance-exercise-timer></alliance-exercise-timer>`, 'alliance-exercise-timer');
    for (const [host, expected] of [[ltr, 1], [rtl, -1]] as const) {
      const buttons = [...host.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=controls] button')];
      buttons.forEach((button) => (button.hidden = false));
      expect(order(host.shadowRoot!, '[part=controls] button')).to.equal(expected);
    }
  });

  it('<alliance-check-in> runs its rating scale from the right', async () => {
    // One person's check-in shows its scale on its first screen.
    const [ltr, rtl] = await both(html`<alliance-check-in scale mode="solo"></alliance-check-in>`, 'alliance-check-in');
    expect(order(ltr.shadowRoot!, '.scale label')).to.equal(1);
    expect(order(rtl.shadowRoot!, '.scale label')).to.equal(-1);
  });

  it('<alliance-worksheet> runs its progress steps from the right', async () => {
    const [ltr, rtl] = await both(html`<alliance-worksheet></alliance-worksheet>`, 'alliance-worksheet');
    expect(order(ltr.shadowRoot!, '.steps li')).to.equal(1);
    expect(order(rtl.shadowRoot!, '.steps li')).to.equal(-1);
  });

  it('<alliance-offer> starts each way on the right, its disclosure arrow mirrored', async () => {
    const [ltr, rtl] = await both(html`<alliance-offer></alliance-offer>`, 'alliance-offer');
    const side = (host: Element) => {
      const summary = host.shadowRoot!.querySelector('summary')!.getBoundingClientRect();
      const number = host.shadowRoot!.querySelector('summary .way-number')!.getBoundingClientRect();
      return number.left - summary.left < summary.right - number.right ? 'left' : 'right';
    };
    expect(side(ltr)).to.equal('left');
    expect(side(rtl)).to.equal('right');
    const arrow = (host: Element) => getComputedStyle(host.shadowRoot!.querySelector('summary')!, '::before').transform;
    expect(arrow(rtl)).to.not.equal(arrow(ltr));
  });

  it('<alliance-practice> puts "previous pair" on the right and mirrors its arrows', async () => {
    const [ltr, rtl] = await both(html`<alliance-practice practice="reframe"></alliance-practice>`, 'alliance-practice');
    expect(order(ltr.shadowRoot!, '.browse > *')).to.equal(1);
    expect(order(rtl.shadowRoot!, '.browse > *')).to.equal(-1);
    const icon = (host: Element) => getComputedStyle(host.shadowRoot!.querySelector('.browse svg')!).transform;
    expect(icon(rtl)).to.match(/^matrix\(-1, 0, 0, 1/);
  });

  // Last: it adds English words that no other test expects.
  describe('words of a part loaded on first use', () => {
    it('words a part brings when it loads join the element\'s own, and a host\'s translation of them shows from then on', () => {
      registerLocale({ lang: 'x-probe', ui: { checkIn: { title: 'Sondeo' } as never } });
      const before = resolveLocale('x-probe').ui.checkIn as unknown as Record<string, string>;
      expect(before.partProbe).to.equal(undefined);
      registerLocale({ lang: 'x-probe', ui: { checkIn: { title: 'Sondeo', partProbe: 'Sonda' } as never } });
      addEnglish({ ui: { checkIn: { partProbe: 'Probe' } as never } });
      expect((resolveLocale('en').ui.checkIn as unknown as Record<string, string>).partProbe).to.equal('Probe');
      expect(resolveLocale('en').ui.checkIn.saved).to.equal(en.ui.checkIn.saved); // the rest of its words stay
      expect((resolveLocale('x-probe').ui.checkIn as unknown as Record<string, string>).partProbe).to.equal('Sonda');
    });
  });
});
