import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import type { Locale } from '@/i18n/routing';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { PANEL_ROLES } from '@/lib/auth/actor';
import { ownReservation, placeLine } from '@/lib/reservations/details';
import { localText } from '@/lib/i18n/local-name';
import { visitWhen } from '@/lib/reservations/notice';
import { CHANGE_CUTOFF_HOURS, isChangeable } from '@/lib/reservations/booking';
import { Notice } from '@/components/ui/notice';
import { CancelReservation } from '@/components/reservations/cancel-reservation';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reservations'))('details.title') };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ booked?: string; moved?: string; cancelled?: string }> };

export default async function ReservationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireRole(PANEL_ROLES, `/account/reservations/${id}`);
  const q = await searchParams;
  const t = await getTranslations('reservations');
  const locale = (await getLocale()) as Locale;
  const r = /^[0-9a-f-]{36}$/.test(id) ? await ownReservation(await getDb(), actor.id, id) : null;
  if (!r) notFound();
  const changeable = isChangeable(r);
  // A notice about an earlier step (booked, moved) must not outlive a cancellation.
  const active = r.status === 'active';
  return (
    <>
      <h1>{t('details.title')}</h1>
      {q.cancelled && r.status === 'cancelled' ? (
        <Notice kind="success" role="status">
          <p>{t('details.cancelledBody')}</p>
        </Notice>
      ) : null}
      {q.booked && active ? (
        <Notice kind="success" role="status">
          <h2>{t('details.bookedTitle')}</h2>
          <p>{t('details.bookedBody', { email: r.email ?? '' })}</p>
        </Notice>
      ) : null}
      {q.moved && active ? (
        <Notice kind="success" role="status">
          <p>{t('details.movedBody')}</p>
        </Notice>
      ) : null}
      <dl className="answers">
        <Row label={t('details.code')} value={<strong className="reservation-code">{r.code}</strong>} />
        <Row label={t('details.status')} value={t(`status.${r.status}`)} />
        <Row label={t('details.when')} value={visitWhen(r.startsAt, locale)} />
        <Row label={t('details.place')} value={placeLine(r)} />
        <Row label={t('details.service')} value={localText(r.serviceNames, locale)} />
        <Row label={t('details.visitor')} value={`${r.givenName} ${r.familyName}, ${r.birthDate}`} />
        <Row label={t('details.passport')} value={r.passportNumber} />
        {r.minors.length ? <Row label={t('details.minors')} value={r.minors.map((m) => `${m.givenName} ${m.familyName} (${m.birthDate})`).join('; ')} /> : null}
      </dl>
      {active ? (
        <p>
          <a className="button button-secondary" href={`/api/reservations/${r.id}/pdf?locale=${locale}`} download>
            {t('details.pdf')}
          </a>
        </p>
      ) : null}
      <h2>{t('details.rulesTitle')}</h2>
      <ul>
        <li>{t('visitor.ruleEarly')}</li>
        <li>{t('visitor.ruleLate')}</li>
        <li>{t('visitor.rulePersonal')}</li>
      </ul>
      {r.status === 'active' ? (
        changeable ? (
          <>
            <h2>{t('details.changeTitle')}</h2>
            <p>{t('details.changeRule', { hours: CHANGE_CUTOFF_HOURS })}</p>
            <p>
              <Link href={`/account/reservations/${r.id}/move`}>{t('details.move')}</Link>
            </p>
            <CancelReservation reservationId={r.id} />
          </>
        ) : (
          <p>{t('details.tooLate', { hours: CHANGE_CUTOFF_HOURS })}</p>
        )
      ) : null}
      <p>
        <Link href="/account/reservations">{t('list.back')}</Link>
      </p>
    </>
  );
}

function Row({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div className="answer-row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
