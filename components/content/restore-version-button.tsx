'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useErrorMessage } from '@/components/ui/use-error-message';
import { useRouter } from '@/i18n/navigation';
import { restoreVersionAction } from '@/lib/content/actions';

export function RestoreVersionButton({ slug, locale, version }: { slug: string; locale: string; version: number }) {
  const t = useTranslations('staff.content');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        onClick={async () => {
          const r = await restoreVersionAction({ slug, locale, version });
          if (r.ok) {
            // A full load so the editor starts from the restored text.
            window.location.reload();
            return;
          }
          setError(errorMessage(r));
          router.refresh();
        }}
      >
        {t('restore', { version })}
      </button>
      {error ? <span role="alert">{error}</span> : null}
    </>
  );
}
