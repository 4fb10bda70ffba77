import { getFormatter, getTranslations } from 'next-intl/server';
import type { SenderView } from '@/lib/enquiries/sender';
import { hasDeadline } from '@/lib/enquiries/deadline';
import { DeadlineNote } from './deadline-note';

const warsawNoon = (date: string) => new Date(`${date}T12:00:00Z`);

/**
 * The sender's view of an item. Every text the sender or staff wrote is shown
 * as plain text (a React text node, line breaks kept): never HTML, never Markdown.
 */
export async function EnquiryThread({ view }: { view: SenderView }) {
  const t = await getTranslations('enquiries');
  const format = await getFormatter();
  return (
    <>
      <dl className="facts">
        <dt>{t('view.status')}</dt>
        <dd>
          <strong>{t(`statuses.${view.status}`)}</strong>
        </dd>
        <dt>{t('view.kind')}</dt>
        <dd>{t(`kinds.${view.kind}`)}</dd>
        <dt>{t('view.topic')}</dt>
        <dd>{t(`topics.${view.topic}` as never)}</dd>
        {view.caseRef ? (
          <>
            <dt>{t('view.caseRef')}</dt>
            <dd>{view.caseRef}</dd>
          </>
        ) : null}
        <dt>{t('view.received')}</dt>
        <dd>{view.receivedAt ? format.dateTime(view.receivedAt, { dateStyle: 'long', timeStyle: 'short' }) : t('view.notYetReceived')}</dd>
        {view.deadline ? (
          <>
            <dt>{t('view.deadline')}</dt>
            <dd>{format.dateTime(warsawNoon(view.deadline), { dateStyle: 'long' })}</dd>
          </>
        ) : null}
      </dl>
      {hasDeadline(view.kind) ? <DeadlineNote /> : null}
      <section aria-labelledby="thread-title">
        <h2 id="thread-title">{t('view.messages')}</h2>
        <ol className="messages">
          {view.entries.map((e) => (
            <li key={e.id} className="card">
              <p>
                <strong>{e.kind === 'reply' ? t('view.fromOffice') : t('view.fromYou')}</strong>{' '}
                <small>{format.dateTime(e.createdAt, { dateStyle: 'long', timeStyle: 'short' })}</small>
              </p>
              <p className="plain-text" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {e.body}
              </p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
