import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import type { Locale } from '@/i18n/routing';
import { Link } from '@/i18n/navigation';
import { CHANGE_CUTOFF_HOURS } from '@/lib/reservations/booking';
import { requireRole } from '@/lib/auth/session';
import { PANEL_ROLES } from '@/lib/auth/actor';
import { freeDays } from '@/lib/reservations/availability';
import { bookableLocations, bookableSlot, servicesAt } from '@/lib/reservations/catalog';
import { localText } from '@/lib/i18n/local-name';
import { calendarMonth } from '@/lib/reservations/months';
import { MonthCalendar } from '@/components/reservations/month-calendar';
import { MonthNav } from '@/components/reservations/month-nav';
import { FreeTimes } from '@/components/reservations/free-times';
import { ChoiceSummary } from '@/components/reservations/choice-summary';
import { VisitorForm } from '@/components/reservations/visitor-form';
import { visitWhen } from '@/lib/reservations/notice';
import { visitorPrefill } from '@/lib/reservations/prefill';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reservations'))('book.title') };
}

type Search = { location?: string; service?: string; month?: string; day?: string; slot?: string };
const PATH = '/account/reservations/new';

/**
 * Booking, one choice per step, each step a plain link or form: it works by
 * keyboard and without scripts up to the visitor's data. The choices so far
 * live in the address, so "back" and "change" just work.
 */
export default async function BookVisitPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireRole(PANEL_ROLES, PATH);
  const q = await searchParams;
  const t = await getTranslations('reservations');
  const locale = (await getLocale()) as Locale;
  const db = await getDb();

  const locations = await bookableLocations(db);
  const location = locations.find((l) => l.slug === q.location);
  const services = location ? await servicesAt(db, location.id) : [];
  const service = services.find((s) => s.slug === q.service);
  const href = (query: Search) => ({ pathname: PATH, query: Object.fromEntries(Object.entries(query).filter(([, v]) => v)) as Record<string, string> });

  const summary = [
    location && { label: t('book.location'), value: `${location.name}, ${location.street}, ${location.city}`, change: href({}) },
    service && { label: t('book.service'), value: localText(service.names, locale), change: href({ location: location!.slug }) },
  ].filter(Boolean) as { label: string; value: string; change: ReturnType<typeof href> }[];

  if (!location) {
    return (
      <Step step={t('book.step', { n: 1, of: 5 })} heading={t('book.chooseLocation')}>
        <ul className="choice-list">
          {locations.map((l) => (
            <li key={l.id}>
              {/* Place names are Polish in every language: marked so, a screen reader says them as a Pole would. */}
              <Link href={href({ location: l.slug })} lang={locale === 'pl' ? undefined : 'pl'}>
                {l.name}
              </Link>
              <span lang={locale === 'pl' ? undefined : 'pl'}>{`${l.street}, ${l.postalCode} ${l.city}`}</span>
            </li>
          ))}
        </ul>
      </Step>
    );
  }
  if (!service) {
    return (
      <Step step={t('book.step', { n: 2, of: 5 })} heading={t('book.chooseService')} summary={summary}>
        <ul className="choice-list">
          {services.map((s) => (
            <li key={s.id}>
              <Link href={href({ location: location.slug, service: s.slug })}>{localText(s.names, locale)}</Link>
              <span>{t('book.duration', { minutes: s.durationMinutes })}</span>
            </li>
          ))}
        </ul>
      </Step>
    );
  }

  const base = { location: location.slug, service: service.slug };
  const slot = q.slot && /^\d+$/.test(q.slot) ? await bookableSlot(db, Number(q.slot), location.id, service.id) : null;
  if (slot) {
    const withDay = [...summary, { label: t('book.when'), value: visitWhen(slot.startsAt, locale), change: href({ ...base, month: q.month, day: q.day }) }];
    return (
      <Step step={t('book.step', { n: 5, of: 5 })} heading={t('book.visitorData')} summary={withDay}>
        <p>{t('book.personalNote')}</p>
        <VisitorForm slotId={slot.id} prefill={await visitorPrefill(db, actor.id)} />
      </Step>
    );
  }

  const month = await calendarMonth(db, location.id, service.id, q.month);
  const free = await freeDays(db, location.id, service.id, month.current);
  const day = q.day && free.has(q.day) ? q.day : null;
  return (
    <Step step={t('book.step', { n: day ? 4 : 3, of: 5 })} heading={day ? t('book.chooseTime') : t('book.chooseDay')} summary={summary}>
      {q.slot ? (
        <p className="notice notice-error" role="alert">
          {t('book.slotGone')}
        </p>
      ) : null}
      {!day ? (
        <>
          <p>{t('book.calendarHelp')}</p>
          <MonthNav month={month} hrefFor={(m) => href({ ...base, month: m })} />
          <MonthCalendar month={month.current} free={free} dayHref={(d) => href({ ...base, month: month.current, day: d })} />
          {free.size === 0 ? <p>{month.firstFree ? t('book.noneThisMonth') : t('book.noneAtAll')}</p> : null}
        </>
      ) : (
        <>
          <div className="notice">
            <p>{t('visitor.ruleEarly')}</p>
            <p>{t('details.changeRule', { hours: CHANGE_CUTOFF_HOURS })}</p>
          </div>
          <FreeTimes locationId={location.id} serviceId={service.id} day={day} slotHref={(id) => href({ ...base, month: month.current, day, slot: String(id) })} />
          <p>
            <Link href={href({ ...base, month: month.current })}>{t('book.otherDay')}</Link>
          </p>
        </>
      )}
    </Step>
  );
}

function Step({ step, heading, summary, children }: { step: string; heading: string; summary?: { label: string; value: string; change: { pathname: string; query: Record<string, string> } }[]; children: React.ReactNode }) {
  return (
    <>
      <h1>
        <span className="caption">{step}</span> {heading}
      </h1>
      {summary?.length ? <ChoiceSummary items={summary} /> : null}
      {children}
    </>
  );
}
