'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { createStaffSchema } from '@/lib/auth/schemas';
import { createStaffAction } from '@/lib/auth/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { RadioGroup } from '@/components/ui/radio-group';
import { Notice } from '@/components/ui/notice';

export function CreateStaffForm() {
  const t = useTranslations();
  const router = useRouter();
  const [created, setCreated] = useState<string | null>(null);
  const { form, onSubmit, summary, focusKey, formError, errorOf, fieldId } = useActionForm({
    schema: createStaffSchema,
    action: createStaffAction,
    idPrefix: 'staff',
    defaultValues: { email: '', displayName: '', role: 'clerk' },
    onSuccess: () => {
      setCreated(form.getValues('email'));
      form.reset();
      router.refresh();
    },
  });
  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {created ? <Notice kind="success" role="status">{t('staff.users.created', { email: created })}</Notice> : null}
      {formError ? <Notice kind="error" role="alert">{formError}</Notice> : null}
      <TextField id={fieldId('displayName')} label={t('staff.users.name')} autoComplete="off" error={errorOf('displayName')} {...form.register('displayName')} />
      <TextField id={fieldId('email')} label={t('staff.users.email')} type="email" autoComplete="off" error={errorOf('email')} {...form.register('email')} />
      <RadioGroup
        id={fieldId('role')}
        legend={t('staff.users.role')}
        options={(['clerk', 'reception', 'admin'] as const).map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        error={errorOf('role')}
        {...form.register('role')}
      />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t('staff.users.create')}
      </button>
    </form>
  );
}
