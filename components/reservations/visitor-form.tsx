'use client';

import { useCallback, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { bookingRequestSchema, MAX_MINORS } from '@/lib/reservations/schemas';
import { bookVisitAction } from '@/lib/reservations/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { Notice } from '@/components/ui/notice';
import { ProofOfWork } from '@/components/ui/proof-of-work';
import type { VisitorPrefill } from '@/lib/reservations/prefill';

type Minor = { givenName: string; familyName: string; birthDate: string };
const emptyMinor: Minor = { givenName: '', familyName: '', birthDate: '' };

/** The visitor's data, children on a parent's visit, the background check, and confirm. */
export function VisitorForm({ slotId, prefill }: { slotId: number; prefill?: VisitorPrefill | null }) {
  const t = useTranslations('reservations.visitor');
  const router = useRouter();
  const [round, setRound] = useState(0);
  const { form, onSubmit, summary, focusKey, formError, errorOf, fieldId } = useActionForm({
    schema: bookingRequestSchema,
    action: async (values) => {
      const result = await bookVisitAction(values);
      // A proof is spent by every attempt: solve a fresh one for the next.
      if (!result.ok) setRound((r) => r + 1);
      return result;
    },
    idPrefix: 'visitor',
    defaultValues: { slotId, givenName: '', familyName: '', birthDate: '', passportNumber: '', minors: [], proof: '' },
    onSuccess: (r) => router.push(`/account/reservations/${r.reservationId}?booked=1`),
  });
  const { register, control, setValue, formState } = form;
  const minors = (useWatch({ control, name: 'minors' }) ?? []) as Minor[];
  const setMinors = (next: Minor[]) => setValue('minors', next, { shouldDirty: true });
  const onProof = useCallback((payload: string | null) => setValue('proof', payload ?? '', { shouldValidate: false }), [setValue]);

  return (
    <form className="form" method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {formError ? (
        <Notice kind="error" role="alert">
          {formError}
        </Notice>
      ) : null}
      {prefill ? (
        <p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              for (const k of ['givenName', 'familyName', 'birthDate', 'passportNumber'] as const) setValue(k, prefill[k], { shouldDirty: true });
            }}
          >
            {prefill.code ? t('prefillFrom', { code: prefill.code }) : t('prefillDraft', { number: prefill.formNumber })}
          </button>
        </p>
      ) : null}
      <fieldset className="field">
        <legend>{t('adult')}</legend>
        <TextField id={fieldId('givenName')} label={t('givenName')} hint={t('asInPassport')} autoComplete="off" spellCheck={false} error={errorOf('givenName')} {...register('givenName')} />
        <TextField id={fieldId('familyName')} label={t('familyName')} hint={t('asInPassport')} autoComplete="off" spellCheck={false} error={errorOf('familyName')} {...register('familyName')} />
        <TextField id={fieldId('birthDate')} label={t('birthDate')} type="date" error={errorOf('birthDate')} {...register('birthDate')} />
        <TextField id={fieldId('passportNumber')} label={t('passportNumber')} hint={t('passportHint')} autoComplete="off" spellCheck={false} error={errorOf('passportNumber')} {...register('passportNumber')} />
      </fieldset>
      <fieldset className="field repeat">
        <legend>{t('minors')}</legend>
        <p className="hint">{t('minorsHint')}</p>
        {minors.map((_m, i) => (
          <fieldset key={i} className="card repeat-item">
            <legend>{t('minor', { number: i + 1 })}</legend>
            {(['givenName', 'familyName', 'birthDate'] as const).map((f) => (
              <Controller
                key={f}
                control={control}
                name={`minors.${i}.${f}`}
                render={({ field }) => (
                  <TextField
                    id={fieldId(`minors.${i}.${f}`)}
                    label={t(f)}
                    type={f === 'birthDate' ? 'date' : 'text'}
                    autoComplete="off"
                    error={errorOf(`minors.${i}.${f}`)}
                    name={field.name}
                    value={field.value ?? ''}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                  />
                )}
              />
            ))}
            <button type="button" className="button button-secondary" onClick={() => setMinors(minors.filter((_, j) => j !== i))}>
              {t('removeMinor', { number: i + 1 })}
            </button>
          </fieldset>
        ))}
        {minors.length < MAX_MINORS ? (
          <button type="button" className="button button-secondary" onClick={() => setMinors([...minors, { ...emptyMinor }])}>
            {t('addMinor')}
          </button>
        ) : null}
      </fieldset>
      <Notice kind="info">
        <p>{t('rulesTitle')}</p>
        <ul>
          <li>{t('ruleEarly')}</li>
          <li>{t('ruleLate')}</li>
          <li>{t('rulePersonal')}</li>
        </ul>
      </Notice>
      <div id={fieldId('proof')} tabIndex={-1}>
        <ProofOfWork action="booking" onChange={onProof} round={round} />
      </div>
      <button type="submit" className="button" disabled={formState.isSubmitting}>
        {t('confirm')}
      </button>
    </form>
  );
}
