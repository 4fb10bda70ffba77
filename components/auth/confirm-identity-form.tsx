'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { confirmOidcSignupAction } from '@/lib/auth/actions';
import { ActionButtonForm } from '@/components/ui/action-button-form';

// A button, not a bare GET: mail scanners that prefetch links must not create accounts.
export function ConfirmIdentityForm({ token }: { token: string }) {
  const t = useTranslations('auth.verify');
  const router = useRouter();
  return (
    <ActionButtonForm
      label={t('identitySubmit')}
      intro={t('identityIntro')}
      action={() => confirmOidcSignupAction({ token })}
      onSuccess={() => router.push({ pathname: '/sign-in', query: { notice: 'identity' } })}
    />
  );
}
