import { html, nothing, svg, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { MAX_ANSWER_LENGTH, type CheckInEntry } from './entries.js';
import { MAX_NAME_LENGTH, type PartnerNames } from '../shared/partners.js';
import { dayTime, ratingText, type CheckInWords } from './check-in.text.js';

/** The check-in's steps, drawn from its words, its draft and what a person can do there. */

export const lock = svg`<path d="M7 10V7a5 5 0 0 1 10 0v3M5.5 10h13v10h-13z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/>`;

/** What a step needs from the check-in besides its words. */
export interface StepView extends CheckInWords {
  /** The level of a step's heading in the page's outline. */
  readonly level: number;
  readonly scale: boolean;
  readonly emptyError: boolean;
  /** One person (`mode="solo"`): the scale's question is worded for one. */
  readonly solo: boolean;
}

/**
 * A couple's first screen: how it goes, and their names when the page gave none (typed names
 * are kept for the next time); then Begin.
 */
export function renderStart(view: StepView, names: PartnerNames | undefined, on: { begin: (event: SubmitEvent) => void; name: (event: Event) => void }): TemplateResult {
  const { ui } = view;
  const field = (who: 'a' | 'b', label: string) => html`<div class="field">
    <label for="name-${who}">${label}</label>
    <input id="name-${who}" data-who=${who} type="text" autocomplete="off" maxlength=${MAX_NAME_LENGTH} aria-describedby="names-hint" .value=${live(names?.[who] ?? '')} @input=${on.name} />
  </div>`;
  return html`<form class="step start" part="step" aria-labelledby="step-heading" novalidate @submit=${on.begin}>
    ${renderStepHeading(view, ui.startHeading)}
    <p class="hint">${ui.howLong}</p>
    ${names
      ? html`<fieldset class="names">
          <legend>${ui.namesLegend}</legend>
          <div class="name-fields">${field('a', ui.nameA)} ${field('b', ui.nameB)}</div>
          <p class="hint small" id="names-hint">${ui.namesHint}</p>
        </fieldset>`
      : nothing}
    <div class="actions">
      <button type="submit" class="primary">${ui.start}</button>
    </div>
  </form>`;
}

export function renderStepHeading(view: StepView, text: string, step?: number): TemplateResult {
  return html`
    ${step ? html`<p class="step-of">${view.format(view.ui.stepOf, { current: step, total: 4 })}</p>` : nothing}
    <div class="step-heading" id="step-heading" role="heading" aria-level=${view.level} tabindex="-1">${text}</div>
  `;
}

export function renderFolded(view: StepView, name: string): TemplateResult {
  return html`<p class="folded">
    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${lock}</svg>${view.format(view.ui.folded, { name })}
  </p>`;
}

/** One person's answers: a text area per question, the optional scale, and the button that goes on. */
export function renderTurn(
  view: StepView,
  turn: { questions: readonly string[]; answers: readonly string[]; rating: number | null; heading: string; hint: string; button: string; step?: number; folded?: string },
  on: { submit: (event: SubmitEvent) => void; answer: (event: Event) => void; rating: (event: Event) => void; clearRating: () => void },
): TemplateResult {
  const { ui } = view;
  const counter = new Intl.NumberFormat(view.lang);
  return html`<form class="step" part="step" aria-labelledby="step-heading" novalidate @submit=${on.submit}>
    ${renderStepHeading(view, turn.heading, turn.step)}
    <p class="hint">${turn.hint}</p>
    ${turn.folded ? renderFolded(view, turn.folded) : nothing}
    ${turn.questions.map((question, q) => {
      const value = turn.answers[q] ?? '';
      const error = view.emptyError && q === 0;
      return html`<div class="field">
        <label for="answer-${q}">${question}</label>
        <textarea
          id="answer-${q}"
          data-index=${q}
          rows="3"
          dir="auto"
          maxlength=${MAX_ANSWER_LENGTH}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `empty-error counter-${q}` : `counter-${q}`}
          .value=${live(value)}
          @input=${on.answer}
        ></textarea>
        ${error ? html`<p class="field-error" id="empty-error">${view.scale ? ui.emptyErrorScale : ui.emptyError}</p>` : nothing}
        <p class="counter" id="counter-${q}">
          ${view.format(ui.counter, { count: counter.format(value.length), max: counter.format(MAX_ANSWER_LENGTH) })}
        </p>
      </div>`;
    })}
    ${view.scale ? renderScale(view, turn.rating, on) : nothing}
    <div class="actions">
      <button type="submit" class="primary">${turn.button}</button>
    </div>
  </form>`;
}

function renderScale(view: StepView, rating: number | null, on: { rating: (event: Event) => void; clearRating: () => void }): TemplateResult {
  const { checkIn, ui } = view;
  return html`<fieldset class="scale">
    <legend>${view.solo ? checkIn.soloScaleQuestion : checkIn.scaleQuestion} <span class="optional">${ui.optional}</span></legend>
    <div class="points">
      ${checkIn.scaleLabels.map(
        (label, i) => html`<label class="point">
          <input type="radio" name="rating" value=${i + 1} .checked=${live(rating === i + 1)} @change=${on.rating} />
          <span class="point-number" aria-hidden="true">${i + 1}</span>
          <span class="point-label">${label}</span>
        </label>`,
      )}
    </div>
    ${rating !== null ? html`<button type="button" class="link" @click=${on.clearRating}>${ui.clearRating}</button>` : nothing}
  </fieldset>`;
}

/** The questions of a check-in with everyone's answers (side by side for two), and the ratings. */
export function renderAnswers(words: CheckInWords, entry: CheckInEntry, level: number): TemplateResult {
  const { ui, checkIn } = words;
  const pair = entry.responses.length > 1;
  const answer = (name: string, text: string, blank: boolean) =>
    html`<div class="answer">
      ${name ? html`<p class="who">${name}</p>` : nothing}
      <p class="text ${blank ? 'blank' : ''}" dir="auto">${text}</p>
    </div>`;
  return html`
    ${entry.questions.map(
      (question, q) => html`<div class="qa">
        <div class="question" role="heading" aria-level=${level}>${question}</div>
        <div class="answers ${pair ? 'pair' : ''}">
          ${entry.responses.map((r) => {
            const text = r.answers[q] ?? '';
            return answer(pair ? r.name : '', text || ui.blank, !text);
          })}
        </div>
      </div>`,
    )}
    ${entry.responses.some((r) => r.rating !== null)
      ? html`<div class="qa">
          <div class="question" role="heading" aria-level=${level}>${entry.mode === 'solo' ? checkIn.soloScaleQuestion : checkIn.scaleQuestion}</div>
          <div class="answers ${pair ? 'pair' : ''}">
            ${entry.responses.map((r) => answer(pair ? r.name : '', ratingText(words, r.rating), r.rating === null))}
          </div>
        </div>`
      : nothing}
  `;
}


/** The hand-over: the first partner's answers are folded away; the device goes to the second. */
export function renderHandover(view: StepView, nameA: string, nameB: string, on: { start: () => void; back: () => void }): TemplateResult {
  const { ui } = view;
  return html`<section class="step handover" part="step" aria-labelledby="step-heading">
    ${renderStepHeading(view, view.format(ui.handOver, { name: nameB }), 2)} ${renderFolded(view, nameA)}
    <p class="hint">${view.format(ui.handOverText, { name: nameB })}</p>
    <div class="actions">
      <button type="button" class="primary" @click=${on.start}>${view.format(ui.startTurn, { name: nameB })}</button>
      <button type="button" class="secondary" @click=${on.back}>${view.format(ui.backTo, { name: nameA })}</button>
    </div>
  </section>`;
}

/** Both have answered: both answers folded, one button shows them together. */
export function renderReady(view: StepView, nameA: string, nameB: string, showBoth: () => void): TemplateResult {
  const { ui } = view;
  return html`<section class="step ready" part="step" aria-labelledby="step-heading">
    ${renderStepHeading(view, ui.readyHeading, 4)} ${renderFolded(view, nameA)} ${renderFolded(view, nameB)}
    <p class="hint">${ui.readyText}</p>
    <div class="actions">
      <button type="button" class="primary" @click=${showBoth}>${ui.showBoth}</button>
    </div>
  </section>`;
}

/** Whether a completed check-in is in the store yet: on its way, kept, kept only on this page, or kept out by the host. */
export type Saved = 'pending' | 'saved' | 'memory' | 'cancelled';

/** The completed check-in, answers side by side, with what can be done with it. */
export function renderReveal(
  view: StepView,
  entry: CheckInEntry,
  saved: Saved,
  level: number,
  on: { copy: () => void; download: () => void; again: () => void },
  next: unknown = nothing,
): TemplateResult {
  const { ui } = view;
  return html`<section class="step reveal" part="step" aria-labelledby="step-heading">
    ${renderStepHeading(view, entry.mode === 'solo' ? ui.soloRevealHeading : ui.revealHeading)}
    <p class="when">${dayTime(view.lang, entry.date)}</p>
    ${renderAnswers(view, entry, level)}
    ${saved === 'saved' || saved === 'cancelled' ? html`<p class="kept">${saved === 'saved' ? ui.saved : ui.notKept}</p>` : nothing}
    ${next}
    <div class="actions no-print">
      <button type="button" class="secondary" @click=${on.copy}>${ui.copyText}</button>
      <button type="button" class="secondary" @click=${on.download}>${ui.downloadJson}</button>
      <button type="button" class="primary" @click=${on.again}>${ui.newCheckIn}</button>
    </div>
  </section>`;
}
