'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { closedDaySchema, holidaysSchema } from '@/lib/reservations/admin/schemas';
import { addClosedDayAction, loadHolidaysAction } from '@/lib/reservations/admin/actions';
import type { SyncResult } from '@/lib/reservations/admin/sync';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { SelectField } from '@/components/ui/select-field';
import { Notice } from '@/components/ui/notice';
import { Refusal, useRefusal } from './use-refusal';
import { SyncSummary } from './sync-summary';

export function ClosedDayForm({ locations }: { locations: { id: number; name: string }[] }) {
  const t = useTranslations('reservationsAdmin.closedDays');
  const router = useRouter();
  const refusal = useRefusal();
  const [sync, setSync] = useState<SyncResult | null>(null);
  const { form, onSubmit, summary, focusKey, errorOf, fieldId } = useActionForm({
    schema: closedDaySchema,
    action: refusal.wrap(addClosedDayAction),
    idPrefix: 'closed-day',
    defaultValues: { date: '', locationId: '', reason: '' },
    onSuccess: (r) => {
      setSync(r.sync);
      form.reset();
      router.refresh();
    },
  });
  return (
    <form className="form" method="post" noValidate onSubmit={(e) => (setSync(null), onSubmit(e))} aria-label={t('addHeading')}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      <Refusal message={refusal.message} />
      <SyncSummary sync={sync} saved={t('added')} />
      <TextField id={fieldId('date')} type="date" label={t('date')} error={errorOf('date')} {...form.register('date')} />
      <SelectField
        id={fieldId('locationId')}
        label={t('location')}
        error={errorOf('locationId')}
        options={[{ value: '', label: t('allLocations') }, ...locations.map((l) => ({ value: String(l.id), label: l.name }))]}
        {...form.register('locationId')}
      />
      <TextField id={fieldId('reason')} label={t('reason')} hint={t('reasonHint')} error={errorOf('reason')} {...form.register('reason')} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t('add')}
      </button>
    </form>
  );
}

/** Closes every location on a year’s public holidays; loading a year again adds nothing. */
export function HolidaysForm({ year }: { year: number }) {
  const t = useTranslations('reservationsAdmin.closedDays');
  const router = useRouter();
  const refusal = useRefusal();
  const [added, setAdded] = useState<number | null>(null);
  const { form, onSubmit, summary, focusKey, errorOf, fieldId } = useActionForm({
    schema: holidaysSchema,
    action: refusal.wrap(loadHolidaysAction),
    idPrefix: 'holidays',
    defaultValues: { year },
    onSuccess: (r) => {
      setAdded(r.added);
      router.refresh();
    },
  });
  return (
    <form className="form" method="post" noValidate onSubmit={(e) => (setAdded(null), onSubmit(e))} aria-label={t('holidaysHeading')}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      <Refusal message={refusal.message} />
      {added !== null ? (
        <Notice kind="success" role="status">
          {t('holidaysLoaded', { count: added })}
        </Notice>
      ) : null}
      <TextField id={fieldId('year')} type="number" inputMode="numeric" min={2000} max={2100} label={t('year')} error={errorOf('year')} {...form.register('year')} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {t('loadHolidays')}
      </button>
    </form>
  );
}
