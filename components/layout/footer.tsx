import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import styles from './footer.module.css';

export async function Footer() {
  const t = await getTranslations('footer');
  const tc = await getTranslations('common');
  const tt = await getTranslations('transparency');
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <nav aria-label={t('label')}>
          <ul className={styles.links}>
            <li>
              <Link href="/accessibility">{t('accessibility')}</Link>
            </li>
            <li>
              <Link href="/privacy">{t('privacy')}</Link>
            </li>
            <li>
              <Link href="/terms">{t('terms')}</Link>
            </li>
            <li>
              <Link href="/transparency">{tt('link')}</Link>
            </li>
          </ul>
        </nav>
        <p>
          {tc('officeName')} · {tc('department')}
        </p>
        <p>{t('openSource')}</p>
      </div>
    </footer>
  );
}
