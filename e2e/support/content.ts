import fs from 'node:fs';
import path from 'node:path';
import { parseContentFile } from '../../lib/content/front-matter';

/** The seeded title of a content page, to find it on screen as a reader would. */
export function contentTitle(locale: string, slug: string): string {
  return parseContentFile(fs.readFileSync(path.resolve('content', locale, `${slug}.md`), 'utf8'), slug).title;
}
