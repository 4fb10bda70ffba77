'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { registerKioskDeviceSchema } from '@/lib/queue/schemas';
import { registerKioskDeviceAction } from '@/lib/queue/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { Notice } from '@/components/ui/notice';

/** Registers a kiosk at one location and shows its pairing link, once: it lives only in this component's state. */
export function KioskDeviceRegisterForm({ locationId, pairingMinutes }: { locationId: number; pairingMinutes: number }) {
  const t = useTranslations('kioskDevices.admin');
  const router = useRouter();
  const [issued, setIssued] = useState<{ name: string; url: string } | null>(null);
  const { form, onSubmit, summary, focusKey, formError, errorOf, fieldId } = useActionForm({
    schema: registerKioskDeviceSchema,
    action: registerKioskDeviceAction,
    idPrefix: `kiosk-${locationId}`,
    defaultValues: { locationId, name: '' },
    onSuccess: (r) => {
      setIssued({ name: form.getValues('name'), url: r.pairingUrl });
      form.reset({ locationId, name: '' });
      router.refresh();
    },
  });
  // The link is what the admin needs next: focus and select it, ready to copy.
  useEffect(() => {
    if (issued) (document.getElementById(`kiosk-${locationId}-link`) as HTMLInputElement | null)?.select();
  }, [issued, locationId]);
  return (
    <form className="form" method="post" noValidate onSubmit={(e) => (setIssued(null), onSubmit(e))}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {formError ? (
        <Notice kind="error" role="alert">
          {formError}
        </Notice>
      ) : null}
      {issued ? (
        <Notice kind="success" role="status">
          <TextField
            id={`kiosk-${locationId}-link`}
            label={t('pairingLink', { name: issued.name })}
            hint={t('pairingHint', { minutes: pairingMinutes })}
            value={issued.url}
            readOnly
            spellCheck={false}
          />
        </Notice>
      ) : null}
      <TextField id={fieldId('name')} label={t('nameLabel')} hint={t('nameHint')} autoComplete="off" maxLength={100} error={errorOf('name')} {...form.register('name')} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t('register')}
      </button>
    </form>
  );
}
