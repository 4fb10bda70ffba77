'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { pageEditSchema } from '@/lib/content/schemas';
import { savePageAction } from '@/lib/content/actions';
import { renderMarkdown } from '@/lib/content/markdown';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { Notice } from '@/components/ui/notice';

type Props = { slug: string; locale: 'pl' | 'en' | 'ru' | 'uk'; title: string; description: string; body: string; version: number };

/** Markdown editor with a preview rendered by the same sanitising pipeline as the public page. */
export function PageEditor(props: Props) {
  const t = useTranslations('staff.content');
  const router = useRouter();
  const [saved, setSaved] = useState<number | null>(null);
  const { form, onSubmit, summary, focusKey, formError, errorOf, fieldId } = useActionForm({
    schema: pageEditSchema,
    action: savePageAction,
    idPrefix: 'page',
    defaultValues: { slug: props.slug, locale: props.locale, title: props.title, description: props.description, body: props.body, baseVersion: props.version },
    onSuccess: (r) => {
      setSaved(r.version);
      form.setValue('baseVersion', r.version);
      router.refresh();
    },
  });
  const body = form.watch('body') ?? '';
  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit} style={{ maxWidth: '60rem' }}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {saved ? <Notice kind="success" role="status">{t('saved', { version: saved })}</Notice> : null}
      {formError ? <Notice kind="error" role="alert">{formError}</Notice> : null}
      <TextField id={fieldId('title')} label={t('pageTitle')} error={errorOf('title')} {...form.register('title')} />
      <TextField id={fieldId('description')} label={t('description')} hint={t('descriptionHint')} error={errorOf('description')} {...form.register('description')} />
      <TextareaField id={fieldId('body')} label={t('body')} hint={t('bodyHint')} rows={24} lang={props.locale} error={errorOf('body')} {...form.register('body')} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t('save')}
      </button>
      <section aria-labelledby="preview-title" className="card" style={{ marginTop: '2rem' }}>
        <h2 id="preview-title">{t('preview')}</h2>
        <div lang={props.locale} className="prose" dangerouslySetInnerHTML={{ __html: renderMarkdown(body, props.locale) }} />
      </section>
    </form>
  );
}
