'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { pairKioskDeviceAction } from '@/lib/queue/actions';
import { Notice } from '@/components/ui/notice';

type PairError = 'pairing_invalid' | 'pairing_expired' | 'unexpected';

const subscribeHash = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const readHash = () => window.location.hash.slice(1) || null;

/**
 * Pairing needs a press of the button, not just opening the link, so a link
 * preview or prefetch never spends the one-time token.
 */
export function KioskPairing() {
  const t = useTranslations('kioskDevices.pair');
  const te = useTranslations('errors');
  const router = useRouter();
  // The fragment never reaches the server; undefined until the browser has read it. Once paired, the page is left, and a spent token is worthless.
  const token = useSyncExternalStore(subscribeHash, readHash, () => undefined);
  const [error, setError] = useState<PairError | null>(null);
  const [busy, setBusy] = useState(false);
  const alert = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) alert.current?.focus();
  }, [error]);

  if (token === undefined) return <h1>{t('title')}</h1>;

  const pair = async () => {
    if (!token || busy) return;
    setBusy(true);
    setError(null);
    try {
      const r = await pairKioskDeviceAction({ token });
      if (r.ok) {
        router.replace(`/kiosk/${r.location}`);
        return;
      }
      setError(r.formError === 'pairing_invalid' || r.formError === 'pairing_expired' ? r.formError : r.fieldErrors ? 'pairing_invalid' : 'unexpected');
    } catch {
      setError('unexpected');
    }
    setBusy(false);
  };

  return (
    <section aria-labelledby="kiosk-pair">
      <h1 id="kiosk-pair">{t('title')}</h1>
      {error ? (
        <div ref={alert} tabIndex={-1}>
          <Notice kind="error" role="alert">
            {error === 'unexpected' ? te('unexpected') : t(`errors.${error}`)}
          </Notice>
        </div>
      ) : null}
      {token ? (
        <>
          <p>{t('intro')}</p>
          <button type="button" className="button" disabled={busy || error === 'pairing_invalid' || error === 'pairing_expired'} aria-busy={busy || undefined} onClick={() => void pair()}>
            {t('submit')}
          </button>
        </>
      ) : (
        <Notice kind="error">{t('missing')}</Notice>
      )}
    </section>
  );
}
