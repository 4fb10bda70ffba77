import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { CalendarMonth } from '@/lib/reservations/months';

type Href = { pathname: string; query: Record<string, string> };

export async function MonthNav({ month, hrefFor }: { month: CalendarMonth; hrefFor: (m: string) => Href }) {
  const t = await getTranslations('reservations.calendar');
  const locale = await getLocale();
  const name = (m: string) => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${m}-15T12:00:00Z`));
  return (
    <nav aria-label={t('monthNav')} className="month-nav">
      {month.prev ? <Link href={hrefFor(month.prev)}>{t('previous', { month: name(month.prev) })}</Link> : <span />}
      {month.next ? <Link href={hrefFor(month.next)}>{t('next', { month: name(month.next) })}</Link> : null}
    </nav>
  );
}
