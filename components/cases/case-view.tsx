import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { HolderView } from '@/lib/cases/holder';
import { formByNumber } from '@/lib/forms/catalogue';
import { isStandardDocument } from '@/lib/cases/standard-documents';
import { StageExplanation } from './stage-explanation';
import { RemarkToggle } from './remark-toggle';
import { NotificationSettingsForm } from './notification-settings-form';

/** What a case holder sees of their case; the same for the case sign-in and a linked account. */
export async function CaseView({ view, linkedCaseId }: { view: HolderView; linkedCaseId?: string }) {
  const t = await getTranslations('cases.holder');
  const ts = await getTranslations('stages');
  const td = await getTranslations('missingDocuments');
  const format = await getFormatter();
  const { limit } = view;
  const form = formByNumber(view.case.formNumber);
  const last = view.timeline.at(-1);
  const currentDue = last?.stage === view.case.stage ? last.dueDate : null;
  const date = (d: Date | string) => format.dateTime(typeof d === 'string' ? new Date(`${d}T12:00:00Z`) : d, { dateStyle: 'long' });
  return (
    <>
      <h1>{t('title', { number: view.case.number })}</h1>
      <p className="notice">{t('notSummons')}</p>

      <section aria-labelledby="current-stage">
        <h2 id="current-stage">{t('currentStage')}</h2>
        <div className="card">
          <StageExplanation stage={view.case.stage} headingLevel={3} />
          {currentDue ? (
            <p className="notice notice-error">
              <strong>{t('answerBy', { date: date(currentDue) })}</strong>
            </p>
          ) : null}
        </div>
      </section>

      <section aria-labelledby="time-limit">
        <h2 id="time-limit">{t('timeLimit')}</h2>
        <p>
          {'days' in limit.limit ? t('limitDays', { days: limit.limit.days }) : t('limitMonths', { months: limit.limit.months })} {t(`limitBasis.${limit.basis}`)}
        </p>
        <dl>
          <dt>{t('registeredOn')}</dt>
          <dd>{date(view.case.registeredAt)}</dd>
          <dt>{t('daysElapsed')}</dt>
          <dd>{t('daysCount', { days: limit.elapsedDays })}</dd>
          {limit.notCountedDays > 0 ? (
            <>
              <dt>{t('notCounted')}</dt>
              <dd>{t('daysCount', { days: limit.notCountedDays })}</dd>
            </>
          ) : null}
          <dt>{t('deadline')}</dt>
          <dd>{date(limit.deadline)}</dd>
        </dl>
        {limit.overdue ? (
          <div className="notice notice-error">
            <p>
              <strong>{t('overdue')}</strong>
            </p>
            <p>{t('prompt')}</p>
            {form ? (
              <p>
                <Link href={`/services/${form.service}`}>{t('promptLink')}</Link>
              </p>
            ) : null}
          </div>
        ) : null}
      </section>

      <section aria-labelledby="missing-documents">
        <h2 id="missing-documents">{t('missingDocuments')}</h2>
        {view.missing.length === 0 ? (
          <p>{t('noMissing')}</p>
        ) : (
          <ul className="missing-list">
            {view.missing.map((d) => {
              // A document from the standard list reads in the holder's language; the clerk's own words stay as written.
              const title = isStandardDocument(d.kind) ? td(d.kind) : d.title;
              return (
                <li key={d.id}>
                  {isStandardDocument(d.kind) ? (
                    <span>{title}</span>
                  ) : (
                    <span>
                      <span lang="pl">{d.title}</span> <small>{t('clerkWords')}</small>
                    </span>
                  )}{' '}
                  {d.remark ? <RemarkToggle document={title} remark={d.remark} clerkWords={t('clerkWords')} /> : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="messages">
        <h2 id="messages">{t('messages')}</h2>
        {view.messages.length === 0 ? (
          <p>{t('noMessages')}</p>
        ) : (
          <ol className="messages">
            {view.messages.map((m) => (
              <li key={m.id} className="card">
                <p>
                  <small>
                    {format.dateTime(m.createdAt, { dateStyle: 'long', timeStyle: 'short' })} {!m.readAt ? <strong>{t('new')}</strong> : null}
                  </small>
                </p>
                <p style={{ whiteSpace: 'pre-line' }}>{m.body}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="history">
        <h2 id="history">{t('history')}</h2>
        <ol className="timeline">
          {view.timeline.map((e, i) => (
            <li key={i}>
              <p>
                <time dateTime={e.at.toISOString()}>{format.dateTime(e.at, { dateStyle: 'long' })}</time>: <strong>{ts(`list.${e.stage}.name`)}</strong>
              </p>
              <p>{ts(`list.${e.stage}.description`)}</p>
              {e.dueDate ? (
                <p>
                  <strong>{t('answerBy', { date: date(e.dueDate) })}</strong>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="notifications">
        <h2 id="notifications">{t('notifications')}</h2>
        <p>{t('notificationsIntro')}</p>
        <NotificationSettingsForm caseId={linkedCaseId} sms={view.case.notifySms} email={view.case.notifyEmail} hasPhone={view.case.hasPhone} hasEmail={view.case.hasEmail} />
      </section>
    </>
  );
}
