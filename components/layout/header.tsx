import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LocaleSwitcher } from './locale-switcher';
import { AuthStatus } from './auth-status';
import styles from './header.module.css';

export async function Header() {
  const t = await getTranslations();
  return (
    <header className={styles.header}>
      <div className={styles.top}>
        <Link href="/" className={styles.brand}>
          <span className={styles.app}>{t('common.appName')}</span>
          <span className={styles.office}>{t('common.officeName')}</span>
        </Link>
        <LocaleSwitcher />
      </div>
      <div className={styles.bar}>
        <nav aria-label={t('nav.label')}>
          <ul className={styles.nav}>
            <li>
              <Link href="/">{t('nav.home')}</Link>
            </li>
            <li>
              <Link href="/services">{t('nav.services')}</Link>
            </li>
            <li>
              <Link href="/forms">{t('nav.forms')}</Link>
            </li>
            <li>
              <Link href="/locations">{t('nav.locations')}</Link>
            </li>
            <li>
              <Link href="/search">{t('nav.search')}</Link>
            </li>
          </ul>
        </nav>
        <AuthStatus />
      </div>
    </header>
  );
}
