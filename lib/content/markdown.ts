import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { toString as mdastToString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

/** Site-internal links in content are written without a locale (`/forms/1`); give them the reader's. */
function localiseLinks(locale: string | undefined) {
  return () => (tree: Root) => {
    if (!locale) return;
    visit(tree, 'element', (node: Element) => {
      const href = node.properties?.href;
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
        node.properties.href = `/${locale}${href}`;
      }
    });
  };
}

// Raw HTML in Markdown is dropped (allowDangerousHtml stays off) and the
// sanitiser removes scripts, event handlers and javascript: URLs that remain.
function processor(locale?: string) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: 'md-' })
    .use(localiseLinks(locale))
    .use(rehypeStringify);
}

const plain = processor();
const perLocale = new Map<string, ReturnType<typeof processor>>();

export function renderMarkdown(markdown: string, locale?: string): string {
  if (!locale) return String(plain.processSync(markdown));
  let p = perLocale.get(locale);
  if (!p) perLocale.set(locale, (p = processor(locale)));
  return String(p.processSync(markdown));
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** The words of a Markdown text, for search and snippets. */
export function markdownToPlainText(markdown: string): string {
  const tree = parser.parse(markdown);
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push(mdastToString(node));
      return 'skip';
    }
  });
  return blocks.join('\n').replace(/[ \t]+/g, ' ').trim();
}
