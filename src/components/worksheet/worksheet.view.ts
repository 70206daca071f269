import { html, nothing, svg, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Worksheet, WorksheetUi } from '../../content/types.js';
import {
  MAX_ANSWER_LENGTH,
  MAX_NAME_LENGTH,
  closingKey,
  other,
  turnKey,
  worksheetPartners,
  worksheetSteps,
  type Turn,
  type WorksheetDraft,
  type WorksheetPartner,
  type WorksheetStep,
} from './worksheet.model.js';

/** The worksheet's steps, drawn from its words, the conversation under way and what a person can do there. */

const chevron = svg`<path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>`;
const chevronBack = svg`<path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>`;
const tick = svg`<path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>`;

/** What a step needs from the worksheet besides the draft. */
export interface WorksheetView {
  readonly ui: WorksheetUi;
  readonly worksheet: Worksheet;
  format(template: string, values: Record<string, string | number>): string;
  /** The level of a heading `offset` levels below the worksheet's title. */
  level(offset: number): number;
  /** A partner's name as this conversation shows it. */
  name(who: WorksheetPartner): string;
}

export function renderStepper(view: WorksheetView, step: WorksheetStep): TemplateResult {
  const { ui } = view;
  const current = worksheetSteps.indexOf(step);
  return html`<div class="stepper no-print" part="stepper">
    <p class="step-of">${view.format(ui.stepOf, { current: current + 1, total: worksheetSteps.length })}</p>
    <ol class="steps" aria-label=${ui.stepsLabel}>
      ${ui.steps.map(
        (name, i) => html`<li class=${i < current ? 'done' : i === current ? 'current' : 'later'} aria-current=${ifDefined(i === current ? 'step' : undefined)}>
          <span class="step-number" aria-hidden="true">${i < current ? html`<svg class="tick" viewBox="0 0 24 24">${tick}</svg>` : i + 1}</span>
          <span class="step-name">${name}</span>
        </li>`,
      )}
    </ol>
  </div>`;
}

export function renderHeading(view: WorksheetView, text: string, kicker?: string): TemplateResult {
  return html`${kicker ? html`<p class="kicker">${kicker}</p>` : nothing}
    <div class="step-heading" id="step-heading" role="heading" aria-level=${view.level(1)} tabindex="-1">${text}</div>`;
}

function renderActions(view: WorksheetView, back: (() => void) | undefined, next: string, primary = false): TemplateResult {
  return html`<div class="actions no-print">
    ${back
      ? html`<button type="button" class="button secondary back" @click=${back}>
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${chevronBack}</svg>${view.ui.back}
        </button>`
      : nothing}
    <button type="submit" class="button primary next">
      ${next}${primary ? nothing : html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${chevron}</svg>`}
    </button>
  </div>`;
}

/** Getting ready: how it goes, the names, the clock to start, and (for a new conversation) a file to bring back. */
export function renderSetup(
  view: WorksheetView,
  draft: WorksheetDraft,
  given: { names: Record<WorksheetPartner, string>; minutes: number; clock: boolean; importField?: TemplateResult },
  on: { submit: (event: SubmitEvent) => void; name: (event: Event) => void; startClock: () => void; importToggle: (event: Event) => void },
): TemplateResult {
  const { ui, worksheet } = view;
  return html`<form class="step" part="step" aria-labelledby="step-heading" novalidate @submit=${on.submit}>
    ${renderHeading(view, ui.steps[0])}
    <p>${worksheet.intro}</p>
    <div class="subheading" role="heading" aria-level=${view.level(2)}>${ui.howToHeading}</div>
    <ul class="how-to">
      ${worksheet.howTo.map((line) => html`<li>${line}</li>`)}
    </ul>
    <fieldset class="group names">
      <legend>${ui.namesLegend}</legend>
      <div class="name-fields">
        ${worksheetPartners.map(
          (who) => html`<div class="field">
            <label for="name-${who}">${who === 'a' ? ui.nameA : ui.nameB}</label>
            <input
              id="name-${who}"
              data-who=${who}
              type="text"
              autocomplete="off"
              maxlength=${MAX_NAME_LENGTH}
              aria-describedby="names-hint"
              .value=${live(draft.names[who] ?? given.names[who])}
              @input=${on.name}
            />
          </div>`,
        )}
      </div>
      <p class="hint" id="names-hint">${ui.namesHint}</p>
    </fieldset>
    ${given.clock
      ? nothing
      : html`<div class="group clock-setup no-print">
          <div class="subheading" role="heading" aria-level=${view.level(2)}>${ui.clockHeading}</div>
          <p class="hint">${view.format(ui.clockHint, { minutes: given.minutes })}</p>
          <div><button type="button" class="button" id="clock-start" @click=${on.startClock}>${ui.clockStart}</button></div>
        </div>`}
    ${given.importField
      ? html`<details class="import-new no-print" @toggle=${on.importToggle}>
          <summary>${ui.importLabel}</summary>
          <div class="import-new-body">${given.importField}</div>
        </details>`
      : nothing}
    ${renderActions(view, undefined, ui.next)}
  </form>`;
}

export function chooseHeading(view: WorksheetView, who: WorksheetPartner): string {
  return view.format(view.ui.chooseHeading, { name: view.name(who), other: view.name(other(who)) });
}

/** A partner chooses 3 or 4 questions for the other, with a refusal beside the box that would be one too many. */
export function renderChoosing(
  view: WorksheetView,
  who: WorksheetPartner,
  chosen: readonly string[],
  error: { kind: 'too-few' } | { kind: 'too-many'; key: string } | undefined,
  on: { submit: (event: SubmitEvent) => void; choice: (event: Event) => void; back: () => void },
): TemplateResult {
  const { ui, worksheet } = view;
  const name = view.name(who);
  const otherName = view.name(other(who));
  const { min, max } = worksheet.questionsPerPerson;
  const tooFew = error?.kind === 'too-few';
  return html`<form class="step" part="step" aria-labelledby="step-heading" novalidate @submit=${on.submit}>
    ${renderHeading(view, chooseHeading(view, who), view.format(ui.choiceOf, { current: who === 'a' ? 1 : 2, total: 2 }))}
    <p class="hint" id="choose-hint">${view.format(ui.chooseHint, { name, other: otherName, min, max })}</p>
    <fieldset class="choices" aria-describedby=${tooFew ? 'choose-hint chosen-count choice-error' : 'choose-hint chosen-count'}>
      <legend>${view.format(ui.chooseLegend, { other: otherName })}</legend>
      <p class="count" id="chosen-count">${view.format(ui.chosenCount, { count: chosen.length, max })}</p>
      ${tooFew ? html`<p class="field-error" id="choice-error">${view.format(ui.tooFew, { min, max })}</p>` : nothing}
      ${worksheet.sections.map(
        (section) => html`<fieldset class="section">
          <legend>${section.title}</legend>
          ${section.questions.map((question, index) => {
            const key = `${section.id}:${index}`;
            const refused = error?.kind === 'too-many' && error.key === key;
            const describedBy = refused ? 'chosen-count refused' : tooFew ? 'chosen-count choice-error' : 'chosen-count';
            return html`<label class="choice">
                <input
                  type="checkbox"
                  value=${key}
                  .checked=${live(chosen.includes(key))}
                  aria-invalid=${tooFew ? 'true' : 'false'}
                  aria-describedby=${describedBy}
                  @change=${on.choice}
                />
                <span>${question}</span>
              </label>
              ${refused ? html`<p class="field-error refused" id="refused">${view.format(ui.tooMany, { max })}</p>` : nothing}`;
          })}
        </fieldset>`,
      )}
    </fieldset>
    ${renderActions(view, on.back, ui.next)}
  </form>`;
}

/** One turn: a question the other partner chose, and the notes of the one who answers it. */
export function renderTurns(
  view: WorksheetView,
  draft: WorksheetDraft,
  turns: readonly Turn[],
  on: { submit: (event: SubmitEvent) => void; answer: (event: Event) => void; back: () => void },
): TemplateResult | typeof nothing {
  const { ui } = view;
  if (!turns.length) return nothing;
  const position = Math.min(draft.position, turns.length - 1);
  const turn = turns[position];
  const name = view.name(turn.answeredBy);
  const key = turnKey(turn.answeredBy, turn.question.key);
  return html`<form class="step" part="step" aria-labelledby="step-heading" novalidate @submit=${on.submit}>
    ${renderHeading(view, view.format(ui.turnHeading, { name }), view.format(ui.questionOf, { current: position + 1, total: turns.length }))}
    <p class="hint">${view.format(ui.chosenBy, { section: turn.question.section.title, name: view.name(other(turn.answeredBy)) })}</p>
    <p class="question" id="question">${turn.question.text}</p>
    <div class="field">
      <label for="notes">${view.format(ui.notesLabel, { name })}</label>
      <textarea
        id="notes"
        data-key=${key}
        rows="6"
        dir="auto"
        maxlength=${MAX_ANSWER_LENGTH}
        aria-describedby="question notes-hint"
        .value=${live(draft.answers[key] ?? '')}
        @input=${on.answer}
      ></textarea>
      <p class="hint" id="notes-hint">${ui.notesHint}</p>
    </div>
    ${renderActions(view, on.back, ui.next)}
  </form>`;
}

/** The closing questions, which both answer; an empty answer is marked when they try to finish. */
export function renderClosing(
  view: WorksheetView,
  draft: WorksheetDraft,
  showErrors: boolean,
  finish: string,
  on: { submit: (event: SubmitEvent) => void; answer: (event: Event) => void; back: () => void },
): TemplateResult {
  const { ui, worksheet } = view;
  return html`<form class="step" part="step" aria-labelledby="step-heading" novalidate @submit=${on.submit}>
    ${renderHeading(view, ui.steps[3])}
    <p class="hint">${ui.closingHint}</p>
    ${worksheet.closing.map(
      (question, i) => html`<fieldset class="group closing">
        <legend class="closing-question">${question}</legend>
        ${worksheetPartners.map((who) => {
          const key = closingKey(who, i);
          const id = `closing-${who}-${i}`;
          const value = draft.answers[key] ?? '';
          const error = showErrors && !value.trim();
          return html`<div class="field">
            <label for=${id}>${view.format(ui.closingAnswer, { name: view.name(who) })}</label>
            <textarea
              id=${id}
              data-key=${key}
              rows="3"
              dir="auto"
              required
              maxlength=${MAX_ANSWER_LENGTH}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${error ? `${id}-error` : nothing}
              .value=${live(value)}
              @input=${on.answer}
            ></textarea>
            ${error ? html`<p class="field-error" id="${id}-error">${ui.closingRequired}</p>` : nothing}
          </div>`;
        })}
      </fieldset>`,
    )}
    ${renderActions(view, on.back, finish, true)}
  </form>`;
}

/** What the worksheet may ask to confirm. */
export type Confirm = 'import' | 'start-over' | 'stop-revising';

/** The modal confirmation: No (the default, and Escape) keeps things as they are. */
export function renderConfirm(view: WorksheetView, confirm: Confirm | undefined, hasAlliance: boolean, onClose: (event: Event) => void): TemplateResult {
  const { ui } = view;
  const texts: Record<Confirm, { heading: string; text: string; yes: string; no: string }> = {
    import: { heading: ui.confirmImportHeading, text: ui.confirmImportText, yes: ui.confirmImport, no: ui.confirmImportKeep },
    'start-over': {
      heading: ui.confirmStartOverHeading,
      text: hasAlliance ? ui.confirmStartOverText : ui.confirmStartOverDraft,
      yes: ui.confirmStartOver,
      no: ui.confirmStartOverKeep,
    },
    'stop-revising': {
      heading: ui.confirmStopRevisingHeading,
      text: ui.confirmStopRevisingText,
      yes: ui.confirmStopRevising,
      no: ui.confirmStopRevisingKeep,
    },
  };
  const words = confirm ? texts[confirm] : undefined;
  return html`<dialog id="confirm" class="no-print" aria-labelledby="confirm-heading" aria-describedby="confirm-text" @close=${onClose}>
    ${words
      ? html`<form method="dialog">
          <div class="step-heading" id="confirm-heading" role="heading" aria-level=${view.level(1)}>${words.heading}</div>
          <p id="confirm-text">${words.text}</p>
          <div class="actions">
            <button type="submit" value="no" class="button secondary" id="confirm-no" autofocus>${words.no}</button>
            <button type="submit" value="yes" class="button primary" id="confirm-yes">${words.yes}</button>
          </div>
        </form>`
      : nothing}
  </dialog>`;
}
