import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import '../src/define.js';
import type { AllianceProvider } from '../src/components/provider/provider.js';
import type { AlliancePrinciple } from '../src/components/principle/principle.js';
import { SettingsController } from '../src/controllers/settings.js';
import { storeOf as storeOfSettings } from '../src/controllers/stored.js';
import { defineElement } from '../src/base/define.js';
import { registerLocale } from '../src/content/locales.js';
import { en } from '../src/content/en.js';
import type { AllianceStore } from '../src/storage/types.js';
import { MemoryStore } from '../src/storage/memory.js';
import { captureWarnings, text } from './helpers.js';

/** A probe that renders what the settings controller resolves, to test the provider through a consumer. */
class SettingsProbe extends LitElement {
  readonly settings = new SettingsController(this);
  override render() {
    return litHtml`${this.settings.partnerA}|${this.settings.partnerB}|${this.settings.lang}|${this.settings.settings?.theme ?? 'auto'}`;
  }
}
defineElement('test-settings-probe', SettingsProbe);

const probeText = (el: Element) => text(el.shadowRoot);

describe('<alliance-provider>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('lays out as if it were not there', async () => {
    const provider = await fixture<AllianceProvider>(html`<alliance-provider></alliance-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
  });

  it('without a provider, elements use the locale defaults and the nearest lang', async () => {
    const wrap = await fixture(html`<div lang="en-GB"><test-settings-probe></test-settings-probe></div>`);
    const probe = wrap.querySelector('test-settings-probe')!;
    expect(probeText(probe)).to.equal('Partner A|Partner B|en-GB|auto');
  });

  it('shares partner names, language and theme', async () => {
    const provider = await fixture<AllianceProvider>(html`<alliance-provider partner-a="Dana" partner-b="Luis" lang="en" theme="dark">
      <section><test-settings-probe></test-settings-probe></section>
    </alliance-provider>`);
    const probe = provider.querySelector<SettingsProbe>('test-settings-probe')!;
    await probe.updateComplete;
    expect(probeText(probe)).to.equal('Dana|Luis|en|dark');
  });

  it('updates elements inside when a setting changes', async () => {
    const provider = await fixture<AllianceProvider>(html`<alliance-provider partner-a="Dana">
      <test-settings-probe></test-settings-probe>
    </alliance-provider>`);
    const probe = provider.querySelector<SettingsProbe>('test-settings-probe')!;
    provider.partnerA = 'Sam';
    provider.theme = 'light';
    await provider.updateComplete;
    await probe.updateComplete;
    expect(probeText(probe)).to.equal('Sam|Partner B|en|light');
  });

  it('the provider lang wins over the document, and elements render in it', async () => {
    registerLocale({ ...en, lang: 'x-test', ui: { ...en.ui, principle: { ...en.ui.principle, numberLabel: 'Punto {number}' } } });
    const provider = await fixture<AllianceProvider>(html`<alliance-provider lang="x-test">
      <alliance-principle number="2"></alliance-principle>
    </alliance-provider>`);
    const card = provider.querySelector<AlliancePrinciple>('alliance-principle')!;
    await card.updateComplete;
    expect(text(card.shadowRoot!.querySelector('[part=label]'))).to.equal('Punto 2');
  });

  it('theme sets the color scheme of everything inside', async () => {
    const provider = await fixture<AllianceProvider>(html`<alliance-provider theme="dark">
      <alliance-principle number="1"></alliance-principle>
    </alliance-provider>`);
    const card = provider.querySelector<AlliancePrinciple>('alliance-principle')!;
    expect(getComputedStyle(card).colorScheme).to.equal('dark');
    provider.theme = 'light';
    await provider.updateComplete;
    expect(getComputedStyle(card).colorScheme).to.equal('light');
    const dark = getComputedStyle(card).color;
    provider.theme = 'dark';
    await provider.updateComplete;
    expect(getComputedStyle(card).color).to.not.equal(dark);
  });

  it('an unknown theme or storage warns once, naming the value and the accepted ones', async () => {
    await fixture(html`<alliance-provider theme="purple" storage="cloud"></alliance-provider>`);
    const theme = warnings.messages.filter((m) => m.includes('theme="purple"'));
    const storage = warnings.messages.filter((m) => m.includes('storage="cloud"'));
    expect(theme).to.have.length(1);
    expect(theme[0]).to.contain('"auto"').and.contain('"light"').and.contain('"dark"');
    expect(storage).to.have.length(1);
    expect(storage[0]).to.contain('"local"').and.contain('"none"');
  });

  describe('storage', () => {
    const storeOf = async (provider: AllianceProvider) => {
      const probe = provider.querySelector<SettingsProbe>('test-settings-probe')!;
      await probe.updateComplete;
      return storeOfSettings(probe.settings);
    };

    afterEach(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith('provider-test')) localStorage.removeItem(key);
    });

    it('keeps values in localStorage under the storage-key namespace', async () => {
      const provider = await fixture<AllianceProvider>(html`<alliance-provider storage-key="provider-test">
        <test-settings-probe></test-settings-probe>
      </alliance-provider>`);
      const store = await storeOf(provider);
      await store.set('note', { text: 'hello' });
      const raw = JSON.parse(localStorage.getItem('provider-test:note')!) as { data: unknown };
      expect(raw.data).to.deep.equal({ text: 'hello' });
    });

    it('storage="none" keeps everything in memory', async () => {
      const before = localStorage.length;
      const provider = await fixture<AllianceProvider>(html`<alliance-provider storage="none" storage-key="provider-test">
        <test-settings-probe></test-settings-probe>
      </alliance-provider>`);
      const store = await storeOf(provider);
      await store.set('note', 'in memory');
      expect(await store.get('note')).to.equal('in memory');
      expect(localStorage.length).to.equal(before);
      expect(localStorage.getItem('provider-test:note')).to.equal(null);
    });

    it('uses a host adapter set as a property', async () => {
      const calls: string[] = [];
      const inner = new MemoryStore();
      const adapter: AllianceStore = {
        get: (k) => (calls.push(`get ${k}`), inner.get(k)),
        set: (k, v) => (calls.push(`set ${k}`), inner.set(k, v)),
        remove: (k) => inner.remove(k),
        list: (p) => inner.list(p),
      };
      const provider = await fixture<AllianceProvider>(html`<alliance-provider .store=${adapter}>
        <test-settings-probe></test-settings-probe>
      </alliance-provider>`);
      const store = await storeOf(provider);
      await store.set('entry', 42);
      expect(calls).to.include('set entry');
      expect(await inner.get('entry')).to.equal(42);
    });
  });
});
