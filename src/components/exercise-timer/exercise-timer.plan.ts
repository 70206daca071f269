import { oneOf, warnOnce } from '../../base/warn.js';
import { exerciseIds, type Exercise, type ExerciseId, type ExerciseStep, type LocaleContent } from '../../content/types.js';

/**
 * The exercise timer's plan: which exercise, level and length a run plays, and its script,
 * checked. Pure functions; the element keeps the time.
 */

const TAG = 'alliance-exercise-timer';

/** The lengths `minutes` accepts. */
export const TIMER_MINUTES = { min: 0.25, max: 120 } as const;

/** What the element's attributes and children ask for. */
export interface PlanInput {
  readonly exercise: ExerciseId;
  readonly level: number;
  readonly minutes: number | null | undefined;
  readonly steps: readonly ExerciseStep[] | null | undefined;
  readonly childScript: ChildScript | undefined;
  /** The attribute as written, for a warning that quotes it. */
  attribute(name: string): string | null;
}

/** What one run plays: the exercise, its length and its script (step times in seconds of this run). */
export interface TimerPlan {
  readonly exercise: Exercise;
  readonly level: number;
  readonly plannedSeconds: number;
  readonly steps: readonly ExerciseStep[];
  /** True when the host gave the script. */
  readonly custom: boolean;
}

export type ChildScript = { readonly value: unknown } | { readonly error: string };

/** The host's script, checked: the steps sorted by time, or why it can't be used. */
function checkScript(value: unknown, plannedSeconds: number): ExerciseStep[] | string {
  if (!Array.isArray(value)) return 'is not an array of {at, text} steps';
  if (value.length === 0) return 'has no steps';
  const steps: ExerciseStep[] = [];
  for (const [i, step] of (value as unknown[]).entries()) {
    if (typeof step !== 'object' || step === null) return `step ${i + 1} is not an object with "at" and "text"`;
    const { at, text } = step as Record<string, unknown>;
    if (typeof text !== 'string' || !text.trim()) return `step ${i + 1} has no text`;
    if (typeof at !== 'number' || !Number.isFinite(at) || at < 0) {
      return `step ${i + 1} has no usable "at" (seconds from the start, a number from 0)`;
    }
    if (at > plannedSeconds) return `step ${i + 1} is at ${at} s, beyond the ${plannedSeconds} s the exercise lasts`;
    steps.push({ at, text: text.trim() });
  }
  return steps.sort((a, b) => a.at - b.at);
}

/** The step under way at `seconds` into the run: the last one that has begun, or -1. */
export function stepAt(steps: readonly ExerciseStep[], seconds: number): number {
  let index = -1;
  // 1 ms of slack: a step at 6.0000001 s has begun when a timer set for 6000 ms fires.
  for (let i = 0; i < steps.length && steps[i].at <= seconds + 0.001; i++) index = i;
  return index;
}

/** 605 → "10:05"; minutes are not wrapped into hours. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds - 1e-6));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The run the attributes ask for; a value that cannot be used warns once and falls back. */
export function makePlan(content: LocaleContent, given: PlanInput): TimerPlan {
  const id = oneOf(TAG, 'exercise', given.exercise, exerciseIds, 'hugging-till-relaxed');
  const exercise = content.exercises.items.find((e) => e.id === id) ?? content.exercises.items[0];
  const levels = exercise.levels.length;
  let level = given.level;
  if (!Number.isInteger(level) || level < 1 || level > levels) {
    const raw = given.attribute('level') ?? String(level);
    warnOnce(
      `<${TAG}> level="${raw}" is not a level of "${exercise.id}", which has ` +
        `${levels === 1 ? 'only level 1' : `levels 1 to ${levels}`}; using level 1.`,
    );
    level = 1;
  }
  const ownSeconds = exercise.defaultMinutes * 60;
  let plannedSeconds = ownSeconds;
  if (given.minutes !== undefined && given.minutes !== null) {
    const m = given.minutes;
    if (typeof m === 'number' && Number.isFinite(m) && m >= TIMER_MINUTES.min && m <= TIMER_MINUTES.max) {
      plannedSeconds = Math.round(m * 60_000) / 1000;
    } else {
      const raw = given.attribute('minutes') ?? String(m);
      warnOnce(
        `<${TAG}> minutes="${raw}" is not a length from ${TIMER_MINUTES.min} to ${TIMER_MINUTES.max}; ` +
          `using the exercise's own ${exercise.defaultMinutes} minutes.`,
      );
    }
  }
  const scale = plannedSeconds / ownSeconds;
  let steps: readonly ExerciseStep[] = exercise.levels[level - 1].map((s) => ({
    at: Math.round(s.at * scale * 1000) / 1000,
    text: s.text,
  }));
  let custom = false;
  const own = given.steps ?? undefined;
  const child = given.childScript;
  let checked: ExerciseStep[] | string | undefined;
  let source = 'steps';
  if (own !== undefined) {
    checked = checkScript(own, plannedSeconds);
  } else if (child !== undefined) {
    source = '<script type="application/json">';
    checked = 'error' in child ? child.error : checkScript(child.value, plannedSeconds);
  }
  if (checked !== undefined) {
    if (typeof checked === 'string') {
      warnOnce(`<${TAG}> ${source}: the script ${checked}; using the exercise's own script.`);
    } else {
      steps = checked;
      custom = true;
    }
  }
  return { exercise, level, plannedSeconds, steps, custom };
}
