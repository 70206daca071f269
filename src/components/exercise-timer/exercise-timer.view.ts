import { html, nothing } from 'lit';
import type { UiStrings } from '../../content/types.js';
import type { TimerPlan } from './exercise-timer.plan.js';
import type { TimerState } from './exercise-timer.js';

/** The exercise timer's words around the dial, drawn from its plan and its state. */

type TimerUi = UiStrings['timer'];

/**
 * The exercise's own guidance: its setup and the consent line before it starts, its
 * reminders while it runs, and the chosen level's condition whenever that level is shown.
 */
export function renderGuidance(t: TimerUi, plan: TimerPlan, current: TimerState) {
  const { exercise } = plan;
  const before = current === 'idle';
  const during = current === 'running' || current === 'paused' || current === 'adjusting';
  if (!before && !during) return nothing;
  // A host's script is its own exercise: only the consent line is ours to add.
  if (plan.custom) return before ? html`<div class="guidance" part="guidance"><p class="consent">${t.consent}</p></div>` : nothing;
  const levelNote = exercise.levelNotes?.[plan.level - 1];
  const list = before ? exercise.setup : exercise.reminders;
  return html`<div class="guidance" part="guidance">
    ${levelNote ? html`<p class="level-note">${levelNote}</p>` : nothing}
    ${list.length
      ? html`<p class="guidance-heading">${before ? t.before : t.remindersHeading}</p>
          <ul class="guidance-list">
            ${list.map((item) => html`<li>${item}</li>`)}
          </ul>`
      : nothing}
    ${before ? html`<p class="consent">${t.consent}</p>` : nothing}
  </div>`;
}

/**
 * The step under way and the next, or what the timer says before, while shifting and after;
 * `next` is the level to suggest once it is over (0: none, as when the page set the level).
 */
export function renderScript(t: TimerUi, plan: TimerPlan, current: TimerState, index: number, adjusting: string, format: (template: string, values: Record<string, number>) => string, next: number) {
  switch (current) {
    case 'idle':
      return html`<p class="now">${plan.exercise.summary}</p>
        ${plan.steps.length
          ? html`<p class="next"><span class="step-label">${t.nextStep}</span> ${plan.steps[0].text}</p>`
          : nothing}`;
    case 'adjusting':
      return html`<p class="now shifting"><q>${plan.exercise.shiftingPhrase}</q></p>
        <p class="next">${adjusting}</p>`;
    case 'complete': {
      // A calm finish: what to do now, and the next level when there is one (with its condition).
      return html`<p class="now">${t.complete}</p>
        <p class="next">${t.afterward}</p>
        ${next ? html`<p class="next level-next">${format(t.nextLevel, { level: next })} ${plan.exercise.levelNotes?.[next - 1] ?? ''}</p>` : nothing}`;
    }
    default: {
      const step = plan.steps[index];
      const next = plan.steps[index + 1];
      return html`${step
          ? html`<p class="now"><span class="step-label">${t.step}</span> ${step.text}</p>`
          : html`<p class="now">${plan.exercise.summary}</p>`}
        ${next ? html`<p class="next"><span class="step-label">${t.nextStep}</span> ${next.text}</p>` : nothing}`;
    }
  }
}
