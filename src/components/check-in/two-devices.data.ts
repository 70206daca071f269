import { MAX_ANSWER_LENGTH, MAX_QUESTIONS, SCALE_POINTS } from './entries.js';
import { MAX_NAME_LENGTH } from '../shared/partners.js';

/** The check-in's kind in a link's envelope. */
export const LINK_KIND = 'check-in';

/** One partner's part of a check-in, as a link carries it. */
export interface LinkResponse {
  readonly answers: readonly string[];
  /** 1 to 5, or null (no scale, or none given). */
  readonly rating: number | null;
}

/** What a check-in link carries. */
export interface CheckInLinkData {
  /** `first`: the first partner's answers, to the second phone; `both`: both, back to the first. */
  readonly step: 'first' | 'both';
  /** The check-in's id, the same on both phones. */
  readonly id: string;
  /** When the first partner answered (ISO). */
  readonly date: string;
  /** The questions, or null for the content's own (each phone shows them in its language). */
  readonly questions: readonly string[] | null;
  /** The partners' names, first (the sender of the first link) and second. */
  readonly names: readonly [string, string];
  /** One response (`first`) or two (`both`). */
  readonly responses: readonly LinkResponse[];
}

const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

/**
 * A link's data checked field by field, or undefined when anything is missing, of the wrong
 * kind or too long. `questionCount`: how many answers each response must have when the link
 * carries no questions of its own.
 */
export function readCheckInLink(value: unknown, questionCount: number): CheckInLinkData | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { step, id, date, questions, names, responses } = value as Record<string, unknown>;
  if (step !== 'first' && step !== 'both') return undefined;
  if (!isText(id, 100) || !id || !isText(date, 40) || Number.isNaN(Date.parse(date))) return undefined;
  if (questions !== null && !(Array.isArray(questions) && questions.length >= 1 && questions.length <= MAX_QUESTIONS && questions.every((q) => isText(q, 500) && q.trim()))) return undefined;
  if (!Array.isArray(names) || names.length !== 2 || !names.every((n) => isText(n, MAX_NAME_LENGTH))) return undefined;
  const count = questions ? questions.length : questionCount;
  const isResponse = (r: unknown): r is LinkResponse => {
    if (!r || typeof r !== 'object') return false;
    const { answers, rating } = r as Record<string, unknown>;
    return (
      Array.isArray(answers) &&
      answers.length === count &&
      answers.every((a) => isText(a, MAX_ANSWER_LENGTH)) &&
      (rating === null || (Number.isInteger(rating) && (rating as number) >= 1 && (rating as number) <= SCALE_POINTS))
    );
  };
  if (!Array.isArray(responses) || responses.length !== (step === 'first' ? 1 : 2) || !responses.every(isResponse)) return undefined;
  return {
    step,
    id,
    date: new Date(date).toISOString(),
    questions: questions ? (questions as string[]).map((q) => q.trim()) : null,
    names: [names[0], names[1]],
    responses: responses.map((r) => ({ answers: [...r.answers], rating: r.rating })),
  };
}
