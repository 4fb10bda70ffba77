import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/auth/session';
import { listKioskDevices, PAIRING_TTL_SECONDS } from '@/lib/queue/kiosk-devices';
import { KioskDeviceRegisterForm } from '@/components/queue/kiosk-device-register-form';
import { KioskDeviceRevokeButton } from '@/components/queue/kiosk-device-revoke-button';
import { TableWrap } from '@/components/ui/table-wrap';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('kioskDevices.admin'))('title') };
}

/** The admin registers, watches and revokes the kiosk devices of every location. */
export default async function KioskDevicesPage() {
  await requireRole(['admin'], '/staff/kiosks');
  const t = await getTranslations('kioskDevices.admin');
  const format = await getFormatter();
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'short', timeStyle: 'short' }) : t('never'));
  const byLocation = await listKioskDevices(await getDb());
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {byLocation.map(({ location, devices }) => (
        <section key={location.id} aria-labelledby={`kiosks-${location.id}`}>
          <h2 id={`kiosks-${location.id}`}>{location.name}</h2>
          {devices.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <TableWrap label={t('devicesAt', { location: location.name })}>
              <table>
                <caption>{t('devicesAt', { location: location.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('name')}</th>
                    <th scope="col">{t('status')}</th>
                    <th scope="col">{t('lastSeen')}</th>
                    <th scope="col">{t('registered')}</th>
                    <td />
                  </tr>
                </thead>
                <tbody>
                  {devices.map((d) => (
                    <tr key={d.id}>
                      <th scope="row">{d.name}</th>
                      <td>{t(`statuses.${d.status}`)}</td>
                      <td>{when(d.lastSeenAt)}</td>
                      <td>{when(d.createdAt)}</td>
                      <td>{d.status === 'revoked' ? null : <KioskDeviceRevokeButton id={d.id} name={d.name} />}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
          <h3>{t('registerAt', { location: location.name })}</h3>
          <KioskDeviceRegisterForm locationId={location.id} pairingMinutes={PAIRING_TTL_SECONDS / 60} />
        </section>
      ))}
    </>
  );
}
