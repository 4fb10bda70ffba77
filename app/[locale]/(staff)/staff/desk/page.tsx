import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/auth/session';
import { STAFF_ROLES } from '@/lib/auth/actor';
import { listDesks } from '@/lib/queue/desk';
import { localText } from '@/lib/i18n/local-name';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('queue.desk'))('title') };
}

/** Which desk this clerk works at today; each location also links its board (kiosks are paired devices: staff/kiosks). */
export default async function DeskChooserPage() {
  await requireRole(STAFF_ROLES, '/staff/desk');
  const [t, locale, locations] = await Promise.all([getTranslations('queue.desk'), getLocale(), getDb().then(listDesks)]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('chooseIntro')}</p>
      {locations.map((l) => (
        <section key={l.id} aria-labelledby={`desks-${l.slug}`}>
          <h2 id={`desks-${l.slug}`}>{l.name}</h2>
          <ul>
            {l.desks.map((d) => (
              <li key={d.id}>
                <Link href={`/staff/desk/${l.slug}/${encodeURIComponent(d.label)}`}>{t('deskLink', { desk: d.label })}</Link>{' '}
                <span className="hint">
                  {t('serves', { services: d.services.map((s) => `${s.letter} ${localText(s.names, locale)}`).join(', ') })}
                </span>
              </li>
            ))}
          </ul>
          <p className="actions">
            <Link href={`/board/${l.slug}`}>{t('boardLink', { location: l.name })}</Link>
          </p>
        </section>
      ))}
    </>
  );
}
