'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { scheduleSchema } from '@/lib/reservations/admin/schemas';
import { saveScheduleAction } from '@/lib/reservations/admin/actions';
import type { SyncResult } from '@/lib/reservations/admin/sync';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { SelectField } from '@/components/ui/select-field';
import { RadioGroup } from '@/components/ui/radio-group';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { Refusal, useRefusal } from './use-refusal';
import { SyncSummary } from './sync-summary';

export type ScheduleValues = {
  id: number;
  locationId: number;
  serviceId: number;
  weekdays: number[];
  opensAt: string;
  closesAt: string;
  slotMinutes: number;
  capacity: number;
  validFrom: string;
  validTo: string | null;
  releaseDaysBefore: number;
  releaseAt: string;
};

/** A weekly schedule or the hours of one date, for one service at one location. */
export function ScheduleForm({
  schedule,
  locations,
  services,
  defaults,
}: {
  schedule?: ScheduleValues;
  locations: { id: number; name: string }[];
  services: { id: number; name: string }[];
  defaults: { locationId?: number; serviceId?: number; today: string };
}) {
  const t = useTranslations('reservationsAdmin.schedules');
  const tw = useTranslations('reservationsAdmin.weekdays');
  const router = useRouter();
  const refusal = useRefusal();
  const [sync, setSync] = useState<SyncResult | null>(null);
  const single = schedule ? schedule.validTo !== null && schedule.validFrom === schedule.validTo : false;
  const { form, onSubmit, summary, focusKey, errorOf, fieldId } = useActionForm({
    schema: scheduleSchema,
    action: refusal.wrap(saveScheduleAction),
    idPrefix: schedule ? `schedule-${schedule.id}` : 'schedule-new',
    defaultValues: {
      id: schedule?.id ?? '',
      locationId: schedule?.locationId ?? defaults.locationId ?? locations[0]?.id,
      serviceId: schedule?.serviceId ?? defaults.serviceId ?? services[0]?.id,
      kind: single ? 'date' : 'weekly',
      weekdays: (schedule?.weekdays ?? [1, 2, 3, 4, 5]).map(String),
      validFrom: schedule?.validFrom ?? defaults.today,
      validTo: single ? '' : (schedule?.validTo ?? ''),
      opensAt: schedule?.opensAt ?? '08:00',
      closesAt: schedule?.closesAt ?? '15:00',
      slotMinutes: schedule?.slotMinutes ?? 30,
      capacity: schedule?.capacity ?? 1,
      releaseDaysBefore: schedule?.releaseDaysBefore ?? 7,
      releaseAt: schedule?.releaseAt ?? '08:00',
    },
    onSuccess: (r) => {
      setSync(r.sync);
      if (!schedule) form.reset();
      router.refresh();
    },
  });
  const kind = form.watch('kind');
  return (
    <form className="form" method="post" noValidate onSubmit={(e) => (setSync(null), onSubmit(e))} aria-label={schedule ? t('editTitle') : t('create')}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      <Refusal message={refusal.message} />
      <SyncSummary sync={sync} saved={t('saved')} />
      <SelectField id={fieldId('locationId')} label={t('location')} error={errorOf('locationId')} options={locations.map((l) => ({ value: String(l.id), label: l.name }))} {...form.register('locationId')} />
      <SelectField id={fieldId('serviceId')} label={t('service')} error={errorOf('serviceId')} options={services.map((s) => ({ value: String(s.id), label: s.name }))} {...form.register('serviceId')} />
      <RadioGroup
        id={fieldId('kind')}
        legend={t('kind')}
        error={errorOf('kind')}
        options={[
          { value: 'weekly', label: t('kindWeekly') },
          { value: 'date', label: t('kindDate') },
        ]}
        {...form.register('kind')}
      />
      {kind === 'date' ? (
        <TextField id={fieldId('validFrom')} type="date" label={t('date')} hint={t('dateHint')} error={errorOf('validFrom')} {...form.register('validFrom')} />
      ) : (
        <>
          <CheckboxGroup id={fieldId('weekdays')} legend={t('weekdays')} error={errorOf('weekdays')} options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: tw(String(d) as never) }))} {...form.register('weekdays')} />
          <TextField id={fieldId('validFrom')} type="date" label={t('validFrom')} error={errorOf('validFrom')} {...form.register('validFrom')} />
          <TextField id={fieldId('validTo')} type="date" label={t('validTo')} hint={t('validToHint')} error={errorOf('validTo')} {...form.register('validTo')} />
        </>
      )}
      <TextField id={fieldId('opensAt')} type="time" label={t('opensAt')} error={errorOf('opensAt')} {...form.register('opensAt')} />
      <TextField id={fieldId('closesAt')} type="time" label={t('closesAt')} hint={t('closesAtHint')} error={errorOf('closesAt')} {...form.register('closesAt')} />
      <TextField id={fieldId('slotMinutes')} type="number" inputMode="numeric" min={5} max={240} label={t('slotMinutes')} error={errorOf('slotMinutes')} {...form.register('slotMinutes')} />
      <TextField id={fieldId('capacity')} type="number" inputMode="numeric" min={1} max={100} label={t('capacity')} hint={t('capacityHint')} error={errorOf('capacity')} {...form.register('capacity')} />
      <TextField id={fieldId('releaseDaysBefore')} type="number" inputMode="numeric" min={0} max={180} label={t('releaseDaysBefore')} hint={t('releaseHint')} error={errorOf('releaseDaysBefore')} {...form.register('releaseDaysBefore')} />
      <TextField id={fieldId('releaseAt')} type="time" label={t('releaseAt')} error={errorOf('releaseAt')} {...form.register('releaseAt')} />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {schedule ? t('save') : t('create')}
      </button>
    </form>
  );
}
