'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { assignEnquirySchema } from '@/lib/enquiries/schemas';
import { assignEnquiryAction } from '@/lib/enquiries/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { SelectField } from '@/components/ui/select-field';
import { Notice } from '@/components/ui/notice';

type Staff = { id: string; email: string; displayName: string | null };

/** Assign to oneself (the first choice) or to another clerk. */
export function StaffAssignForm({ enquiryId, current, me, staff }: { enquiryId: string; current: string | null; me: string; staff: Staff[] }) {
  const t = useTranslations('staffEnquiries');
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, fieldId } = useActionForm({
    schema: assignEnquirySchema,
    action: assignEnquiryAction,
    idPrefix: 'assign',
    defaultValues: { enquiryId, assigneeId: current ?? me },
    onSuccess: () => router.refresh(),
  });
  const label = (s: Staff) => (s.displayName ? `${s.displayName} (${s.email})` : s.email);
  const self = staff.find((s) => s.id === me);
  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      {formError ? (
        <Notice kind="error" role="alert">
          {formError}
        </Notice>
      ) : null}
      <SelectField
        id={fieldId('assigneeId')}
        label={t('assignTo')}
        options={[
          ...(self ? [{ value: self.id, label: t('meNamed', { name: label(self) }) }] : []),
          ...staff.filter((s) => s.id !== me).map((s) => ({ value: s.id, label: label(s) })),
          { value: '', label: t('unassigned') },
        ]}
        error={errorOf('assigneeId')}
        {...form.register('assigneeId')}
      />
      <button type="submit" className="button button-secondary" disabled={form.formState.isSubmitting}>
        {t('assign')}
      </button>
    </form>
  );
}
