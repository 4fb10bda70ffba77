import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import type { Locale } from '@/i18n/routing';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { PANEL_ROLES } from '@/lib/auth/actor';
import { ownReservation } from '@/lib/reservations/details';
import { freeDays } from '@/lib/reservations/availability';
import { bookableSlot } from '@/lib/reservations/catalog';
import { calendarMonth } from '@/lib/reservations/months';
import { visitWhen } from '@/lib/reservations/notice';
import { MonthCalendar } from '@/components/reservations/month-calendar';
import { MonthNav } from '@/components/reservations/month-nav';
import { FreeTimes } from '@/components/reservations/free-times';
import { MoveToSlot } from '@/components/reservations/move-to-slot';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reservations'))('move.title') };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ month?: string; day?: string; slot?: string }> };

/** Another day or time for the same visit: same place, service, visitor and code. */
export default async function MoveReservationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireRole(PANEL_ROLES, `/account/reservations/${id}/move`);
  const q = await searchParams;
  const t = await getTranslations('reservations');
  const locale = (await getLocale()) as Locale;
  const db = await getDb();
  const r = /^[0-9a-f-]{36}$/.test(id) ? await ownReservation(db, actor.id, id) : null;
  if (!r || r.status !== 'active') notFound();
  const path = `/account/reservations/${id}/move`;
  const href = (query: Record<string, string | undefined>) => ({ pathname: path, query: Object.fromEntries(Object.entries(query).filter(([, v]) => v)) as Record<string, string> });

  const slot = q.slot && /^\d+$/.test(q.slot) ? await bookableSlot(db, Number(q.slot), r.locationId, r.serviceId) : null;
  const month = await calendarMonth(db, r.locationId, r.serviceId, q.month);
  const free = await freeDays(db, r.locationId, r.serviceId, month.current);
  const day = q.day && free.has(q.day) ? q.day : null;
  return (
    <>
      <h1>{t('move.title')}</h1>
      <p>{t('move.current', { code: r.code, when: visitWhen(r.startsAt, locale) })}</p>
      <p>{t('move.onlyTime')}</p>
      {slot ? (
        <MoveToSlot reservationId={r.id} slotId={slot.id} when={visitWhen(slot.startsAt, locale)} />
      ) : day ? (
        <>
          <FreeTimes locationId={r.locationId} serviceId={r.serviceId} day={day} slotHref={(sid) => href({ month: month.current, day, slot: String(sid) })} />
          <p>
            <Link href={href({ month: month.current })}>{t('book.otherDay')}</Link>
          </p>
        </>
      ) : (
        <>
          <MonthNav month={month} hrefFor={(m) => href({ month: m })} />
          <MonthCalendar month={month.current} free={free} dayHref={(d) => href({ month: month.current, day: d })} />
        </>
      )}
      <p>
        <Link href={`/account/reservations/${r.id}`}>{t('move.keep')}</Link>
      </p>
    </>
  );
}
