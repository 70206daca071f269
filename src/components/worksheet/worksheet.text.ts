/**
 * The alliance as words: dates in the reader's language, counted texts, the grouping of
 * answers by section and question that both the page and the text export use, and the
 * text export itself (plain text that reads well as Markdown). Pure: no DOM, no Lit.
 */
import { format } from '../../content/locales.js';
import type { LocaleContent } from '../../content/types.js';
import { parseDate } from '../../export/dates.js';
import { markdown, type MarkdownBlock } from '../../export/markdown.js';
import {
  worksheetSectionIds,
  type WorksheetAnswer,
  type WorksheetDocument,
  type WorksheetPartner,
  type WorksheetRevision,
} from './worksheet.model.js';

/** "23 November 2026" for an ISO time, in the reader's language (a tag Intl accepts). */
export function formatDate(lang: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(date);
}

/** The same for a local day, "2026-12-01". */
export function formatDay(lang: string, day: string): string {
  const date = parseDate(day);
  return date ? formatDate(lang, date.toISOString()) : day;
}

/** One question of a revision with everyone's answer to it. */
export interface AnsweredQuestion {
  readonly key: string;
  readonly question: string;
  readonly answers: readonly WorksheetAnswer[];
}

/** A section of a revision with its questions. */
export interface AnsweredSection {
  readonly id: string;
  readonly title: string;
  readonly questions: readonly AnsweredQuestion[];
}

/**
 * The answers of a revision by section (in the content's order) and question (as first
 * answered): a question both partners chose shows both answers together.
 */
export function groupAnswers(revision: WorksheetRevision): AnsweredSection[] {
  const sections: AnsweredSection[] = [];
  for (const id of worksheetSectionIds) {
    const inSection = revision.answers.filter((a) => a.section === id);
    if (!inSection.length) continue;
    const questions = new Map<string, { key: string; question: string; answers: WorksheetAnswer[] }>();
    for (const answer of inSection) {
      const group = questions.get(answer.key) ?? { key: answer.key, question: answer.question, answers: [] };
      group.answers.push(answer);
      questions.set(answer.key, group);
    }
    sections.push({ id, title: inSection[0].sectionTitle, questions: [...questions.values()] });
  }
  return sections;
}

export const partnerName = (revision: WorksheetRevision, who: WorksheetPartner) => revision.partners[who];

/** The blocks of one revision's answers, its sections at `level`. */
function revisionBlocks(revision: WorksheetRevision, content: LocaleContent, level: number): MarkdownBlock[] {
  const ui = content.ui.worksheet;
  const blocks: MarkdownBlock[] = [];
  const answer = (who: WorksheetPartner, text: string) => {
    blocks.push({ paragraph: format(ui.answeredBy, { name: partnerName(revision, who) }) });
    blocks.push(text ? { quote: text } : { paragraph: `(${ui.noAnswer})` });
  };
  for (const section of groupAnswers(revision)) {
    blocks.push({ heading: section.title, level });
    for (const question of section.questions) {
      blocks.push({ heading: question.question, level: level + 1 });
      for (const a of question.answers) answer(a.answeredBy, a.answer);
    }
  }
  if (revision.closing.length) {
    blocks.push({ heading: ui.closingHeading, level });
    for (const item of revision.closing) {
      blocks.push({ heading: item.question, level: level + 1 });
      answer('a', item.answers.a);
      answer('b', item.answers.b);
    }
  }
  return blocks;
}

/** The alliance as it stands (its newest revision), with its dates: what "Download as text" saves. */
export function documentMarkdown(document: WorksheetDocument, content: LocaleContent, lang: string): string {
  return markdown(documentBlocks(document, content, lang));
}

function documentBlocks(document: WorksheetDocument, content: LocaleContent, lang: string): MarkdownBlock[] {
  const ui = content.ui.worksheet;
  const current = document.revisions[document.revisions.length - 1];
  const number = document.revisions.length;
  const blocks: MarkdownBlock[] = [
    { heading: ui.documentHeading, level: 1 },
    { paragraph: format(ui.between, { a: current.partners.a, b: current.partners.b }, lang) },
    { paragraph: format(ui.designedOn, { date: formatDate(lang, document.createdAt) }, lang) },
  ];
  if (number > 1) {
    blocks.push({ paragraph: format(ui.lastRevisited, { date: formatDate(lang, current.savedAt) }, lang) });
    blocks.push({ paragraph: format(ui.revision, { n: number }, lang) });
  }
  if (document.revisitBy) blocks.push({ paragraph: format(ui.revisitByLine, { date: formatDay(lang, document.revisitBy) }, lang) });
  blocks.push(...revisionBlocks(current, content, 2), { paragraph: content.worksheet.livingDocument });
  return blocks;
}

/**
 * Everything this page holds, for the download offered when the browser is not saving:
 * the saved alliance (if any) and the conversation under way (if any).
 */
export function unsavedMarkdown(
  document: WorksheetDocument | undefined,
  inProgress: WorksheetRevision | undefined,
  content: LocaleContent,
  lang: string,
): string {
  const blocks: MarkdownBlock[] = document ? documentBlocks(document, content, lang) : [];
  if (inProgress) {
    const ui = content.ui.worksheet;
    blocks.push(
      { heading: ui.inProgressHeading, level: 1 },
      { paragraph: format(ui.between, { a: inProgress.partners.a, b: inProgress.partners.b }, lang) },
      ...revisionBlocks(inProgress, content, 2),
    );
  }
  return markdown(blocks);
}
