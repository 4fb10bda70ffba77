import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { routing, type Locale } from '@/i18n/routing';
import { config, resetConfigForTests } from '@/lib/config';
import { getPage, seedContentFromFiles } from '@/lib/content/pages';
import { testDatabases } from '@/test/db';

// How each language says the two configurable periods, as written in content/<locale>/privacy.md.
const periods: Record<Locale, (reservationDays: number, outboxDays: number) => string[]> = {
  pl: (r, o) => [`${r} dni po dniu wizyty`, `${o} dni od wysłania powiadomienia`, 'najwyżej dobę po zakończeniu okresu', 'do czasu wygaśnięcia linku', 'Urząd może ustawić inne okresy'],
  en: (r, o) => [`${r} days after the day of the visit`, `${o} days after the notification was sent`, 'at most a day after the period in which attempts are counted ends', 'until the link expires', 'The office may set different periods'],
  ru: (r, o) => [`${r} дней после дня визита`, `${o} дней после отправки уведомления`, 'не дольше суток после окончания периода', 'до истечения срока действия ссылки', 'Управление может установить другие сроки'],
  uk: (r, o) => [`${r} днів після дня візиту`, `${o} днів після надсилання сповіщення`, 'не довше доби після завершення періоду', 'до завершення строку дії посилання', 'Управління може встановити інші строки'],
};

describe.each(testDatabases)('privacy notice seeded on $name', ({ open }) => {
  let h: DbHandle;
  const saved = { r: process.env.RETENTION_RESERVATION_DAYS, o: process.env.RETENTION_OUTBOX_DAYS };
  beforeAll(async () => {
    h = await open();
    await seedContentFromFiles(h.db);
  });
  afterAll(async () => {
    await h?.close();
    if (saved.r !== undefined) process.env.RETENTION_RESERVATION_DAYS = saved.r;
    if (saved.o !== undefined) process.env.RETENTION_OUTBOX_DAYS = saved.o;
    resetConfigForTests();
  });

  it.each(routing.locales)('states the default retention periods in %s, in the section on how long data is kept', async (locale) => {
    delete process.env.RETENTION_RESERVATION_DAYS;
    delete process.env.RETENTION_OUTBOX_DAYS;
    resetConfigForTests();
    const { RETENTION_RESERVATION_DAYS, RETENTION_OUTBOX_DAYS } = config();
    const page = await getPage(h.db, locale, 'privacy');
    // The section runs from its heading to the next one.
    const sections = page!.body.split(/^## /m);
    const retention = sections.find((s) => /^(Okres przechowywania|How long we keep|Срок хранения|Строк зберігання)/.test(s));
    expect(retention, `${locale}: retention section`).toBeDefined();
    for (const phrase of periods[locale](RETENTION_RESERVATION_DAYS, RETENTION_OUTBOX_DAYS)) expect(retention).toContain(phrase);
  });
});
