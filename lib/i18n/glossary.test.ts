import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import glossary from './glossary.json';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import uk from '@/messages/uk.json';

// Legal terms must read the same in every text of a locale (issue 15): a rejected
// rendering of a term in messages/*.json or content/<locale>/ fails this test.

const LOCALES = ['en', 'ru', 'uk'] as const;
type Locale = (typeof LOCALES)[number];
type Allowed = { pattern: string; example: string; note: string };
type Rendering = { preferred: string[]; rejected: string[]; allowed?: Allowed[]; examples?: string[]; note?: string };
type Term = Partial<Record<Locale, Rendering>>;
type Tree = { [k: string]: string | Tree };

const terms = glossary.terms as Record<string, Term>;
const messages: Record<Locale, Tree> = { en, ru, uk };
const root = path.resolve(import.meta.dirname, '../..');

// JavaScript's \b and \w only know ASCII letters, even with the u flag; the glossary's
// patterns are written over Cyrillic stems, so give both their Unicode meaning.
const WORD = '[\\p{L}\\p{M}\\p{N}_]';
const BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
function compileTermPattern(source: string): RegExp {
  const unicode = source.replace(/\\\\|\\b|\\w/g, (m) => (m === '\\b' ? BOUNDARY : m === '\\w' ? WORD : m));
  return new RegExp(unicode, 'giu');
}

type Text = { file: string; where: string; text: string };

function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(full) : e.name.endsWith('.md') ? [full] : [];
  });
}

// Every user-facing string of a locale: each message by key path, each content line by number
// (front matter included, so titles and descriptions are checked too).
function textsOf(locale: Locale): Text[] {
  const fromMessages = flatten(messages[locale]).map(([key, text]) => ({ file: `messages/${locale}.json`, where: key, text }));
  const fromContent = markdownFiles(path.join(root, 'content', locale)).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((text, i) => ({ file: path.relative(root, file), where: `line ${i + 1}`, text })),
  );
  return [...fromMessages, ...fromContent];
}

type Finding = { term: string; file: string; where: string; found: string; preferred: string[] };

function findRejected(texts: Text[], term: string, rendering: Rendering): Finding[] {
  const allowed = (rendering.allowed ?? []).map((a) => compileTermPattern(a.pattern));
  return texts.flatMap(({ file, where, text }) => {
    // A rejected word inside an allowed phrase (e.g. "місце проживання") is a different term.
    const excused = allowed.flatMap((re) => [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length] as const));
    return rendering.rejected.flatMap((pattern) =>
      [...text.matchAll(compileTermPattern(pattern))]
        .filter((m) => !excused.some(([from, to]) => m.index >= from && m.index + m[0].length <= to))
        .map((m) => ({ term, file, where, found: m[0], preferred: rendering.preferred })),
    );
  });
}

describe('legal terms glossary', () => {
  it('gives preferred renderings in en, ru and uk for every term', () => {
    const incomplete = Object.entries(terms).flatMap(([term, byLocale]) =>
      LOCALES.filter((l) => !byLocale[l]?.preferred?.length || !Array.isArray(byLocale[l]?.rejected)).map((l) => `${term} (${l})`),
    );
    expect(incomplete).toEqual([]);
  });

  it('has rejected patterns that compile and each catch one of the entry’s examples, and allowed phrases that excuse a rejected word', () => {
    const problems: string[] = [];
    for (const [term, byLocale] of Object.entries(terms)) {
      for (const locale of LOCALES) {
        const r = byLocale[locale]!;
        for (const pattern of r.rejected) {
          let re: RegExp;
          try {
            re = compileTermPattern(pattern);
          } catch (e) {
            problems.push(`${term} (${locale}): ${pattern} does not compile: ${(e as Error).message}`);
            continue;
          }
          if (!(r.examples ?? []).some((ex) => ex.match(re))) problems.push(`${term} (${locale}): no example matches ${pattern}`);
        }
        // An exception must excuse a phrase the rejected patterns would otherwise flag.
        for (const a of r.allowed ?? []) {
          const flaggedWithout = findRejected([{ file: 'example', where: '', text: a.example }], term, { ...r, allowed: [] });
          const flaggedWith = findRejected([{ file: 'example', where: '', text: a.example }], term, r);
          if (!a.note || !flaggedWithout.length || flaggedWith.length) problems.push(`${term} (${locale}): allowed ${a.pattern} must excuse its example “${a.example}” and say why`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('is Unicode-aware: word boundaries and inflected forms work on Cyrillic', () => {
    const uk = terms.pobyt!.uk!;
    const found = (text: string) => findRejected([{ file: 'example', where: 'line 1', text }], 'pobyt', uk).map((f) => f.found);
    expect(found('Дозвіл на тимчасове проживання та роботу')).toEqual(['проживання']);
    expect(found('з постійним проживанням у Польщі')).toEqual(['проживанням']);
    // An allowed phrase and the verb "to live" are other words, not the term.
    expect(found('адреса реєстрації місця проживання; іноземець проживає у Вроцлаві')).toEqual([]);
    expect(found('Дозвіл на тимчасове перебування')).toEqual([]);
  });

  it.each(LOCALES)('no %s message or content page uses a rejected rendering of a legal term', (locale) => {
    const texts = textsOf(locale);
    const findings = Object.entries(terms).flatMap(([term, byLocale]) => findRejected(texts, term, byLocale[locale]!));
    const report = findings.map((f) => `${f.file} ${f.where}: “${f.found}” renders ${f.term}; use ${f.preferred.map((p) => `“${p}”`).join(' or ')}`);
    expect(report, `${report.length} rejected rendering(s)`).toEqual([]);
  });
});
