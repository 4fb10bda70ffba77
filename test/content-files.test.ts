import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { parseContentFile } from '@/lib/content/front-matter';
import { FORMS, INFO_PAGES } from '@/lib/forms/catalogue';

const root = path.resolve('content');

function slugs(locale: string): string[] {
  const walk = (dir: string, prefix = ''): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name), `${prefix}${e.name}/`) : e.name.endsWith('.md') ? [`${prefix}${e.name.slice(0, -3)}`] : []));
  return walk(path.join(root, locale)).sort();
}

describe('seeded content files', () => {
  const polish = slugs('pl');

  it('has every page the site links to', () => {
    const expected = [...FORMS.map((f) => `services/${f.service}`), ...FORMS.map((f) => `forms/${f.number}`), ...INFO_PAGES];
    expect(expected.filter((s) => !polish.includes(s))).toEqual([]);
  });

  it.each(routing.locales)('has every page in %s, each with a title, a description and a body', (locale) => {
    expect(slugs(locale)).toEqual(polish);
    for (const slug of polish) {
      const file = parseContentFile(fs.readFileSync(path.join(root, locale, `${slug}.md`), 'utf8'), `${locale}/${slug}`);
      expect(file.body.length, `${locale}/${slug}`).toBeGreaterThan(100);
      expect(file.description.length, `${locale}/${slug}`).toBeLessThanOrEqual(200);
    }
  });

  it.each(routing.locales)('service cards in %s have the same ten headings as the Polish ones', (locale) => {
    for (const f of FORMS) {
      const headings = (l: string) => (fs.readFileSync(path.join(root, l, `services/${f.service}.md`), 'utf8').match(/^## /gm) ?? []).length;
      expect([f.service, headings(locale)]).toEqual([f.service, 10]);
    }
  });
});
