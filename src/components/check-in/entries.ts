/**
 * What a check-in is once stored or exported, and the checks every entry passes before the
 * element trusts it: from the store (which another version or a broken adapter may have
 * written), from another tab, or from an imported file.
 */

export const checkInModes = ['couple', 'solo', 'two-devices'] as const;
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

/** Where a couple is in a check-in that is under way: the first screen, the first turn, the hand-over, the second turn, both done. */
export const draftSteps = ['start', 'a', 'handover', 'b', 'ready'] as const;
export type DraftStep = (typeof draftSteps)[number];

/** A check-in under way, kept while people type so a reload picks it up where it was. */
export interface CheckInDraft {
  readonly mode: CheckInMode;
  readonly step: DraftStep;
  /** Answers of the first and second person, one per question. */
  readonly answers: readonly [readonly string[], readonly string[]];
  readonly ratings: readonly [number | null, number | null];
}

/** A new check-in: a couple's starts at its first screen, one person's at the questions. */
export function emptyDraft(mode: CheckInMode): CheckInDraft {
  return { mode, step: mode === 'solo' ? 'a' : 'start', answers: [[], []], ratings: [null, null] };
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

/** A response fits an entry of `count` questions: a name, one answer per question (text, not too long), a rating or null. */
function isResponse(value: unknown, count: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { name, answers, rating } = value as Record<string, unknown>;
  return (
    isString(name) &&
    Array.isArray(answers) &&
    answers.length === count &&
    answers.every((a) => isString(a) && a.length <= MAX_ANSWER_LENGTH) &&
    isRating(rating)
  );
}

/** The fields of a would-be entry that are missing or wrong (`id`, `date`, `mode`, `questions`, `responses`); empty when it is fine. */
export function entryProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['entry'];
  const { id, date, mode, questions, responses } = value as Record<string, unknown>;
  const count = Array.isArray(questions) && questions.every(isString) ? questions.length : -1;
  const wrong: Record<string, boolean> = {
    id: !isString(id) || !id.trim() || id.length > 200,
    date: !isString(date) || Number.isNaN(Date.parse(date)),
    mode: !(checkInModes as readonly unknown[]).includes(mode),
    questions: count < 1 || count > MAX_QUESTIONS,
    responses: !Array.isArray(responses) || responses.length !== (mode === 'solo' ? 1 : 2) || !responses.every((r) => isResponse(r, count)),
  };
  return Object.keys(wrong).filter((field) => wrong[field]);
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
