'use client';

import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { staffBookingSchema } from '@/lib/reservations/admin/schemas';
import { staffBookAction } from '@/lib/reservations/admin/actions';
import { MAX_MINORS } from '@/lib/reservations/schemas';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { RadioGroup } from '@/components/ui/radio-group';
import { Notice } from '@/components/ui/notice';
import { Refusal, useRefusal } from './use-refusal';

/** The last step of a staff booking: a free time, the visitor, and the written reason. */
export function StaffBookingForm({ times, dayHref }: { times: { id: number; startsAt: string; free: number }[]; dayHref: string }) {
  const t = useTranslations('staffReservations.book');
  const format = useFormatter();
  const refusal = useRefusal();
  const [code, setCode] = useState<string | null>(null);
  const { form, onSubmit, summary, focusKey, errorOf, fieldId } = useActionForm({
    schema: staffBookingSchema,
    action: refusal.wrap(staffBookAction),
    idPrefix: 'staff-booking',
    defaultValues: { slotId: '' as never, givenName: '', familyName: '', birthDate: '', passportNumber: '', minors: [], staffReason: '' },
    onSuccess: (r) => setCode(r.code),
  });
  const minors = useFieldArray({ control: form.control, name: 'minors' as never });
  if (code) {
    return (
      <Notice kind="success" role="status">
        <p>{t('done', { code })}</p>
        <p>
          <Link href={dayHref}>{t('toDay')}</Link>
        </p>
      </Notice>
    );
  }
  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      <Refusal message={refusal.message} />
      <RadioGroup
        id={fieldId('slotId')}
        legend={t('time')}
        error={errorOf('slotId')}
        options={times.map((s) => ({ value: String(s.id), label: `${format.dateTime(new Date(s.startsAt), { hour: '2-digit', minute: '2-digit' })} – ${t('free', { count: s.free })}` }))}
        {...form.register('slotId')}
      />
      <fieldset className="field">
        <legend>{t('visitor')}</legend>
        <TextField id={fieldId('givenName')} label={t('givenName')} hint={t('nameHint')} autoComplete="off" error={errorOf('givenName')} {...form.register('givenName')} />
        <TextField id={fieldId('familyName')} label={t('familyName')} autoComplete="off" error={errorOf('familyName')} {...form.register('familyName')} />
        <TextField id={fieldId('birthDate')} type="date" label={t('birthDate')} error={errorOf('birthDate')} {...form.register('birthDate')} />
        <TextField id={fieldId('passportNumber')} label={t('passport')} autoComplete="off" error={errorOf('passportNumber')} {...form.register('passportNumber')} />
      </fieldset>
      {minors.fields.map((m, i) => (
        <fieldset className="field" key={m.id}>
          <legend>{t('minor', { n: i + 1 })}</legend>
          <TextField id={fieldId(`minors.${i}.givenName`)} label={t('givenName')} error={errorOf(`minors.${i}.givenName`)} {...form.register(`minors.${i}.givenName` as never)} />
          <TextField id={fieldId(`minors.${i}.familyName`)} label={t('familyName')} error={errorOf(`minors.${i}.familyName`)} {...form.register(`minors.${i}.familyName` as never)} />
          <TextField id={fieldId(`minors.${i}.birthDate`)} type="date" label={t('birthDate')} error={errorOf(`minors.${i}.birthDate`)} {...form.register(`minors.${i}.birthDate` as never)} />
          <button type="button" className="button button-secondary" onClick={() => minors.remove(i)}>
            {t('removeMinor', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      {minors.fields.length < MAX_MINORS ? (
        <p>
          <button type="button" className="button button-secondary" onClick={() => minors.append({ givenName: '', familyName: '', birthDate: '' } as never)}>
            {t('addMinor')}
          </button>
        </p>
      ) : null}
      <TextareaField id={fieldId('staffReason')} label={t('reason')} hint={t('reasonHint')} rows={3} error={errorOf('staffReason')} {...form.register('staffReason')} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t('submit')}
      </button>
    </form>
  );
}
