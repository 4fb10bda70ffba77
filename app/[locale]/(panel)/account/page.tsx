import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { PANEL_ROLES, STAFF_ROLES } from '@/lib/auth/actor';
import { getAccount } from '@/lib/auth/accounts';
import { hasPassword, listOwnIdentities } from '@/lib/auth/identities';
import { oidcSettings } from '@/lib/auth/oidc-next';
import { IdentityUnlinkForm } from '@/components/auth/identity-unlink-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('title') };
}

export default async function AccountPage() {
  const actor = await requireRole([...PANEL_ROLES, ...STAFF_ROLES], '/account');
  const db = await getDb();
  const account = await getAccount(db, actor.id);
  const t = await getTranslations();
  const format = await getFormatter();
  if (!account) return null;
  const identities = await listOwnIdentities(db, actor);
  const askPassword = await hasPassword(db, actor);
  const providerName = (issuer: string) => (oidcSettings()?.issuer === issuer.replace(/\/+$/, '') && oidcSettings()?.label) || new URL(issuer).host;
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
      {identities.length ? (
        <section aria-labelledby="identities-heading">
          <h2 id="identities-heading">{t('account.identities.title')}</h2>
          <p>{askPassword ? t('account.identities.introPassword') : t('account.identities.introNoPassword')}</p>
          <ul className="stack">
            {identities.map((i) => (
              <li key={i.id}>
                <p>
                  <strong>{providerName(i.issuer)}</strong>
                  {' · '}
                  {t('account.identities.since', { date: format.dateTime(i.createdAt, { dateStyle: 'long' }) })}
                  {i.lastSignInAt ? <>{' · '}{t('account.identities.lastUsed', { date: format.dateTime(i.lastSignInAt, { dateStyle: 'long', timeStyle: 'short' }) })}</> : null}
                </p>
                {askPassword || identities.length > 1 ? (
                  <IdentityUnlinkForm identityId={i.id} provider={providerName(i.issuer)} askPassword={askPassword} />
                ) : (
                  <p>{t('account.identities.lastWay')}</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
