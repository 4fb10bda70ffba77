'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { revokeKioskDeviceAction } from '@/lib/queue/actions';
import { Notice } from '@/components/ui/notice';
import { useErrorMessage } from '@/components/ui/use-error-message';

/** One button per device; its name says which kiosk it revokes. */
export function KioskDeviceRevokeButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations('kioskDevices.admin');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      method="post"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        const r = await revokeKioskDeviceAction({ id });
        setBusy(false);
        if (r.ok) router.refresh();
        else setError(errorMessage(r));
      }}
    >
      {error ? (
        <Notice kind="error" role="alert">
          {error}
        </Notice>
      ) : null}
      <button type="submit" className="button button-secondary" disabled={busy}>
        {t('revoke', { name })}
      </button>
    </form>
  );
}
