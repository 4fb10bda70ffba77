'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { announcementSchema } from '@/lib/content/schemas';
import { createAnnouncementAction } from '@/lib/content/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { Notice } from '@/components/ui/notice';

const LANGS = [
  ['Pl', 'pl'],
  ['En', 'en'],
  ['Ru', 'ru'],
  ['Uk', 'uk'],
] as const;

export function AnnouncementForm() {
  const t = useTranslations('staff.announcements');
  const tl = useTranslations('localeSwitcher');
  const router = useRouter();
  const { form, onSubmit, summary, focusKey, formError, errorOf, fieldId } = useActionForm({
    schema: announcementSchema,
    action: createAnnouncementAction,
    idPrefix: 'announcement',
    defaultValues: { titlePl: '', bodyPl: '', titleEn: '', bodyEn: '', titleRu: '', bodyRu: '', titleUk: '', bodyUk: '', validFrom: '', validTo: '' },
    onSuccess: () => {
      form.reset();
      router.refresh();
    },
  });
  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {formError ? <Notice kind="error" role="alert">{formError}</Notice> : null}
      {LANGS.map(([suffix, locale]) => (
        <fieldset key={locale} lang={locale} className="field">
          <legend>{tl(`names.${locale}`)}</legend>
          <TextField id={fieldId(`title${suffix}`)} label={t('titleField')} error={errorOf(`title${suffix}`)} {...form.register(`title${suffix}`)} />
          <TextareaField id={fieldId(`body${suffix}`)} label={t('bodyField')} rows={3} error={errorOf(`body${suffix}`)} {...form.register(`body${suffix}`)} />
        </fieldset>
      ))}
      <TextField id={fieldId('validFrom')} type="datetime-local" label={t('validFrom')} hint={t('timeHint')} error={errorOf('validFrom')} {...form.register('validFrom')} />
      <TextField id={fieldId('validTo')} type="datetime-local" label={t('validTo')} hint={t('timeHint')} error={errorOf('validTo')} {...form.register('validTo')} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t('publish')}
      </button>
    </form>
  );
}
