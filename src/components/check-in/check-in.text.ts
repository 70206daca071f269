import type { CheckIn, CheckInUi } from '../../content/types.js';
import { markdown, type MarkdownBlock } from '../../export/markdown.js';
import { SCALE_POINTS, type CheckInEntry } from './entries.js';

/** What the check-in's words need: its language, its words and the way it fills `{name}`. */
export interface CheckInWords {
  readonly lang: string;
  readonly ui: CheckInUi;
  readonly checkIn: CheckIn;
  format(template: string, values: Record<string, string | number>): string;
}

/** "Monday 23 November, 21:14" in the page's language; with the year for exports. */
export function dayTime(lang: string, iso: string, withYear = false): string {
  return new Intl.DateTimeFormat(lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: withYear ? 'numeric' : undefined,
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** "Sam and Alex" in the page's language. */
export function listNames(lang: string, names: readonly string[]): string {
  try {
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

/** "Fairly close (4 of 5)", or "Not chosen". */
export function ratingText(words: CheckInWords, rating: number | null): string {
  if (rating === null) return words.ui.noRating;
  const label = words.checkIn.scaleLabels[rating - 1];
  return `${label} (${words.format(words.ui.ratingValue, { value: rating, max: SCALE_POINTS })})`;
}

/** Check-ins as plain text that reads well as Markdown. */
export function checkInsText(words: CheckInWords, entries: readonly CheckInEntry[]): string {
  const { ui, checkIn, lang } = words;
  const blocks: MarkdownBlock[] = [{ heading: checkIn.title, level: 1 }];
  for (const entry of entries) {
    const names = entry.responses.map((r) => r.name).filter(Boolean);
    blocks.push({ heading: dayTime(lang, entry.date, true), level: 2 });
    if (names.length) blocks.push({ paragraph: listNames(lang, names) });
    entry.questions.forEach((question, q) => {
      blocks.push({ heading: question, level: 3 });
      for (const response of entry.responses) {
        if (response.name) blocks.push({ paragraph: `${response.name}:` });
        const answer = response.answers[q] ?? '';
        blocks.push(answer ? { quote: answer } : { paragraph: `(${ui.blank})` });
      }
    });
    if (entry.responses.some((r) => r.rating !== null)) {
      blocks.push({ heading: entry.mode === 'solo' ? checkIn.soloScaleQuestion : checkIn.scaleQuestion, level: 3 });
      blocks.push({
        list: entry.responses.map((r) => (r.name ? `${r.name}: ${ratingText(words, r.rating)}` : ratingText(words, r.rating))),
      });
    }
  }
  return markdown(blocks);
}

/** The answers of one turn as plain text under the check-in's title. */
export function turnText(title: string, answers: readonly { question: string; answer: string }[]): string {
  return `${[title, ...answers.map(({ question, answer }) => `${question}\n${answer}`)].join('\n\n')}\n`;
}
