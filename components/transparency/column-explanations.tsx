import { Fragment } from 'react';
import { getTranslations } from 'next-intl/server';
import styles from './transparency.module.css';

const TERMS = ['offered', 'released', 'bookedOnline', 'bookedStaff', 'cancelled', 'noShows', 'freeNow'] as const;

/** What each column counts, and when places are released: the figures mean little without it. */
export async function ColumnExplanations() {
  const t = await getTranslations('transparency');
  return (
    <>
      <h2 id="transparency-columns">{t('explanationsTitle')}</h2>
      <dl className={styles.explanations}>
        <dt>{t('columns.week')}</dt>
        <dd>{t('explain.week')}</dd>
        {TERMS.map((k) => (
          <Fragment key={k}>
            <dt>{t(`columns.${k}`)}</dt>
            <dd>{t(`explain.${k}`)}</dd>
          </Fragment>
        ))}
      </dl>
      <h2 id="transparency-release">{t('releaseTitle')}</h2>
      <p>{t('releaseBody')}</p>
      <p>{t('cancelBody')}</p>
      <p>{t('staffBody')}</p>
    </>
  );
}
