'use client';

import { useCallback, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { submitEnquiryAction } from '@/lib/enquiries/actions';
import { MESSAGE_MAX, submitEnquirySchema } from '@/lib/enquiries/schemas';
import { ENQUIRY_KINDS, ENQUIRY_TOPICS } from '@/lib/enquiries/topics';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { RadioGroup } from '@/components/ui/radio-group';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { ProofOfWork } from '@/components/ui/proof-of-work';
import { Notice } from '@/components/ui/notice';

type Sent = { confirmed: boolean; enquiryId: string; number: string | null; email: string };

/** The public form: anyone may write; a verified account’s address is used as is. */
export function EnquiryForm({ accountEmail, topic }: { accountEmail: string | null; topic?: string }) {
  const t = useTranslations('enquiries');
  const [pow, setPow] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const [sent, setSent] = useState<Sent | null>(null);
  const onPow = useCallback((p: string | null) => setPow(p), []);
  const { form, onSubmit, summary, focusKey, formError, errorOf, fieldId } = useActionForm({
    schema: submitEnquirySchema,
    action: async (values) => {
      const result = await submitEnquiryAction({ ...values, pow: pow ?? undefined });
      // A solution is spent (or refused) with each attempt: solve a new one for the next.
      setRound((r) => r + 1);
      return result;
    },
    idPrefix: 'enquiry',
    defaultValues: {
      kind: 'enquiry',
      topic: (ENQUIRY_TOPICS as readonly string[]).includes(topic ?? '') ? (topic as (typeof ENQUIRY_TOPICS)[number]) : 'other',
      caseRef: '',
      message: '',
      email: accountEmail ?? '',
    },
    onSuccess: (r) => setSent({ confirmed: r.confirmed, enquiryId: r.enquiryId, number: r.number, email: form.getValues('email') }),
  });

  if (sent) {
    return (
      <div className="notice notice-success" role="status" tabIndex={-1} ref={(el) => el?.focus()}>
        <h2>{t('sent.title')}</h2>
        {sent.confirmed && sent.number ? (
          <>
            <p>{t('sent.received', { number: sent.number })}</p>
            <p>
              <Link href={`/account/enquiries/${sent.enquiryId}`}>{t('sent.open')}</Link>
            </p>
          </>
        ) : (
          <>
            <p>{t('sent.checkEmail', { email: sent.email })}</p>
            <p>{t('sent.confirmWithin')}</p>
          </>
        )}
      </div>
    );
  }

  const length = (form.watch('message') ?? '').length;
  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {formError ? (
        <Notice kind="error" role="alert">
          {formError}
        </Notice>
      ) : null}
      <RadioGroup
        id={fieldId('kind')}
        legend={t('form.kind')}
        options={ENQUIRY_KINDS.map((k) => ({ value: k, label: <>{t(`kinds.${k}`)} – <span className="hint">{t(`kindHints.${k}`)}</span></> }))}
        error={errorOf('kind')}
        {...form.register('kind')}
      />
      <SelectField
        id={fieldId('topic')}
        label={t('form.topic')}
        options={ENQUIRY_TOPICS.map((v) => ({ value: v, label: t(`topics.${v}` as never) }))}
        error={errorOf('topic')}
        {...form.register('topic')}
      />
      <TextField id={fieldId('caseRef')} label={t('form.caseRef')} hint={t('form.caseRefHint')} autoComplete="off" spellCheck={false} error={errorOf('caseRef')} {...form.register('caseRef')} />
      <TextareaField
        id={fieldId('message')}
        label={t('form.message')}
        hint={t('form.messageHint', { max: MESSAGE_MAX, used: length })}
        rows={10}
        error={errorOf('message')}
        {...form.register('message')}
      />
      <TextField
        id={fieldId('email')}
        type="email"
        autoComplete="email"
        label={t('form.email')}
        hint={accountEmail ? t('form.emailVerified') : t('form.emailHint')}
        readOnly={Boolean(accountEmail)}
        error={errorOf('email')}
        {...form.register('email')}
      />
      <CheckboxField
        id={fieldId('consent')}
        label={t.rich('form.consent', { link: (chunks) => <Link href="/privacy">{chunks}</Link> })}
        error={errorOf('consent')}
        {...form.register('consent')}
      />
      <ProofOfWork action="enquiry" onChange={onPow} round={round} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t('form.submit')}
      </button>
    </form>
  );
}
