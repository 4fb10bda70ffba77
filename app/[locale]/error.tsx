'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

// No error details: the message and stack stay in the server log.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <>
      <title>{t('serverErrorTitle')}</title>
      <h1>{t('serverErrorTitle')}</h1>
      <p>{t('serverErrorBody')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => reset()}>
          {t('retry')}
        </button>
        <Link href="/">{t('goHome')}</Link>
      </div>
    </>
  );
}
