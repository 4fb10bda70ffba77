import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { PANEL_ROLES, STAFF_ROLES } from '@/lib/auth/actor';
import { getAccount } from '@/lib/auth/accounts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('title') };
}

export default async function AccountPage() {
  const actor = await requireRole([...PANEL_ROLES, ...STAFF_ROLES], '/account');
  const account = await getAccount(await getDb(), actor.id);
  const t = await getTranslations();
  const format = await getFormatter();
  if (!account) return null;
  return (
    <>
      <h1>{t('account.title')}</h1>
      <dl>
        <dt>{t('account.email')}</dt>
        <dd>{account.email}</dd>
        <dt>{t('account.type')}</dt>
        <dd>{t(`roles.${account.role}`)}</dd>
        {account.companyName ? (
          <>
            <dt>{t('account.company')}</dt>
            <dd>{account.companyName}</dd>
            <dt>{t('account.nip')}</dt>
            <dd>{account.nip}</dd>
          </>
        ) : null}
        <dt>{t('account.since')}</dt>
        <dd>{format.dateTime(account.createdAt, { dateStyle: 'long' })}</dd>
      </dl>
      <ul>
        {account.role === 'applicant' || account.role === 'employer' ? (
          <>
            <li>
              <Link href="/account/applications">{t('forms.engine.myApplications')}</Link>
            </li>
            <li>
              <Link href="/account/cases">{t('cases.linked.title')}</Link>
            </li>
            <li>
              <Link href="/account/reservations">{t('account.reservations')}</Link>
            </li>
          </>
        ) : null}
        <li>
          <Link href="/account/enquiries">{t('enquiries.account.title')}</Link>
        </li>
        <li>
          <Link href="/account/password">{t('account.changePassword')}</Link>
        </li>
      </ul>
    </>
  );
}
