import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { getReservationConfig, serviceCards } from '@/lib/reservations/admin/config';
import { localText } from '@/lib/i18n/local-name';
import { ServiceForm } from '@/components/staff/reservations/service-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reservationsAdmin.services'))('editTitle') };
}

export default async function ServiceEditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireRole(['admin'], `/staff/reservations/config/services/${id}`);
  const t = await getTranslations('reservationsAdmin.services');
  const locale = await getLocale();
  const db = await getDb();
  const [config, cards] = await Promise.all([getReservationConfig(db), serviceCards(db)]);
  const service = config.services.find((s) => String(s.id) === id);
  if (!service) notFound();
  return (
    <>
      <p>
        <Link href="/staff/reservations/config/services">{t('backToList')}</Link>
      </p>
      <h1>{t('editHeading', { name: localText(service.names, locale) })}</h1>
      <ServiceForm service={service} locations={config.locations} cards={cards} />
    </>
  );
}
