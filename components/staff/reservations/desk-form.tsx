'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { deskSchema } from '@/lib/reservations/admin/schemas';
import { saveDeskAction } from '@/lib/reservations/admin/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { Notice } from '@/components/ui/notice';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { Refusal, useRefusal } from './use-refusal';

/** One desk of a location (or a new one): its label and the services it calls. */
export function DeskForm({
  locationId,
  desk,
  services,
}: {
  locationId: number;
  desk?: { id: number; label: string; active: boolean; serviceIds: number[] };
  services: { id: number; name: string }[];
}) {
  const t = useTranslations('reservationsAdmin.desks');
  const router = useRouter();
  const refusal = useRefusal();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, summary, focusKey, errorOf, fieldId } = useActionForm({
    schema: deskSchema,
    action: refusal.wrap(saveDeskAction),
    idPrefix: desk ? `desk-${desk.id}` : `desk-new-${locationId}`,
    defaultValues: { id: desk?.id ?? '', locationId, label: desk?.label ?? '', active: desk?.active ?? true, serviceIds: (desk?.serviceIds ?? []).map(String) },
    onSuccess: () => {
      setSaved(true);
      if (!desk) form.reset();
      router.refresh();
    },
  });
  return (
    <form className="form" method="post" noValidate onSubmit={(e) => (setSaved(false), onSubmit(e))} aria-label={desk ? t('formFor', { label: desk.label }) : t('add')}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      <Refusal message={refusal.message} />
      {saved ? (
        <Notice kind="success" role="status">
          {t('saved')}
        </Notice>
      ) : null}
      <TextField id={fieldId('label')} label={t('label')} hint={t('labelHint')} error={errorOf('label')} {...form.register('label')} />
      <CheckboxGroup id={fieldId('serviceIds')} legend={t('services')} options={services.map((s) => ({ value: String(s.id), label: s.name }))} {...form.register('serviceIds')} />
      <CheckboxField id={fieldId('active')} label={t('active')} {...form.register('active')} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {desk ? t('save') : t('create')}
      </button>
    </form>
  );
}
