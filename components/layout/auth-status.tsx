'use client';

import { signOut, useSession } from 'next-auth/react';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import styles from './header.module.css';

const STAFF = ['clerk', 'reception', 'admin'];

/** Rendered in the browser so that public pages stay cacheable for everyone. */
export function AuthStatus() {
  const t = useTranslations('nav');
  const locale = useLocale();
  const { data, status } = useSession();
  if (status === 'loading') return <div className={styles.auth} aria-hidden="true" />;
  if (!data?.user) {
    return (
      <ul className={styles.auth}>
        <li>
          <Link href="/sign-in">{t('signIn')}</Link>
        </li>
        <li>
          <Link href="/register">{t('register')}</Link>
        </li>
      </ul>
    );
  }
  if (data.user.role === 'case_holder') {
    return (
      <ul className={styles.auth}>
        <li>
          <Link href="/case">{t('myCase', { number: data.user.name ?? '' })}</Link>
        </li>
        <li>
          <button type="button" className="button-link" onClick={() => signOut({ callbackUrl: `/${locale}` })}>
            {t('signOut')}
          </button>
        </li>
      </ul>
    );
  }
  const isStaff = STAFF.includes(data.user.role);
  return (
    <ul className={styles.auth}>
      <li className={styles.who}>{t('signedInAs', { email: data.user.email })}</li>
      <li>
        <Link href={isStaff ? '/staff' : '/account'}>{isStaff ? t('staff') : t('account')}</Link>
      </li>
      <li>
        <button type="button" className="button-link" onClick={() => signOut({ callbackUrl: `/${locale}` })}>
          {t('signOut')}
        </button>
      </li>
    </ul>
  );
}
