/**
 * What a check-in is once stored or exported, and the checks every entry passes before the
 * element trusts it: from the store (which another version or a broken adapter may have
 * written), from another tab, or from an imported file.
 */

export const checkInModes = ['couple', 'solo'] as const;
export type CheckInMode = (typeof checkInModes)[number];

/** The longest answer, in characters (as `maxlength` counts them). */
export const MAX_ANSWER_LENGTH = 2000;
/** A host may ask from 1 to this many questions. */
export const MAX_QUESTIONS = 5;
/** The scale runs from 1 to this. */
export const SCALE_POINTS = 5;

/** The kind and version in the export file's envelope. */
export const EXPORT_KIND = 'check-in';
export const EXPORT_VERSION = 1;

/** One person's part of a check-in. */
export interface CheckInResponse {
  /** The name shown for them when they answered ('' in solo mode when none was given). */
  readonly name: string;
  /** One answer per question, in order; '' for a question left blank. */
  readonly answers: readonly string[];
  /** How close they felt, 1 to 5, or null when not given (or asked). */
  readonly rating: number | null;
}

/** A completed check-in, as stored, exported and sent in the submit event. */
export interface CheckInEntry {
  /** Stable and unique: an import that meets it again skips it. */
  readonly id: string;
  /** When it was completed (ISO 8601). */
  readonly date: string;
  readonly mode: CheckInMode;
  /** The questions as they were asked. */
  readonly questions: readonly string[];
  /** The first partner (or the one person, solo), then the second. */
  readonly responses: readonly CheckInResponse[];
}

/** Where a couple is in a check-in that is under way. */
export const draftSteps = ['a', 'handover', 'b', 'ready'] as const;
export type DraftStep = (typeof draftSteps)[number];

/** A check-in under way, kept while people type so a reload picks it up where it was. */
export interface CheckInDraft {
  readonly mode: CheckInMode;
  readonly step: DraftStep;
  /** Answers of the first and second person, one per question. */
  readonly answers: readonly [readonly string[], readonly string[]];
  readonly ratings: readonly [number | null, number | null];
}

export function emptyDraft(mode: CheckInMode): CheckInDraft {
  return { mode, step: 'a', answers: [[], []], ratings: [null, null] };
}

const isString = (value: unknown): value is string => typeof value === 'string';

function isRating(value: unknown): value is number | null {
  return value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= SCALE_POINTS);
}

/** A stored draft, checked; undefined when it is missing, broken, or for the other mode. */
export function readDraft(value: unknown, mode: CheckInMode): CheckInDraft | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { mode: m, step, answers, ratings } = value as Record<string, unknown>;
  if (m !== mode || !(draftSteps as readonly unknown[]).includes(step)) return undefined;
  if (mode === 'solo' && step !== 'a') return undefined;
  if (!Array.isArray(answers) || answers.length !== 2) return undefined;
  if (!answers.every((list) => Array.isArray(list) && list.length <= MAX_QUESTIONS && list.every(isString))) return undefined;
  if (!Array.isArray(ratings) || ratings.length !== 2 || !ratings.every(isRating)) return undefined;
  return {
    mode,
    step: step as DraftStep,
    answers: [
      (answers[0] as string[]).map((a) => a.slice(0, MAX_ANSWER_LENGTH)),
      (answers[1] as string[]).map((a) => a.slice(0, MAX_ANSWER_LENGTH)),
    ],
    ratings: [ratings[0], ratings[1]],
  };
}

/** What is wrong with a would-be entry, one line per problem; empty when it is fine. */
export function entryProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['is not an object'];
  const { id, date, mode, questions, responses } = value as Record<string, unknown>;
  const problems: string[] = [];
  if (!isString(id) || !id.trim() || id.length > 200) problems.push('has no usable "id"');
  if (!isString(date) || Number.isNaN(Date.parse(date))) problems.push('has no valid "date"');
  if (!(checkInModes as readonly unknown[]).includes(mode)) problems.push('has a "mode" other than "couple" or "solo"');
  const questionCount = Array.isArray(questions) ? questions.length : -1;
  if (!Array.isArray(questions) || questionCount < 1 || questionCount > MAX_QUESTIONS || !questions.every(isString)) {
    problems.push(`needs 1 to ${MAX_QUESTIONS} "questions" (text)`);
  }
  const people = mode === 'solo' ? 1 : 2;
  if (!Array.isArray(responses) || responses.length !== people) {
    problems.push(`needs ${people} "responses"`);
  } else {
    responses.forEach((response: unknown, i) => {
      const who = `response ${i + 1}`;
      if (typeof response !== 'object' || response === null) {
        problems.push(`${who} is not an object`);
        return;
      }
      const { name, answers, rating } = response as Record<string, unknown>;
      if (!isString(name)) problems.push(`${who} has no "name"`);
      if (!Array.isArray(answers) || !answers.every(isString) || (questionCount > 0 && answers.length !== questionCount)) {
        problems.push(`${who} needs one answer (text) per question`);
      } else if (answers.some((a: string) => a.length > MAX_ANSWER_LENGTH)) {
        problems.push(`${who} has an answer longer than ${MAX_ANSWER_LENGTH} characters`);
      }
      if (!isRating(rating)) problems.push(`${who} has a "rating" other than 1 to ${SCALE_POINTS} or null`);
    });
  }
  return problems;
}

export function isEntry(value: unknown): value is CheckInEntry {
  return entryProblems(value).length === 0;
}

/**
 * Adds the entries whose ids are not there yet. Items in `stored` that are not entries
 * (written by a newer version, say) are kept as they are.
 */
export function mergeEntries(stored: readonly unknown[], incoming: readonly CheckInEntry[]) {
  const ids = new Set(stored.filter(isEntry).map((e) => e.id));
  const added: CheckInEntry[] = [];
  for (const entry of incoming) {
    if (ids.has(entry.id)) continue;
    ids.add(entry.id);
    added.push(entry);
  }
  return { next: [...stored, ...added], added };
}

/** The valid entries, newest first. */
export function newestFirst(stored: readonly unknown[]): CheckInEntry[] {
  return stored.filter(isEntry).sort((a, b) => Date.parse(b.date) - Date.parse(a.date) || (a.id < b.id ? 1 : -1));
}

/** A random id: `crypto.randomUUID` where the page is a secure context, random bytes elsewhere. */
export function newId(): string {
  if (typeof globalThis.crypto?.randomUUID === 'function') return globalThis.crypto.randomUUID();
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Reads the `questions` attribute as a JSON array; anything else is kept as it is, to be reported. */
export const questionsConverter = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  },
};

/** The questions, trimmed, or why they cannot be used. */
export function checkQuestions(value: unknown): string[] | string {
  if (!Array.isArray(value)) return `must be an array of 1 to ${MAX_QUESTIONS} texts, not ${JSON.stringify(value)}`;
  if (value.length < 1 || value.length > MAX_QUESTIONS) return `must hold 1 to ${MAX_QUESTIONS} questions, not ${value.length}`;
  const texts = (value as unknown[]).map((q) => (typeof q === 'string' ? q.trim() : ''));
  const bad = texts.findIndex((q) => !q);
  return bad === -1 ? texts : `question ${bad + 1} is not a text`;
}
