'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { WaitingTable } from './waiting-table';
import type { BoardState } from '@/lib/queue/board';
import { localName } from './names';
import { useBoardFeed } from './use-board-feed';
import styles from './office.module.css';

export function BoardScreen({ location, initial }: { location: { slug: string; name: string }; initial: BoardState }) {
  const t = useTranslations('queue.board');
  const locale = useLocale();
  const { state, status } = useBoardFeed(location.slug, initial);
  const [newest, ...earlier] = state.called;

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
      <h1>{t('title', { location: location.name })}</h1>
      <p className={`${styles.status}${status === 'lost' ? ` ${styles.lost}` : ''}`} role="status">
        {status === 'lost' ? t('reconnecting') : t('live')}
      </p>
      <div className="visually-hidden" aria-live="assertive" aria-atomic="true">
        {/* A new node per call, so a recall of the same ticket is read out again. */}
        {announcement ? <p key={announcement.key}>{announcement.text}</p> : null}
      </div>
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
