'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { serviceSchema } from '@/lib/reservations/admin/schemas';
import { saveServiceAction } from '@/lib/reservations/admin/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { SelectField } from '@/components/ui/select-field';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { Notice } from '@/components/ui/notice';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { Refusal, useRefusal } from './use-refusal';

type Service = {
  id: number;
  slug: string;
  names: { pl: string; en?: string; ru?: string; uk?: string };
  durationMinutes: number;
  ticketLetter: string;
  walkIns: boolean;
  graceMinutes: number;
  servicePage: string | null;
  active: boolean;
  sortOrder: number;
  locationIds: number[];
};

const LANGS = [
  ['namePl', 'pl'],
  ['nameEn', 'en'],
  ['nameRu', 'ru'],
  ['nameUk', 'uk'],
] as const;

export function ServiceForm({ service, locations, cards }: { service?: Service; locations: { id: number; name: string }[]; cards: { slug: string; title: string }[] }) {
  const t = useTranslations('reservationsAdmin.services');
  const tl = useTranslations('localeSwitcher');
  const router = useRouter();
  const refusal = useRefusal();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, summary, focusKey, errorOf, fieldId } = useActionForm({
    schema: serviceSchema,
    action: refusal.wrap(saveServiceAction),
    idPrefix: service ? `service-${service.id}` : 'service-new',
    defaultValues: {
      id: service?.id ?? '',
      slug: service?.slug ?? '',
      namePl: service?.names.pl ?? '',
      nameEn: service?.names.en ?? '',
      nameRu: service?.names.ru ?? '',
      nameUk: service?.names.uk ?? '',
      durationMinutes: service?.durationMinutes ?? 15,
      ticketLetter: service?.ticketLetter ?? '',
      walkIns: service?.walkIns ?? false,
      graceMinutes: service?.graceMinutes ?? 10,
      servicePage: service?.servicePage ?? '',
      active: service?.active ?? true,
      sortOrder: service?.sortOrder ?? 0,
      locationIds: (service?.locationIds ?? []).map(String),
    },
    onSuccess: () => {
      setSaved(true);
      if (!service) form.reset();
      router.refresh();
    },
  });
  return (
    <form className="form" method="post" noValidate onSubmit={(e) => (setSaved(false), onSubmit(e))}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      <Refusal message={refusal.message} />
      {saved ? (
        <Notice kind="success" role="status">
          {t('saved')}
        </Notice>
      ) : null}
      <TextField id={fieldId('slug')} label={t('slug')} hint={t('slugHint')} error={errorOf('slug')} {...form.register('slug')} />
      <fieldset className="field">
        <legend>{t('names')}</legend>
        {LANGS.map(([field, locale]) => (
          <TextField key={field} id={fieldId(field)} lang={locale} label={tl(`names.${locale}`)} error={errorOf(field)} {...form.register(field)} />
        ))}
      </fieldset>
      <TextField id={fieldId('durationMinutes')} type="number" inputMode="numeric" min={5} max={240} label={t('duration')} hint={t('durationHint')} error={errorOf('durationMinutes')} {...form.register('durationMinutes')} />
      <TextField id={fieldId('ticketLetter')} maxLength={1} label={t('letter')} hint={t('letterHint')} error={errorOf('ticketLetter')} {...form.register('ticketLetter')} />
      <TextField id={fieldId('graceMinutes')} type="number" inputMode="numeric" min={0} max={60} label={t('grace')} hint={t('graceHint')} error={errorOf('graceMinutes')} {...form.register('graceMinutes')} />
      <SelectField
        id={fieldId('servicePage')}
        label={t('card')}
        hint={t('cardHint')}
        error={errorOf('servicePage')}
        options={[{ value: '', label: t('noCard') }, ...cards.map((c) => ({ value: c.slug, label: c.title }))]}
        {...form.register('servicePage')}
      />
      <TextField id={fieldId('sortOrder')} type="number" inputMode="numeric" min={0} label={t('order')} error={errorOf('sortOrder')} {...form.register('sortOrder')} />
      <CheckboxField id={fieldId('walkIns')} label={t('walkIns')} {...form.register('walkIns')} />
      <CheckboxField id={fieldId('active')} label={t('active')} {...form.register('active')} />
      <CheckboxGroup
        id={fieldId('locationIds')}
        legend={t('locations')}
        error={errorOf('locationIds')}
        options={locations.map((l) => ({ value: String(l.id), label: l.name }))}
        {...form.register('locationIds')}
      />
      <button type="submit" className="button" disabled={form.formState.isSubmitting}>
        {service ? t('save') : t('create')}
      </button>
    </form>
  );
}
