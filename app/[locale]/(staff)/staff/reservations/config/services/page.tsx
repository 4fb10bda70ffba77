import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { getReservationConfig, serviceCards } from '@/lib/reservations/admin/config';
import { localText } from '@/lib/i18n/local-name';
import { ServiceForm } from '@/components/staff/reservations/service-form';
import { TableWrap } from '@/components/ui/table-wrap';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reservationsAdmin.services'))('title') };
}

export default async function ServicesConfigPage() {
  await requireRole(['admin'], '/staff/reservations/config/services');
  const t = await getTranslations('reservationsAdmin.services');
  const locale = await getLocale();
  const db = await getDb();
  const [config, cards] = await Promise.all([getReservationConfig(db), serviceCards(db)]);
  const locName = new Map(config.locations.map((l) => [l.id, l.name]));
  return (
    <>
      <p>
        <Link href="/staff/reservations/config">{t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <TableWrap label={t('title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('letter')}</th>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('duration')}</th>
              <th scope="col">{t('walkIns')}</th>
              <th scope="col">{t('locations')}</th>
              <th scope="col">{t('state')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {config.services.map((s) => (
              <tr key={s.id}>
                <td>{s.ticketLetter}</td>
                <td>{localText(s.names, locale)}</td>
                <td>{t('minutes', { count: s.durationMinutes })}</td>
                <td>{s.walkIns ? t('yes') : t('no')}</td>
                <td>{s.locationIds.map((id) => locName.get(id)).join(', ')}</td>
                <td>{s.active ? t('activeState') : t('inactiveState')}</td>
                <td>
                  <Link href={`/staff/reservations/config/services/${s.id}`}>{t('edit', { name: localText(s.names, locale) })}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <h2>{t('create')}</h2>
      <ServiceForm locations={config.locations} cards={cards} />
    </>
  );
}
