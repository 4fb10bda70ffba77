import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/auth/session';
import { listStaffAccounts } from '@/lib/auth/staff-accounts';
import { CreateStaffForm } from '@/components/staff/create-staff-form';
import { StaffAccountControls } from './staff-account-controls';
import { TableWrap } from '@/components/ui/table-wrap';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff.users'))('title') };
}

export default async function StaffUsersPage() {
  const admin = await requireRole(['admin'], '/staff/users');
  const t = await getTranslations();
  const staff = await listStaffAccounts(await getDb());
  return (
    <>
      <h1>{t('staff.users.title')}</h1>
      <p>{t('staff.users.intro')}</p>
      <TableWrap label={t('staff.users.title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('staff.users.name')}</th>
              <th scope="col">{t('staff.users.email')}</th>
              <th scope="col">{t('staff.users.role')}</th>
              <th scope="col">{t('staff.users.status')}</th>
              <th scope="col">{t('staff.users.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((s) => (
              <tr key={s.id}>
                <td>{s.displayName}</td>
                <td id={`staff-${s.id}`}>{s.email}</td>
                <td>{t(`roles.${s.role}`)}</td>
                <td>{s.disabledAt ? <strong>{t('staff.users.disabled')}</strong> : s.emailVerifiedAt ? t('staff.users.active') : t('staff.users.pending')}</td>
                <td>
                  {s.id === admin.id ? (
                    t('staff.users.yourself')
                  ) : (
                    <StaffAccountControls userId={s.id} name={s.displayName || s.email} role={s.role as 'clerk' | 'reception' | 'admin'} disabled={Boolean(s.disabledAt)} describedBy={`staff-${s.id}`} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <h2>{t('staff.users.createTitle')}</h2>
      <CreateStaffForm />
    </>
  );
}
