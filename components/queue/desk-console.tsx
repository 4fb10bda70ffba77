'use client';

import { useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { WaitingTable } from './waiting-table';
import { useRouter } from '@/i18n/navigation';
import type { Minor } from '@/db/schema';
import { callNextAction, finishAction, recallAction } from '@/lib/queue/actions';
import type { BoardState } from '@/lib/queue/board';
import { TIME_ZONE } from '@/lib/time';
import { Notice } from '@/components/ui/notice';
import { useErrorMessage } from '@/components/ui/use-error-message';
import type { MessageParams } from '@/lib/errors/message';
import { useBoardFeed } from './use-board-feed';

type Name = { text: string; lang?: string };
type Current = {
  id: number;
  label: string;
  kind: 'reserved' | 'walk_in';
  service: Name;
  appointmentAt: string | null;
  recalls: number;
  visitor: { code: string; givenName: string; familyName: string; birthDate: string; passportNumber: string; minors: Minor[] } | null;
};
type Service = { id: number; letter: string; name: Name; waiting: number };
type Outcome = { kind: 'success' | 'error'; text: string };

export function DeskConsole({ deskId, location, services, current }: { deskId: number; location: string; services: Service[]; current: Current | null }) {
  const t = useTranslations('queue.desk');
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Queue lengths follow the board's live feed; the rest of the page is refreshed after each action.
  const initial: BoardState = { called: [], waiting: services.map((s) => ({ serviceId: s.id, letter: s.letter, names: { pl: s.name.text }, waiting: s.waiting })), at: '' };
  const { state } = useBoardFeed(location, initial);
  const waitingOf = (id: number) => state.waiting.find((w) => w.serviceId === id)?.waiting ?? 0;

  const run = async (action: () => Promise<{ ok: boolean; formError?: string; params?: MessageParams; ticket?: { label: string } }>, success: (label: string) => string) => {
    setBusy(true);
    setOutcome(null);
    try {
      const r = await action();
      setOutcome(r.ok ? { kind: 'success', text: success(r.ticket?.label ?? '') } : { kind: 'error', text: errorMessage(r) });
      router.refresh();
    } catch {
      setOutcome({ kind: 'error', text: errorMessage('unexpected') });
    } finally {
      setBusy(false);
    }
  };
  const when = (iso: string) => format.dateTime(new Date(iso), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE });

  return (
    <>
      {outcome ? (
        <Notice kind={outcome.kind} role={outcome.kind === 'error' ? 'alert' : 'status'}>
          {outcome.text}
        </Notice>
      ) : null}
      <section aria-labelledby="desk-current" className="card">
        <h2 id="desk-current">{t('current')}</h2>
        {current ? (
          <>
            <p style={{ fontSize: '3rem', fontWeight: 800, margin: 0 }}>{current.label}</p>
            <p>
              <span lang={current.service.lang}>{current.service.text}</span>
              {' · '}
              {current.kind === 'reserved' && current.appointmentAt ? t('kindReserved', { time: when(current.appointmentAt) }) : t('kindWalkIn')}
              {current.recalls ? ` · ${t('recalls', { count: current.recalls })}` : null}
            </p>
            {current.visitor ? (
              <>
                <h3>{t('visitor')}</h3>
                <p>{t('checkIdentity')}</p>
                <dl className="facts">
                  <dt>{t('name')}</dt>
                  <dd>
                    {current.visitor.givenName} {current.visitor.familyName}
                  </dd>
                  <dt>{t('birthDate')}</dt>
                  <dd>{format.dateTime(new Date(`${current.visitor.birthDate}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' })}</dd>
                  <dt>{t('passport')}</dt>
                  <dd>{current.visitor.passportNumber}</dd>
                  <dt>{t('code')}</dt>
                  <dd>{current.visitor.code}</dd>
                  {current.visitor.minors.length ? (
                    <>
                      <dt>{t('minors')}</dt>
                      <dd>
                        <ul>
                          {current.visitor.minors.map((m, i) => (
                            <li key={i}>
                              {m.givenName} {m.familyName} ({format.dateTime(new Date(`${m.birthDate}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' })})
                            </li>
                          ))}
                        </ul>
                      </dd>
                    </>
                  ) : null}
                </dl>
              </>
            ) : null}
            <div className="actions">
              <button type="button" className="button" disabled={busy} onClick={() => run(() => finishAction({ deskId, ticketId: current.id, outcome: 'served' }), (label) => t('servedResult', { ticket: label }))}>
                {t('served')}
              </button>
              <button type="button" className="button button-secondary" disabled={busy} onClick={() => run(() => recallAction({ deskId, ticketId: current.id }), (label) => t('recalledResult', { ticket: label }))}>
                {t('recall')}
              </button>
              <button type="button" className="button button-secondary" disabled={busy} onClick={() => run(() => finishAction({ deskId, ticketId: current.id, outcome: 'absent' }), (label) => t('absentResult', { ticket: label }))}>
                {t('absent')}
              </button>
            </div>
          </>
        ) : (
          <>
            <p>{t('noCurrent')}</p>
            <button type="button" className="button" disabled={busy} onClick={() => run(() => callNextAction({ deskId }), (label) => t('calledResult', { ticket: label }))}>
              {t('callNext')}
            </button>
          </>
        )}
      </section>
      <WaitingTable id="desk-waiting" title={t('waiting')} rows={services.map((s) => ({ serviceId: s.id, letter: s.letter, name: s.name, waiting: waitingOf(s.id) }))} />
    </>
  );
}
