import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { STAFF_ROLES } from '@/lib/auth/actor';
import { warsawDate } from '@/lib/calendar/dates';
import { freeTimes } from '@/lib/reservations/availability';
import { bookableLocations, servicesAt } from '@/lib/reservations/catalog';
import { localText } from '@/lib/i18n/local-name';
import { StaffBookingForm } from '@/components/staff/reservations/staff-booking-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staffReservations.book'))('title') };
}

const isDate = (v: string | undefined): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));

/**
 * Location → service → date are plain GET steps (each choice keeps the ones
 * before it); the last step is the form with the free times, the visitor and the reason.
 */
export default async function StaffBookPage({ searchParams }: { searchParams: Promise<{ location?: string; service?: string; date?: string }> }) {
  await requireRole(STAFF_ROLES, '/staff/reservations/book');
  const sp = await searchParams;
  const t = await getTranslations('staffReservations.book');
  const format = await getFormatter();
  const locale = await getLocale();
  const db = await getDb();
  const locations = await bookableLocations(db);
  const location = locations.find((l) => String(l.id) === sp.location);
  const services = location ? await servicesAt(db, location.id) : [];
  const service = services.find((s) => String(s.id) === sp.service);
  const date = isDate(sp.date) ? sp.date : warsawDate(new Date());
  const times = location && service && isDate(sp.date) ? await freeTimes(db, location.id, service.id, date) : null;
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <form method="get" className="form" aria-label={t('stepsLabel')}>
        <div className="field">
          <label htmlFor="book-location">{t('location')}</label>
          <select id="book-location" name="location" className="input" defaultValue={location ? String(location.id) : ''}>
            <option value="">{t('choose')}</option>
            {locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        {location ? (
          <div className="field">
            <label htmlFor="book-service">{t('service')}</label>
            <select id="book-service" name="service" className="input" defaultValue={service ? String(service.id) : ''}>
              <option value="">{t('choose')}</option>
              {services.map((s) => (
                <option key={s.id} value={s.id}>
                  {localText(s.names, locale)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {location && service ? (
          <div className="field">
            <label htmlFor="book-date">{t('date')}</label>
            <input id="book-date" name="date" type="date" className="input" defaultValue={date} />
          </div>
        ) : null}
        <button type="submit" className="button button-secondary">
          {location && service ? t('showTimes') : t('next')}
        </button>
      </form>
      {times && location && service ? (
        <section aria-labelledby="book-times">
          <h2 id="book-times">{t('timesHeading', { service: localText(service.names, locale), location: location.name, date: format.dateTime(new Date(`${date}T12:00:00Z`), { dateStyle: 'full' }) })}</h2>
          {times.length ? (
            <StaffBookingForm
              times={times.map((s) => ({ id: s.id, startsAt: s.startsAt.toISOString(), free: s.free }))}
              dayHref={`/staff/reservations?location=${location.id}&date=${date}`}
            />
          ) : (
            <p>{t('noTimes')}</p>
          )}
        </section>
      ) : null}
      <p>
        <Link href="/staff/reservations">{t('back')}</Link>
      </p>
    </>
  );
}
