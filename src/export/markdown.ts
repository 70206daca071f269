/**
 * Builds plain text that reads well as it is and as Markdown: headings, paragraphs,
 * people's words as block quotes, and short lists. People's words are kept exactly as
 * written (line breaks included), so the text is theirs, not a rendering of it.
 */
export type MarkdownBlock =
  | { readonly heading: string; readonly level: number }
  | { readonly paragraph: string }
  | { readonly quote: string }
  | { readonly list: readonly string[] };

/** Joins blocks with blank lines; ends with one newline. */
export function markdown(blocks: readonly MarkdownBlock[]): string {
  return `${blocks.map(block).filter((b) => b !== '').join('\n\n')}\n`;
}

function block(b: MarkdownBlock): string {
  if ('heading' in b) return `${'#'.repeat(Math.min(6, Math.max(1, Math.trunc(b.level))))} ${oneLine(b.heading)}`;
  if ('paragraph' in b) return normalise(b.paragraph);
  if ('quote' in b) {
    return normalise(b.quote)
      .split('\n')
      .map((line) => (line ? `> ${line}` : '>'))
      .join('\n');
  }
  return b.list.map((item) => `- ${oneLine(item)}`).join('\n');
}

function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
