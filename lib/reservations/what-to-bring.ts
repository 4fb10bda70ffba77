/**
 * The "documents to bring" section of a service card: the fourth of the ten
 * headings every card has, in every language. Markdown is reduced to plain
 * lines for the PDF.
 */
export function whatToBring(markdown: string): string[] {
  const sections = markdown.split(/^## .*$/m);
  const section = sections[4];
  if (!section) return [];
  return section
    .split('\n')
    .map((l) =>
      l
        .replace(/^\s*[-*]\s+/, '• ')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/[*_`]/g, '')
        .trim(),
    )
    .filter(Boolean);
}
