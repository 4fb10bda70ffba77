'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { unlinkIdentityAction } from '@/lib/auth/actions';
import { Notice } from '@/components/ui/notice';
import { TextField } from '@/components/ui/text-field';
import { useErrorMessage } from '@/components/ui/use-error-message';

/** One linked sign-in service with its "unlink" form; the password is asked for when the account has one. */
export function IdentityUnlinkForm({ identityId, provider, askPassword }: { identityId: string; provider: string; askPassword: boolean }) {
  const t = useTranslations('account.identities');
  const tv = useTranslations('validation');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<{ field?: string; form?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `unlink-${identityId}`;
  return (
    <form
      className="form"
      method="post"
      noValidate
      aria-label={t('unlinkFormLabel', { provider })}
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        const r = await unlinkIdentityAction({ identityId, password: askPassword ? password : undefined });
        setBusy(false);
        if (r.ok) {
          router.refresh();
          return;
        }
        const fieldCode = r.fieldErrors?.password;
        setError(fieldCode ? { field: tv(fieldCode as never) } : { form: errorMessage(r) });
      }}
    >
      {error?.form ? <Notice kind="error" role="alert">{error.form}</Notice> : null}
      {askPassword ? (
        <TextField
          id={`${id}-password`}
          label={t('password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={error?.field}
        />
      ) : null}
      <button type="submit" className="button button-secondary" disabled={busy}>
        {t('unlink', { provider })}
      </button>
    </form>
  );
}
