import 'server-only';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { searchConfigSql } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { synonymStems } from './synonyms';

export const HIGHLIGHT_START = '\u0001';
export const HIGHLIGHT_END = '\u0002';

export type SearchHit = { slug: string; title: string; snippet: string; rank: number };

const STEMMED: readonly Locale[] = ['en', 'ru'];

/**
 * Turns what a person typed into a tsquery. Only letters and digits survive,
 * so the query text cannot inject tsquery syntax. Polish and Ukrainian have no
 * stemmer in PostgreSQL: their words are matched by prefix with the usual
 * inflectional ending cut off ("pobytu" finds "pobyt", "проживання" finds "проживанням").
 */
export function toTsQuery(text: string, locale: Locale): string | null {
  const words = (text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
  if (!words.length) return null;
  const stemmed = STEMMED.includes(locale);
  const prefix = (w: string) => (stemmed || w.length < 5 ? `${w}:*` : `${w.slice(0, Math.max(4, w.length - (w.length >= 7 ? 3 : 1)))}:*`);
  return words
    .map((w) => {
      // A word people use for what the pages call otherwise matches any word of its group.
      const group = synonymStems(w, locale);
      return group ? `(${[prefix(w), ...group.map((g) => `${g}:*`)].filter((t, i, all) => all.indexOf(t) === i).join(' | ')})` : prefix(w);
    })
    .join(' & ');
}

export async function searchContent(db: DbOrTx, locale: Locale, text: string, limit = 20): Promise<SearchHit[]> {
  const tsquery = toTsQuery(text, locale);
  if (!tsquery) return [];
  const config = searchConfigSql(sql`${locale}`);
  const options = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
  const result = await db.execute<{ slug: string; title: string; snippet: string; rank: number }>(sql`
    select slug, title,
           ts_headline(${config}, plain_text, q, ${options}) as snippet,
           ts_rank(search, q, 1) as rank
    from content_pages, to_tsquery(${config}, ${tsquery}) as q
    where locale = ${locale} and search @@ q
    -- Pages whose title holds every word come first, service cards before the rest,
    -- shorter (more specific) titles before longer ones, then by density in the text.
    order by to_tsvector(${config}, title) @@ q desc, slug like 'services/%' desc,
             ts_rank(to_tsvector(${config}, title), q, 2) desc, rank desc, slug
    limit ${limit}`);
  return result.rows.map((r) => ({ ...r, rank: Number(r.rank) }));
}

/** Splits a highlighted snippet into text and marked parts, for rendering without HTML. */
export function highlightParts(snippet: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  for (const chunk of snippet.split(HIGHLIGHT_START)) {
    const [marked, rest] = chunk.includes(HIGHLIGHT_END) ? chunk.split(HIGHLIGHT_END, 2) : [null, chunk];
    if (marked) parts.push({ text: marked, marked: true });
    if (rest) parts.push({ text: rest, marked: false });
  }
  return parts;
}
