import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { cachedAnnouncements } from '@/lib/content/cached';
import { alternatesFor } from '@/lib/i18n/metadata';

// Rendered on first visit and then served whole from the cache; saving content expires it (tag 'content').
export const dynamic = 'force-static';
export const revalidate = 60;

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'home' });
  return { title: t('title'), alternates: alternatesFor(locale, '/') };
}

// The four things people come for, one click each.
const TILES = [
  { key: 'checkCase', href: '/case/sign-in' },
  { key: 'bookVisit', href: '/account/reservations/new' },
  { key: 'fillForm', href: '/forms' },
  { key: 'caseNeeds', href: '/services' },
] as const;

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('home');
  const te = await getTranslations('enquiries');
  const format = await getFormatter();
  const announcements = await cachedAnnouncements(locale);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <ul className="tiles">
        {TILES.map((tile) => (
          <li key={tile.key}>
            <Link href={tile.href} className="tile">
              <strong>{t(`tiles.${tile.key}.title`)}</strong>
              <span>{t(`tiles.${tile.key}.body`)}</span>
            </Link>
          </li>
        ))}
        <li>
          <Link href="/enquiries" className="tile">
            <strong>{te('homeTile.title')}</strong>
            <span>{te('homeTile.body')}</span>
          </Link>
        </li>
      </ul>
      {announcements.length ? (
        <section aria-labelledby="announcements-title">
          <h2 id="announcements-title">{t('announcementsTitle')}</h2>
          {announcements.map((a) => (
            <article key={a.id} className="notice" lang={a.fallback ? 'pl' : undefined}>
              <h3>{a.title}</h3>
              <p style={{ whiteSpace: 'pre-line' }}>{a.body}</p>
              <p>
                <small>{t('announcementValidTo', { date: format.dateTime(new Date(a.validTo), { dateStyle: 'long' }) })}</small>
              </p>
            </article>
          ))}
        </section>
      ) : null}
      <section aria-labelledby="account-title">
        <h2 id="account-title">{t('accountTitle')}</h2>
        <p>{t('accountBody')}</p>
        <div className="actions">
          <Link href="/register" className="button">
            {t('register')}
          </Link>
          <Link href="/operational-panel">{t('aboutPanel')}</Link>
        </div>
      </section>
    </>
  );
}
