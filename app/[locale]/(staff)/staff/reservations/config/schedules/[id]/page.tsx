import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { warsawDate } from '@/lib/calendar/dates';
import { getReservationConfig } from '@/lib/reservations/admin/config';
import { localText } from '@/lib/i18n/local-name';
import { ScheduleForm } from '@/components/staff/reservations/schedule-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reservationsAdmin.schedules'))('editTitle') };
}

export default async function ScheduleEditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireRole(['admin'], `/staff/reservations/config/schedules/${id}`);
  const t = await getTranslations('reservationsAdmin.schedules');
  const locale = await getLocale();
  const config = await getReservationConfig(await getDb());
  const schedule = config.schedules.find((s) => String(s.id) === id);
  if (!schedule) notFound();
  return (
    <>
      <p>
        <Link href={`/staff/reservations/config/schedules?location=${schedule.locationId}`}>{t('backToList')}</Link>
      </p>
      <h1>{t('editTitle')}</h1>
      <ScheduleForm
        schedule={schedule}
        locations={config.locations}
        services={config.services.map((s) => ({ id: s.id, name: localText(s.names, locale) }))}
        defaults={{ today: warsawDate(new Date()) }}
      />
    </>
  );
}
