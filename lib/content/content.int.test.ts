import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { testDatabases } from '@/test/db';
import type { Actor } from '@/lib/auth/actor';
import { getPage, getPageWithFallback, listVersions, restoreVersion, savePage, seedContentFromFiles } from './pages';
import { searchContent } from './search';
import { createAnnouncement, currentAnnouncements } from './announcements';

describe.each(testDatabases)('information panel content on $name', ({ open }) => {
  let h: DbHandle;
  let admin: Actor;
  beforeAll(async () => {
    h = await open();
    await seedContentFromFiles(h.db);
    const [u] = await h.db.insert(users).values({ email: 'editor@duw.test', role: 'admin' }).returning();
    admin = { id: u!.id, role: 'admin', email: u!.email };
  });
  afterAll(async () => h?.close());

  it('seeds every page once, and a second seed changes nothing', async () => {
    expect(await getPage(h.db, 'uk', 'services/permanent-residence')).toMatchObject({ locale: 'uk', version: 1 });
    expect(await seedContentFromFiles(h.db)).toBe(0);
  });

  it('finds the service card by a word from its title first, in Polish, Ukrainian and Russian', async () => {
    expect((await searchContent(h.db, 'pl', 'pobytu stałego'))[0]?.slug).toBe('services/permanent-residence');
    expect((await searchContent(h.db, 'uk', 'постійне проживання'))[0]?.slug).toBe('services/permanent-residence');
    expect((await searchContent(h.db, 'ru', 'постоянного пребывания'))[0]?.slug).toBe('services/permanent-residence');
    expect((await searchContent(h.db, 'en', 'work permit'))[0]?.slug).toMatch(/work-permit|forms\/8/);
  });

  it('understands the applicant’s own words: exchanging a residence card, in each language', async () => {
    expect((await searchContent(h.db, 'en', 'exchange residence card'))[0]?.slug).toBe('services/residence-card');
    expect((await searchContent(h.db, 'pl', 'wymiana karty'))[0]?.slug).toBe('services/residence-card');
    expect((await searchContent(h.db, 'uk', 'обмін карти'))[0]?.slug).toBe('services/residence-card');
    expect((await searchContent(h.db, 'ru', 'обмен карты'))[0]?.slug).toBe('services/residence-card');
  });

  it('highlights the matched words in the snippet and finds nothing for nonsense', async () => {
    const [hit] = await searchContent(h.db, 'uk', 'проживання');
    // "проживання" also finds the pages' own word for pobyt, "перебування" (lib/content/synonyms.ts).
    expect(hit?.snippet).toMatch(/\u0001(прожива|перебува)/i);
    expect(await searchContent(h.db, 'pl', 'qqqxyzzy')).toEqual([]);
  });

  it('keeps every saved version with its author, refuses a stale save, and restores an old text', async () => {
    const page = (await getPage(h.db, 'pl', 'organisation'))!;
    const saved = await savePage(h.db, admin, { slug: 'organisation', locale: 'pl', title: page.title, description: page.description, body: 'Nowa treść strony o organizacji.', baseVersion: 1 });
    expect(saved).toEqual({ ok: true, version: 2 });
    // Someone else still editing version 1 must not overwrite version 2.
    const stale = await savePage(h.db, admin, { slug: 'organisation', locale: 'pl', title: 'x', description: 'y', body: 'z', baseVersion: 1 });
    expect(stale).toEqual({ ok: false, formError: 'content_conflict' });
    expect((await getPage(h.db, 'pl', 'organisation'))?.body).toBe('Nowa treść strony o organizacji.');
    expect((await searchContent(h.db, 'pl', 'organizacji nowa'))[0]?.slug).toBe('organisation');

    const versions = await listVersions(h.db, page.id);
    expect(versions.map((v) => [v.version, v.author])).toEqual([
      [2, 'editor@duw.test'],
      [1, null],
    ]);
    expect(await restoreVersion(h.db, admin, 'organisation', 'pl', 1)).toEqual({ ok: true, version: 3 });
    expect((await getPage(h.db, 'pl', 'organisation'))?.body).toBe(page.body);
    const audit = await h.db.select().from(auditLog).where(eq(auditLog.action, 'content.save'));
    expect(audit.map((a) => a.entityId)).toEqual(['pl/organisation', 'pl/organisation']);
  });

  it('falls back to Polish for a page missing in a locale, and creates the translation on first save', async () => {
    await savePage(h.db, admin, { slug: 'only-polish', locale: 'pl', title: 'T', description: 'D', body: 'B', baseVersion: 0 }).then((r) =>
      expect(r).toEqual({ ok: false, formError: 'content_unknown_page' }),
    );
    const polishOnly = (await getPage(h.db, 'pl', 'forms/1')) ?? (await getPage(h.db, 'pl', 'terms'))!;
    const slug = polishOnly.slug;
    await h.db.delete((await import('@/db/schema')).contentPages).where(eq((await import('@/db/schema')).contentPages.id, (await getPage(h.db, 'en', slug))?.id ?? -1));
    expect(await getPageWithFallback(h.db, 'en', slug)).toMatchObject({ fallback: true, page: { locale: 'pl' } });
    expect(await savePage(h.db, admin, { slug, locale: 'en', title: 'English title', description: 'D', body: 'English body', baseVersion: 0 })).toEqual({ ok: true, version: 1 });
    expect(await getPageWithFallback(h.db, 'en', slug)).toMatchObject({ fallback: false, page: { title: 'English title' } });
  });

  it('shows announcements only within their validity, in the reader’s language or in Polish', async () => {
    const now = Date.now();
    await createAnnouncement(h.db, admin, {
      texts: { pl: { title: 'Zamknięte 24 grudnia', body: 'Urząd nieczynny.' }, uk: { title: 'Зачинено 24 грудня', body: 'Управління не працює.' } },
      validFrom: new Date(now - 3600_000),
      validTo: new Date(now + 3600_000),
    });
    await createAnnouncement(h.db, admin, { texts: { pl: { title: 'Przyszły', body: 'x' } }, validFrom: new Date(now + 7200_000), validTo: new Date(now + 9000_000) });
    expect(await createAnnouncement(h.db, admin, { texts: { pl: { title: 'Zły', body: 'x' } }, validFrom: new Date(now), validTo: new Date(now - 1) })).toEqual({
      ok: false,
      fieldErrors: { validTo: 'date_range_order' },
    });
    expect((await currentAnnouncements(h.db, 'uk')).map((a) => [a.title, a.fallback])).toEqual([['Зачинено 24 грудня', false]]);
    expect((await currentAnnouncements(h.db, 'en')).map((a) => [a.title, a.fallback])).toEqual([['Zamknięte 24 grudnia', true]]);
    expect(await currentAnnouncements(h.db, 'pl', new Date(now + 8000_000))).toHaveLength(1);
  });
});
