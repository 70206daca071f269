import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { SettingsController } from '../../controllers/settings.js';
import { addEnglish } from '../../content/locales.js';
import { enOffer } from '../../content/en/offer.js';
import { StoredController } from '../../controllers/stored.js';
import { LocalDayController } from '../../controllers/local-day.js';
import { renderCredit } from '../../content/credit.js';
import { hostStyles, tokens } from '../../styles/tokens.js';
import { controlStyles } from '../../styles/controls.js';
import { guideStyles } from '../shared/guide.styles.js';
import { renderNotesNotice, storageNoticeStyles } from '../shared/storage-notice.js';
import { renderSafety, safetyStyles } from '../shared/safety.js';
import { enSafety } from '../../content/en/safety.js';
import { enKeeping } from '../../content/en/keeping.js';
import { styles } from './offer.styles.js';
import { AllianceOfferChangeEvent, type OfferChange } from './offer.events.js';

/** The ticks of one local day. */
interface TodayRecord {
  readonly day: string;
  readonly ticks: readonly number[];
}

/**
 * How one partner can offer a collaborative alliance alone, even when the other is not ready:
 * four ways, each with an example, where it stops applying, and a "my next step" note, and the
 * four things an alliance involves as a checklist for today that starts fresh each local day.
 * A short note says what the guide is not (therapy), who it is not for and where to turn.
 *
 * Notes and ticks stay in this browser (or wherever the provider's store keeps them).
 *
 * @tagname alliance-offer
 * @summary A guide to offering a collaborative alliance on your own.
 * @slot safety - Replaces the note on scope and safety (not therapy, not for a relationship where someone is afraid, where to turn). The provider's `safety-text` and `help-href` change it for every element.
 * @fires {AllianceOfferChangeEvent} alliance-offer-change - A person ticked an item (`kind: 'tick'`, `item`, `value`) or finished writing a note (`kind: 'note'`, `way`, `value`).
 * @csspart card - The card around everything.
 * @csspart way - Each of the four ways (a disclosure).
 * @csspart note - The "my next step" fields.
 * @csspart today - Today's checklist.
 * @csspart safety - The note on scope and safety.
 * @cssprop [--alliance-offer-max-width=44rem] - The widest the guide grows.
 * @cssprop [--alliance-guide-padding=1.5rem] - Space inside the card.
 */
export class AllianceOffer extends LitElement {
  static override styles = [tokens, hostStyles, controlStyles, guideStyles, storageNoticeStyles, safetyStyles, styles];

  static {
    // The element's English words, the fallback of every language, come with the element.
    addEnglish(enOffer);
    addEnglish(enSafety);
    addEnglish(enKeeping);
  }

  readonly #settings = new SettingsController(this);
  readonly #day = new LocalDayController(this);
  readonly #notes = new StoredController<Record<string, string>>(this, {
    settings: this.#settings,
    key: () => 'offer:notes',
    initial: {},
  });
  readonly #today = new StoredController<TodayRecord>(this, {
    settings: this.#settings,
    key: () => 'offer:today',
    initial: { day: '', ticks: [] },
    debounce: 0,
  });

  /** The level of the guide's title in the page's outline (2 to 5); its sections sit one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Which items are ticked today: yesterday's ticks do not count. */
  get #ticks(): readonly number[] {
    const record = this.#today.value;
    if (record.day !== this.#day.key || !Array.isArray(record.ticks)) return [];
    return record.ticks.filter((tick): tick is number => typeof tick === 'number');
  }

  #emit(change: OfferChange): void {
    this.dispatchEvent(new AllianceOfferChangeEvent(change, this.#day.key));
  }

  #onNoteInput(way: string, event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    this.#notes.set({ ...this.#notes.value, [way]: value });
  }

  #onNoteChange(way: string, event: Event): void {
    this.#emit({ kind: 'note', way, value: (event.target as HTMLTextAreaElement).value });
  }

  /** What this person wrote, as text to keep when the browser is not saving it. */
  notesText(): string {
    const { offer } = this.#settings.content;
    const notes = this.#notes.value;
    return [offer.title, ...offer.ways.filter((way) => notes[way.id]?.trim()).map((way) => `${way.title}\n${notes[way.id].trim()}`)].join('\n\n') + '\n';
  }

  #onTick(item: number, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const ticks = new Set(this.#ticks);
    if (checked) ticks.add(item);
    else ticks.delete(item);
    this.#today.set({ day: this.#day.key, ticks: [...ticks].sort((a, b) => a - b) });
    this.#emit({ kind: 'tick', item, value: checked });
  }

  override render() {
    const content = this.#settings.content;
    const { offer, involves, ui } = content;
    const level = Math.min(5, Math.max(2, Math.trunc(this.headingLevel) || 2));
    const ticks = this.#ticks;
    return html`<section class="card" part="card" aria-labelledby="title">
      <div class="title" id="title" role="heading" aria-level=${level}>${offer.title}</div>
      <p>${offer.intro}</p>
      <div class="subtitle" role="heading" aria-level=${level + 1}>${ui.offer.waysHeading}</div>
      <ol class="ways">
        ${offer.ways.map(
          (way, index) => html`<li>
            <details part="way">
              <summary><span class="way-number">${index + 1}.</span> ${way.title}</summary>
              <div class="way-body">
                <p>${way.text}</p>
                <p class="example"><span class="example-label">${ui.offer.exampleLabel}</span>${way.example}</p>
                ${way.limit ? html`<p class="limit">${way.limit}</p>` : nothing}
                <div class="field">
                  <label for="note-${way.id}">${ui.offer.noteLabel}</label>
                  <textarea
                    id="note-${way.id}"
                    part="note"
                    aria-describedby="note-hint-${way.id}"
                    maxlength="2000"
                    .value=${this.#notes.value[way.id] ?? ''}
                    @input=${(e: Event) => this.#onNoteInput(way.id, e)}
                    @change=${(e: Event) => this.#onNoteChange(way.id, e)}
                  ></textarea>
                  <span class="hint" id="note-hint-${way.id}">${ui.offer.noteHint}</span>
                </div>
              </div>
            </details>
          </li>`,
        )}
      </ol>
      <p>${offer.closing}</p>
      <fieldset part="today">
        <legend class="subtitle">${ui.offer.todayHeading}</legend>
        <p class="label">${involves.title}</p>
        <p class="hint" id="today-hint">${ui.offer.todayHint}</p>
        ${involves.items.map(
          (item, index) => html`<label class="tick">
            <input
              type="checkbox"
              .checked=${ticks.includes(index)}
              aria-describedby="today-hint"
              @change=${(e: Event) => this.#onTick(index, e)}
            />
            <span>${item}</span>
          </label>`,
        )}
        <p class="hint">${this.#settings.format(ui.offer.todayProgress, { count: ticks.length, total: involves.items.length })}</p>
      </fieldset>
      <div role="status">${this.#notes.memoryOnly || this.#today.memoryOnly ? renderNotesNotice(ui, () => this.notesText()) : nothing}</div>
      ${renderSafety(this.#settings)}
      <p class="credit">${renderCredit(offer.credit)}</p>
    </section>`;
  }
}
