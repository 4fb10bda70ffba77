import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LocaleSwitcher } from './locale-switcher';
import { AuthStatus } from './auth-status';
import styles from './header.module.css';

async function MainNav() {
  const t = await getTranslations('nav');
  return (
    <nav aria-label={t('label')}>
      <ul className={styles.nav}>
        <li>
          <Link href="/">{t('home')}</Link>
        </li>
        <li>
          <Link href="/services">{t('services')}</Link>
        </li>
        <li>
          <Link href="/forms">{t('forms')}</Link>
        </li>
        <li>
          <Link href="/locations">{t('locations')}</Link>
        </li>
        <li>
          <Link href="/search">{t('search')}</Link>
        </li>
      </ul>
    </nav>
  );
}

/**
 * On a phone the menu and the sign-in links fold into one "Menu" disclosure
 * (a native details element: works by keyboard and without JavaScript), so
 * the header does not take half the screen; on wider screens they stand open.
 * Only one of the two is ever displayed, so assistive technology meets one menu.
 */
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
      <div className={`${styles.bar} ${styles.wide}`}>
        <MainNav />
        <AuthStatus />
      </div>
      <details className={`${styles.bar} ${styles.narrow}`}>
        <summary className={styles.menuButton}>{t('nav.menu')}</summary>
        <MainNav />
        <AuthStatus />
      </details>
    </header>
  );
}
