import { getTranslations } from 'next-intl/server';

/** The statutory time limit for complaints and motions, said the same way to senders and staff. */
export async function DeadlineNote() {
  const t = await getTranslations('enquiries');
  return (
    <div className="notice">
      <p>{t('deadlineRule')}</p>
    </div>
  );
}
