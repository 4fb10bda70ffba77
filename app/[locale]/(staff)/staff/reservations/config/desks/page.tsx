import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { getReservationConfig } from '@/lib/reservations/admin/config';
import { localText } from '@/lib/i18n/local-name';
import { DeskForm } from '@/components/staff/reservations/desk-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reservationsAdmin.desks'))('title') };
}

export default async function DesksConfigPage() {
  await requireRole(['admin'], '/staff/reservations/config/desks');
  const t = await getTranslations('reservationsAdmin.desks');
  const locale = await getLocale();
  const config = await getReservationConfig(await getDb());
  return (
    <>
      <p>
        <Link href="/staff/reservations/config">{t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {config.locations.map((l) => {
        // A desk can serve only what its location offers.
        const services = config.services.filter((s) => s.locationIds.includes(l.id)).map((s) => ({ id: s.id, name: localText(s.names, locale) }));
        const desks = config.desks.filter((d) => d.locationId === l.id);
        return (
          <section key={l.id} aria-labelledby={`desks-${l.id}`}>
            <h2 id={`desks-${l.id}`}>{l.name}</h2>
            {desks.length === 0 ? <p>{t('none')}</p> : null}
            {desks.map((d) => (
              <details key={d.id}>
                <summary>
                  {t('desk', { label: d.label })}: {d.serviceIds.map((id) => services.find((s) => s.id === id)?.name).filter(Boolean).join(', ') || t('noServices')}
                  {d.active ? '' : ` (${t('inactive')})`}
                </summary>
                <DeskForm locationId={l.id} desk={d} services={services} />
              </details>
            ))}
            <h3>{t('addAt', { location: l.name })}</h3>
            <DeskForm locationId={l.id} services={services} />
          </section>
        );
      })}
    </>
  );
}
