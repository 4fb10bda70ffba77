'use client';

import { useEffect, useMemo, useState } from 'react';
import { NextIntlClientProvider, useLocale, useTimeZone, useTranslations } from 'next-intl';
import { routing, type Locale } from '@/i18n/routing';
import type { Messages } from '@/lib/i18n/messages';
import { WaitingTable } from './waiting-table';
import type { BoardState } from '@/lib/queue/board';
import { localName } from '@/lib/i18n/local-name';
import { useBoardFeed, type FeedStatus } from './use-board-feed';
import styles from './office.module.css';

/** The board's own texts (`queue.board`) in every locale, from the server page. */
export type BoardMessages = Record<Locale, Messages['queue']['board']>;

/** The language the board's texts are shown in: the page's, then each next one every `seconds` (0: the page's only). */
function useRotatingLocale(locale: string, seconds: number): Locale {
  const start = Math.max(0, routing.locales.indexOf(locale as Locale));
  const [step, setStep] = useState(0);
  useEffect(() => {
    if (seconds <= 0) return;
    const timer = setInterval(() => setStep((s) => s + 1), seconds * 1000);
    return () => clearInterval(timer);
  }, [seconds]);
  return routing.locales[(start + (seconds > 0 ? step : 0)) % routing.locales.length]!;
}

export function BoardScreen({ location, initial, messages, languageSeconds }: { location: { slug: string; name: string }; initial: BoardState; messages: BoardMessages; languageSeconds: number }) {
  // Announcements stay in the page's language: a screen reader's voice does not switch every few seconds.
  const t = useTranslations('queue.board');
  const locale = useLocale();
  const timeZone = useTimeZone();
  const { state, status } = useBoardFeed(location.slug, initial);
  const shown = useRotatingLocale(locale, languageSeconds);
  const shownMessages = useMemo(() => ({ queue: { board: messages[shown] } }), [messages, shown]);
  const newest = state.called[0];

  // Announce each new call (or recall) once; the board's first state is not news.
  const key = newest ? `${newest.id}@${newest.calledAt}` : '';
  const [seen, setSeen] = useState(key);
  const [announcement, setAnnouncement] = useState<{ key: string; text: string } | null>(null);
  if (key !== seen) {
    setSeen(key);
    if (newest) setAnnouncement({ key, text: t('announce', { ticket: newest.label, desk: newest.desk }) });
  }

  return (
    <>
      {/* The board's texts in the language of the moment; ticket numbers and desks stay where they are. */}
      <NextIntlClientProvider locale={shown} messages={shownMessages} timeZone={timeZone}>
        <div lang={shown}>
          <BoardTexts location={location} state={state} status={status} rotating={languageSeconds > 0} />
        </div>
      </NextIntlClientProvider>
      <div className="visually-hidden" aria-live="assertive" aria-atomic="true">
        {/* A new node per call, so a recall of the same ticket is read out again. */}
        {announcement ? <p key={announcement.key}>{announcement.text}</p> : null}
      </div>
    </>
  );
}

function BoardTexts({ location, state, status, rotating }: { location: { name: string }; state: BoardState; status: FeedStatus; rotating: boolean }) {
  const t = useTranslations('queue.board');
  const locale = useLocale();
  const [newest, ...earlier] = state.called;
  return (
    <>
      <h1>{t('title', { location: location.name })}</h1>
      {/* A live region would read the line out at every change of language, so it is one only on a board that stays in one. */}
      <p className={`${styles.status}${status === 'lost' ? ` ${styles.lost}` : ''}`} role={rotating ? undefined : 'status'}>
        {status === 'lost' ? t('reconnecting') : t('live')}
      </p>
      <div className={styles.boardGrid}>
        <section aria-labelledby="board-called">
          <h2 id="board-called">{t('called')}</h2>
          {newest ? (
            <>
              <div className={styles.newest}>
                <p className={styles.newestTag}>{t('now')}</p>
                <p className={styles.newestLabel}>{newest.label}</p>
                <p className={styles.newestDesk}>{t('deskNumber', { desk: newest.desk })}</p>
              </div>
              {earlier.length ? (
                <table>
                  <caption className="visually-hidden">{t('earlier')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('ticket')}</th>
                      <th scope="col">{t('desk')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {earlier.map((c) => (
                      <tr key={c.id}>
                        <th scope="row">{c.label}</th>
                        <td>{c.desk}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </>
          ) : (
            <p>{t('noneCalled')}</p>
          )}
        </section>
        <WaitingTable
          id="board-waiting"
          title={t('waiting')}
          rows={state.waiting.map((w) => ({ serviceId: w.serviceId, letter: w.letter, name: localName(w.names, locale), waiting: w.waiting }))}
        />
      </div>
    </>
  );
}
