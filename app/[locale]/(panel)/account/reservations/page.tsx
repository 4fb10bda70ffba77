import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import type { Locale } from '@/i18n/routing';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { PANEL_ROLES } from '@/lib/auth/actor';
import { reservationsOf } from '@/lib/reservations/details';
import { localText } from '@/lib/i18n/local-name';
import { visitWhen } from '@/lib/reservations/notice';
import { TableWrap } from '@/components/ui/table-wrap';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reservations'))('list.title') };
}

/** An applicant's visits; for an employer, the schedule of every visit they booked for their employees. */
export default async function ReservationsPage() {
  const actor = await requireRole(PANEL_ROLES, '/account/reservations');
  const t = await getTranslations('reservations');
  const locale = (await getLocale()) as Locale;
  const all = await reservationsOf(await getDb(), actor.id);
  const now = Date.now();
  // Coming visits on their own; past and cancelled ones below, so the next visit is never lost among them.
  const coming = (r: (typeof all)[number]) => r.status === 'active' && r.startsAt.getTime() >= now - 3_600_000;
  const upcoming = all.filter(coming).reverse();
  const past = all.filter((r) => !coming(r));
  const employer = actor.role === 'employer';
  const table = (rows: typeof all, caption: string) => (
    <TableWrap label={caption}>
      {/* On a phone each row becomes a card (CSS), with the link to the visit first. */}
      <table className="cards-on-phone">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('details.code')}</th>
            <th scope="col">{t('details.when')}</th>
            <th scope="col">{t('details.visitor')}</th>
            <th scope="col">{t('details.service')}</th>
            <th scope="col">{t('details.place')}</th>
            <th scope="col">{t('details.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td data-label={t('details.code')}>
                <Link href={`/account/reservations/${r.id}`}>
                  {r.code}
                  <span className="visually-hidden"> – {t('list.open')}</span>
                </Link>
              </td>
              <td data-label={t('details.when')}>{visitWhen(r.startsAt, locale)}</td>
              <td data-label={t('details.visitor')}>{`${r.givenName} ${r.familyName}`}</td>
              <td data-label={t('details.service')}>{localText(r.serviceNames, locale)}</td>
              <td data-label={t('details.place')}>{`${r.locationName}, ${r.city}`}</td>
              <td data-label={t('details.status')}>{t(`status.${r.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
  return (
    <>
      <h1>{employer ? t('list.employerTitle') : t('list.title')}</h1>
      {employer ? <p>{t('list.employerIntro')}</p> : null}
      <p>
        <Link className="button" href="/account/reservations/new">
          {t('list.book')}
        </Link>
      </p>
      {upcoming.length ? table(upcoming, t('list.upcoming')) : <p>{t('list.noneUpcoming')}</p>}
      {past.length ? table(past, t('list.past')) : null}
    </>
  );
}
