'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { verifyEmailAction } from '@/lib/auth/actions';
import { ActionButtonForm } from '@/components/ui/action-button-form';

// A button, not a bare GET: mail scanners that prefetch links must not use up the token.
export function VerifyEmailForm({ token }: { token: string }) {
  const t = useTranslations('auth.verify');
  const router = useRouter();
  return (
    <ActionButtonForm
      label={t('submit')}
      intro={t('intro')}
      action={() => verifyEmailAction({ token })}
      onSuccess={() => router.push({ pathname: '/sign-in', query: { notice: 'verified' } })}
    />
  );
}
