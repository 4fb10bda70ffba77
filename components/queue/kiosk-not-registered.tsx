import { getTranslations } from 'next-intl/server';

/** What a browser that is not this location's paired kiosk sees instead of the kiosk. */
export async function KioskNotRegistered() {
  const t = await getTranslations('kioskDevices.notRegistered');
  return (
    <section aria-labelledby="kiosk-not-registered">
      <h1 id="kiosk-not-registered">{t('title')}</h1>
      <p>{t('body')}</p>
    </section>
  );
}
