/**
 * What the designed-alliance worksheet keeps: the conversation under way (the draft), the
 * saved alliance with its dated revisions (the document), and the gentle clock. Every value
 * read from the store, from another tab or from an imported file passes the checks here
 * before the element trusts it. Pure: no DOM, no Lit.
 */
import type { Validation } from '../../export/json.js';
import type { Worksheet, WorksheetSection } from '../../content/types.js';
import { MAX_NAME_LENGTH } from '../shared/partners.js';

/** The five steps, in order. */
export const worksheetSteps = ['setup', 'choosing', 'turns', 'closing', 'result'] as const;
export type WorksheetStep = (typeof worksheetSteps)[number];

/** The steps a conversation under way can be at (the result is the saved document). */
export type DraftStep = Exclude<WorksheetStep, 'result'>;
const draftSteps: readonly DraftStep[] = ['setup', 'choosing', 'turns', 'closing'];

/** The two partners: `a` is the first, `b` the second. */
export const worksheetPartners = ['a', 'b'] as const;
export type WorksheetPartner = (typeof worksheetPartners)[number];

export type WorksheetSectionId = WorksheetSection['id'];
export const worksheetSectionIds = ['intentions', 'atmosphere', 'responsibility', 'backup'] as const satisfies readonly WorksheetSectionId[];

/** The kind and version in the export file's envelope. */
export const WORKSHEET_EXPORT_KIND = 'worksheet';
export const WORKSHEET_EXPORT_VERSION = 1;

/** The longest answer, in characters (as `maxlength` counts them). */
export const MAX_ANSWER_LENGTH = 4000;
/** The longest name kept: the same for the worksheet as for the check-in. */
export { MAX_NAME_LENGTH };
/** More revisions than this in one file is not a real alliance. */
const MAX_REVISIONS = 500;

/** One question a partner chose for the other, as it was answered. */
export interface WorksheetAnswer {
  /** The question's place in the content, "section:index", e.g. "backup:2". */
  readonly key: string;
  readonly section: WorksheetSectionId;
  /** The section's title, as it was shown. */
  readonly sectionTitle: string;
  /** The question, as it was asked. */
  readonly question: string;
  /** Who chose it. */
  readonly askedBy: WorksheetPartner;
  /** Who answered it. */
  readonly answeredBy: WorksheetPartner;
  /** The notes taken on the answer ('' when none). */
  readonly answer: string;
}

/** One closing question, which both partners answer. */
export interface WorksheetClosingAnswer {
  readonly question: string;
  readonly answers: { readonly a: string; readonly b: string };
}

/** One saved version of the alliance. */
export interface WorksheetRevision {
  /** Stable and unique, so an import never duplicates a revision. */
  readonly id: string;
  /** When it was saved (ISO 8601). */
  readonly savedAt: string;
  /** The names as they were shown. */
  readonly partners: { readonly a: string; readonly b: string };
  /** The chosen questions with their answers, in the order they were answered. */
  readonly answers: readonly WorksheetAnswer[];
  readonly closing: readonly WorksheetClosingAnswer[];
}

/** The saved alliance: every revision, oldest first; the last one is the alliance as it stands. */
export interface WorksheetDocument {
  readonly id: string;
  /** When it was first designed (ISO 8601). */
  readonly createdAt: string;
  /** The day to revisit it by, "YYYY-MM-DD", or ''. */
  readonly revisitBy: string;
  readonly revisions: readonly WorksheetRevision[];
}

/** The conversation under way, kept as people type so a reload continues where they were. */
export interface WorksheetDraft {
  readonly step: DraftStep;
  /** While choosing: whose choice it is (0: the first partner's, 1: the second's). In turns: the turn. */
  readonly position: number;
  /** Names typed here; a missing one falls back to the attribute, the provider, then the locale. */
  readonly names: { readonly a?: string; readonly b?: string };
  /** The question keys each partner chose for the other to answer. */
  readonly choices: { readonly a: readonly string[]; readonly b: readonly string[] };
  /** Answers by "answerer:section:index" (turns) and "closing:answerer:index" (closing). */
  readonly answers: Readonly<Record<string, string>>;
  /** True when this conversation revises the saved alliance rather than starting one. */
  readonly revising: boolean;
}

/** The gentle clock: milliseconds counted so far. It never runs while the page is closed. */
export interface WorksheetClock {
  readonly started: boolean;
  readonly elapsed: number;
  readonly hidden: boolean;
}

export const emptyClock: WorksheetClock = { started: false, elapsed: 0, hidden: false };

export function emptyDraft(): WorksheetDraft {
  return { step: 'setup', position: 0, names: {}, choices: { a: [], b: [] }, answers: {}, revising: false };
}

export const other = (who: WorksheetPartner): WorksheetPartner => (who === 'a' ? 'b' : 'a');

export function newId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

// ----- questions -----

/** A question of the content, with its key. */
export interface QuestionRef {
  readonly key: string;
  readonly section: WorksheetSection;
  readonly index: number;
  readonly text: string;
}

/** Every question of the content, in the order it gives them. */
export function allQuestions(worksheet: Worksheet): QuestionRef[] {
  return worksheet.sections.flatMap((section) =>
    section.questions.map((text, index) => ({ key: `${section.id}:${index}`, section, index, text })),
  );
}

/** One turn: a partner answers a question the other chose. */
export interface Turn {
  readonly answeredBy: WorksheetPartner;
  readonly question: QuestionRef;
}

/**
 * The order of the turns: the partners alternate, the first partner first, each answering
 * the questions the other chose in the content's order; whoever has more answers last.
 */
export function turnOrder(worksheet: Worksheet, choices: WorksheetDraft['choices']): Turn[] {
  const questions = allQuestions(worksheet);
  // The first partner answers what the second chose, and the other way round.
  const forA = questions.filter((q) => choices.b.includes(q.key));
  const forB = questions.filter((q) => choices.a.includes(q.key));
  const turns: Turn[] = [];
  for (let i = 0; i < Math.max(forA.length, forB.length); i++) {
    if (forA[i]) turns.push({ answeredBy: 'a', question: forA[i] });
    if (forB[i]) turns.push({ answeredBy: 'b', question: forB[i] });
  }
  return turns;
}

export const turnKey = (who: WorksheetPartner, questionKey: string) => `${who}:${questionKey}`;
export const closingKey = (who: WorksheetPartner, index: number) => `closing:${who}:${index}`;

/** The revision a finished draft becomes. */
export function draftToRevision(
  draft: WorksheetDraft,
  worksheet: Worksheet,
  partners: { readonly a: string; readonly b: string },
  now = new Date(),
): WorksheetRevision {
  return {
    id: newId(),
    savedAt: now.toISOString(),
    partners: { a: partners.a, b: partners.b },
    answers: turnOrder(worksheet, draft.choices).map((turn) => ({
      key: turn.question.key,
      section: turn.question.section.id,
      sectionTitle: turn.question.section.title,
      question: turn.question.text,
      askedBy: other(turn.answeredBy),
      answeredBy: turn.answeredBy,
      answer: (draft.answers[turnKey(turn.answeredBy, turn.question.key)] ?? '').trim(),
    })),
    closing: worksheet.closing.map((question, i) => ({
      question,
      answers: {
        a: (draft.answers[closingKey('a', i)] ?? '').trim(),
        b: (draft.answers[closingKey('b', i)] ?? '').trim(),
      },
    })),
  };
}

/** A draft that revises `revision`: its names, choices and answers, from the first step. */
export function revisionToDraft(revision: WorksheetRevision, worksheet: Worksheet): WorksheetDraft {
  const known = new Set(allQuestions(worksheet).map((q) => q.key));
  const answers: Record<string, string> = {};
  const choices: { a: string[]; b: string[] } = { a: [], b: [] };
  for (const item of revision.answers) {
    answers[turnKey(item.answeredBy, item.key)] = item.answer;
    if (known.has(item.key) && !choices[item.askedBy].includes(item.key)) choices[item.askedBy].push(item.key);
  }
  worksheet.closing.forEach((question, i) => {
    // Matched by position: the closing questions are the same two in every locale.
    const saved = revision.closing[i];
    if (!saved) return;
    answers[closingKey('a', i)] = saved.answers.a;
    answers[closingKey('b', i)] = saved.answers.b;
  });
  return {
    step: 'setup',
    position: 0,
    names: { a: revision.partners.a, b: revision.partners.b },
    choices,
    answers,
    revising: true,
  };
}

/** True when the draft holds anything beyond names: choices or written answers. */
export function draftHasContent(draft: WorksheetDraft): boolean {
  return draft.choices.a.length > 0 || draft.choices.b.length > 0 || Object.values(draft.answers).some((a) => a.trim() !== '');
}

/**
 * The document after an import: the imported one, with every revision of the document it
 * replaces kept as an earlier version (none is lost, none is listed twice).
 */
export function replaceDocument(current: WorksheetDocument | undefined, imported: WorksheetDocument): WorksheetDocument {
  if (!current) return imported;
  const ids = new Set(imported.revisions.map((r) => r.id));
  const kept = current.revisions.filter((r) => !ids.has(r.id));
  return { ...imported, revisions: [...kept, ...imported.revisions] };
}

// ----- checks -----

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isPartner = (value: unknown): value is WorksheetPartner => value === 'a' || value === 'b';
const isSection = (value: unknown): value is WorksheetSectionId => (worksheetSectionIds as readonly unknown[]).includes(value);
const isIsoDate = (value: unknown): value is string => isString(value) && value.length <= 40 && !Number.isNaN(Date.parse(value));
const isDay = (value: unknown): value is string => value === '' || (isString(value) && /^\d{4}-\d{2}-\d{2}$/.test(value));
const clip = (value: string, max: number) => value.slice(0, max);

/** A stored draft, checked; undefined when it is missing or broken. */
export function readDraft(value: unknown): WorksheetDraft | undefined {
  if (!isRecord(value)) return undefined;
  const { step, position, names, choices, answers, revising } = value;
  if (!(draftSteps as readonly unknown[]).includes(step)) return undefined;
  if (typeof position !== 'number' || !Number.isInteger(position) || position < 0) return undefined;
  if (!isRecord(names) || !isRecord(choices) || !isRecord(answers)) return undefined;
  const name = (n: unknown) => (isString(n) ? clip(n, MAX_NAME_LENGTH) : undefined);
  const list = (l: unknown) => (Array.isArray(l) ? [...new Set(l.filter(isString))].slice(0, 20) : []);
  const cleanAnswers: Record<string, string> = {};
  for (const [key, text] of Object.entries(answers)) if (isString(text)) cleanAnswers[key] = clip(text, MAX_ANSWER_LENGTH);
  return {
    step: step as DraftStep,
    position,
    names: { a: name(names.a), b: name(names.b) },
    choices: { a: list(choices.a), b: list(choices.b) },
    answers: cleanAnswers,
    revising: revising === true,
  };
}

/** The stored clock, checked; the empty clock when it is missing or broken. */
export function readClock(value: unknown): WorksheetClock {
  if (!isRecord(value)) return emptyClock;
  const elapsed = typeof value.elapsed === 'number' && Number.isFinite(value.elapsed) && value.elapsed >= 0 ? value.elapsed : 0;
  return { started: value.started === true, elapsed, hidden: value.hidden === true };
}

function checkRevision(value: unknown, where: string, problems: string[]): WorksheetRevision | undefined {
  if (!isRecord(value)) {
    problems.push(`${where} is not an object.`);
    return undefined;
  }
  const { id, savedAt, partners, answers, closing } = value;
  const before = problems.length;
  if (!isString(id) || !id || id.length > 100) problems.push(`${where} has no id.`);
  if (!isIsoDate(savedAt)) problems.push(`${where} has no date it was saved.`);
  if (!isRecord(partners) || !isString(partners.a) || !isString(partners.b)) problems.push(`${where} has no partners' names.`);
  if (!Array.isArray(answers) || answers.length > 100) problems.push(`${where} has no list of answers.`);
  if (!Array.isArray(closing) || closing.length > 20) problems.push(`${where} has no closing answers.`);
  if (problems.length > before) return undefined;
  const cleanAnswers: WorksheetAnswer[] = [];
  (answers as unknown[]).forEach((item, i) => {
    const at = `${where}, answer ${i + 1}`;
    if (
      !isRecord(item) ||
      !isString(item.key) ||
      !isSection(item.section) ||
      !isString(item.sectionTitle) ||
      !isString(item.question) ||
      !isPartner(item.askedBy) ||
      !isPartner(item.answeredBy) ||
      !isString(item.answer)
    ) {
      problems.push(`${at} is not readable.`);
      return;
    }
    cleanAnswers.push({
      key: clip(item.key, 100),
      section: item.section,
      sectionTitle: clip(item.sectionTitle, 500),
      question: clip(item.question, 2000),
      askedBy: item.askedBy,
      answeredBy: item.answeredBy,
      answer: clip(item.answer, MAX_ANSWER_LENGTH),
    });
  });
  const cleanClosing: WorksheetClosingAnswer[] = [];
  (closing as unknown[]).forEach((item, i) => {
    if (!isRecord(item) || !isString(item.question) || !isRecord(item.answers) || !isString(item.answers.a) || !isString(item.answers.b)) {
      problems.push(`${where}, closing answer ${i + 1} is not readable.`);
      return;
    }
    cleanClosing.push({
      question: clip(item.question, 2000),
      answers: { a: clip(item.answers.a, MAX_ANSWER_LENGTH), b: clip(item.answers.b, MAX_ANSWER_LENGTH) },
    });
  });
  const names = partners as { a: string; b: string };
  return {
    id: id as string,
    savedAt: savedAt as string,
    partners: { a: clip(names.a, MAX_NAME_LENGTH), b: clip(names.b, MAX_NAME_LENGTH) },
    answers: cleanAnswers,
    closing: cleanClosing,
  };
}

/** Checks a whole document (from the store or a file): all of it is readable, or none is used. */
export function validateDocument(value: unknown): Validation<WorksheetDocument> {
  if (!isRecord(value)) return { problems: ['The alliance is not an object.'] };
  const problems: string[] = [];
  const { id, createdAt, revisitBy, revisions } = value;
  if (!isString(id) || !id || id.length > 100) problems.push('The alliance has no id.');
  if (!isIsoDate(createdAt)) problems.push('The alliance has no date it was designed.');
  if (revisitBy !== undefined && !isDay(revisitBy)) problems.push('The "revisit by" date is not a date.');
  if (!Array.isArray(revisions) || revisions.length === 0) problems.push('The alliance has no revisions.');
  else if (revisions.length > MAX_REVISIONS) problems.push('The alliance has too many revisions.');
  if (problems.length) return { problems };
  const checked = (revisions as unknown[]).map((r, i) => checkRevision(r, `Revision ${i + 1}`, problems));
  if (problems.length) return { problems };
  const ids = new Set(checked.map((r) => r!.id));
  if (ids.size !== checked.length) return { problems: ['Two revisions share an id.'] };
  return {
    value: {
      id: id as string,
      createdAt: createdAt as string,
      revisitBy: (revisitBy as string | undefined) ?? '',
      revisions: checked as WorksheetRevision[],
    },
  };
}

/** The export file's data: the whole document. */
export function validateExport(data: unknown): Validation<WorksheetDocument> {
  if (!isRecord(data)) return { problems: ['The file holds no alliance.'] };
  return validateDocument(data.document);
}

/** A stored document, checked; undefined when missing or unreadable. */
export function readDocument(value: unknown): WorksheetDocument | undefined {
  if (value === undefined || value === null) return undefined;
  const checked = validateDocument(value);
  return 'value' in checked ? checked.value : undefined;
}
