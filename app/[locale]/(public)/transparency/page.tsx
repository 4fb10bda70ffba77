import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { getDb } from '@/db/client';
import { localName } from '@/lib/i18n/local-name';
import type { Locale } from '@/i18n/routing';
import { alternatesFor } from '@/lib/i18n/metadata';
import { getTransparencyReport, listTransparencyChoices, resolveTransparencySelection } from '@/lib/reservations/transparency';
import { warsawInstant } from '@/lib/reservations/slots';
import { addDays } from '@/lib/calendar/dates';
import { SelectionForm } from '@/components/transparency/selection-form';
import { WeeklyChart } from '@/components/transparency/weekly-chart';
import { WeeklyTable } from '@/components/transparency/weekly-table';
import { ColumnExplanations } from '@/components/transparency/column-explanations';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ location?: string | string[]; service?: string | string[] }> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.slice(0, 60);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'transparency' });
  return { title: t('title'), description: t('intro'), alternates: alternatesFor(locale, '/transparency') };
}

export default async function TransparencyPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Counted per request, never cached: a booking made a moment ago must already show.
  await connection();
  const sp = await searchParams;
  const t = await getTranslations('transparency');
  const format = await getFormatter();
  const db = await getDb();
  const choices = await listTransparencyChoices(db);
  const selected = resolveTransparencySelection(choices, first(sp.location), first(sp.service));

  const heading = (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
    </>
  );
  if (!selected) {
    return (
      <>
        {heading}
        <p className="notice">{t('noData')}</p>
        <ColumnExplanations />
      </>
    );
  }

  const serviceName = localName(selected.service.names, locale);
  const report = selected.offeredHere ? await getTransparencyReport(db, selected.location.id, selected.service.id) : null;
  const names = { location: selected.location.name, service: serviceName.text };
  const when = (d: Date) => format.dateTime(d, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const day = (monday: string, offset: number) => format.dateTime(warsawInstant(addDays(monday, offset), 720), { day: 'numeric', month: 'long', year: 'numeric' });

  return (
    <>
      {heading}
      <SelectionForm
        locations={choices.locations.map((l) => ({ value: l.slug, label: l.name }))}
        services={choices.services.map((s) => {
          const n = localName(s.names, locale);
          return { value: s.slug, label: n.text, lang: n.lang };
        })}
        location={selected.location.slug}
        service={selected.service.slug}
      />
      <h2 id="transparency-selected">
        {selected.location.name} – <span lang={serviceName.lang}>{serviceName.text}</span>
      </h2>
      {!report ? (
        <p className="notice">{t('notOffered')}</p>
      ) : (
        <>
          <dl className="facts">
            <dt>{t('firstFree')}</dt>
            <dd>{report.firstFree ? when(report.firstFree) : t('firstFreeNone')}</dd>
            <dt>{t('nextRelease')}</dt>
            <dd>{report.nextRelease ? when(report.nextRelease) : t('nextReleaseNone')}</dd>
          </dl>
          <WeeklyChart
            weeks={report.weeks}
            title={t('chartTitle', names)}
            description={t('chartDesc', { count: report.weeks.length, from: day(report.weeks[0]!.weekStart, 0), to: day(report.weeks.at(-1)!.weekStart, 6) })}
          />
          <WeeklyTable weeks={report.weeks} caption={t('tableCaption', names)} />
        </>
      )}
      <ColumnExplanations />
    </>
  );
}
