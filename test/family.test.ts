import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { settle } from './helpers.js';

/** Every element in a shadow root below `root`, the shadow roots crossed. */
function deep(root: ParentNode, selector: string): HTMLElement[] {
  const found: HTMLElement[] = [...root.querySelectorAll<HTMLElement>(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deep(el.shadowRoot, selector));
  return found;
}

describe('one family: every element on one page', () => {
  async function page() {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="post">
      <alliance-principle number="2"></alliance-principle>
      <alliance-principles></alliance-principles>
      <alliance-exercise-timer></alliance-exercise-timer>
      <alliance-check-in history storage-key="family-test"></alliance-check-in>
      <alliance-worksheet storage-key="family-test"></alliance-worksheet>
      <alliance-offer></alliance-offer>
      <alliance-practice></alliance-practice>
    </div>`);
    // A typeface no element would pick by itself, so taking it can only come from the page.
    wrapper.style.fontFamily = '"Courier New", monospace';
    for (const el of wrapper.children) await settle(el);
    return wrapper;
  }

  it('writes no attribute the page did not write, and styles what properties set', async () => {
    const wrapper = await page();
    const provider = document.createElement('alliance-provider');
    wrapper.append(provider);
    await settle(provider);
    const written = [...wrapper.children].map((el) => `${el.localName} ${[...el.attributes].map((a) => a.name).join(' ')}`.trim());
    expect(written).to.deep.equal([
      'alliance-principle number',
      'alliance-principles',
      'alliance-exercise-timer',
      'alliance-check-in history storage-key',
      'alliance-worksheet storage-key',
      'alliance-offer',
      'alliance-practice',
      'alliance-provider',
    ]);
    // Set as properties, the choices still style the element.
    const card = wrapper.querySelector('alliance-principle')!;
    const padding = getComputedStyle(card.shadowRoot!.querySelector('.card')!).paddingTop;
    card.variant = 'compact';
    await card.updateComplete;
    expect(getComputedStyle(card.shadowRoot!.querySelector('.card')!).paddingTop).not.to.equal(padding);
    provider.theme = 'dark';
    await provider.updateComplete;
    expect(provider.getAttribute('theme'), 'a theme the page chose is written, for the provider’s CSS').to.equal('dark');
    expect(getComputedStyle(provider).getPropertyValue('--alliance-color-scheme').trim()).to.equal('dark');
  });

  it('writes in the page’s typeface when no token sets one', async () => {
    const wrapper = await page();
    const pageFont = getComputedStyle(wrapper).fontFamily;
    const texts = deep(wrapper, '.card, .title, .step-heading, .subtitle, p, label, button');
    expect(texts.length).to.be.greaterThan(40);
    const others = texts.filter((el) => getComputedStyle(el).fontFamily !== pageFont).map((el) => `${el.localName}.${el.className}`);
    expect(others).to.deep.equal([]);
  });

  it('takes the typeface a token sets, and a second one for headings', async () => {
    const wrapper = await page();
    wrapper.style.setProperty('--alliance-font-family', 'Arial, sans-serif');
    wrapper.style.setProperty('--alliance-font-family-display', 'Georgia, serif');
    const card = deep(wrapper, 'alliance-check-in')[0].shadowRoot!;
    expect(getComputedStyle(card.querySelector('.intro')!).fontFamily).to.equal('Arial, sans-serif');
    expect(getComputedStyle(card.querySelector('.title')!).fontFamily).to.equal('Georgia, serif');
  });

  it('gives every button one shape (a pill, or a circle for an icon alone), one weight and room for a finger', async () => {
    const wrapper = await page();
    const buttons = deep(wrapper, 'button, .button').filter((b) => b.getClientRects().length > 0);
    expect(buttons.length).to.be.at.least(8);
    for (const button of buttons) {
      const style = getComputedStyle(button);
      const icon = button.classList.contains('icon-button');
      const where = `${button.localName}.${button.className} "${button.textContent?.trim()}"`;
      expect(style.borderTopLeftRadius, where).to.equal(icon ? '50%' : '999px');
      expect(parseFloat(style.minHeight) || button.getBoundingClientRect().height, where).to.be.at.least(44);
      if (!button.classList.contains('link')) expect(style.fontWeight, where).to.equal('600');
    }
  });

  it('shows no bare browser file picker: the file fields have a button in the page’s language', async () => {
    const wrapper = await page();
    const check = deep(wrapper, 'alliance-check-in')[0];
    await settle(check);
    const inputs = deep(wrapper, 'input[type=file]');
    expect(inputs.length).to.be.greaterThan(0);
    for (const input of inputs) {
      const box = input.getBoundingClientRect();
      expect(box.width * box.height, 'a file input shows').to.be.at.most(1);
      const button = input.nextElementSibling as HTMLLabelElement;
      expect(button.localName).to.equal('label');
      expect(button.htmlFor).to.equal(input.id);
      expect(button.textContent?.trim()).to.equal('Choose a file…');
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations with every element on one page, ${theme}`, async () => {
      const page = await fixture<HTMLElement>(html`<div><alliance-provider theme=${theme} storage="none">
        <alliance-principle number="2"></alliance-principle>
        <alliance-principles></alliance-principles>
        <alliance-exercise-timer></alliance-exercise-timer>
        <alliance-check-in history scale storage-key="family-axe"></alliance-check-in>
        <alliance-worksheet storage-key="family-axe"></alliance-worksheet>
        <alliance-offer></alliance-offer>
        <alliance-practice></alliance-practice>
      </alliance-provider></div>`);
      const wrapper = page.firstElementChild as HTMLElement;
      // A dark page around dark elements (what is outside their cards, the deck's position, sits on the page).
      if (theme === 'dark') page.style.background = '#1f1c1a';
      for (const el of wrapper.children) await settle(el);
      // The theme reaches the elements: their surfaces are the dark ones in the dark.
      const surface = getComputedStyle(deep(wrapper, '.card')[0]).backgroundColor;
      expect(surface === 'rgb(31, 28, 26)', `${theme} surface ${surface}`).to.equal(theme === 'dark');
      await expect(page).to.be.accessible();
    });
  }
});
