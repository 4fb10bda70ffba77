import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { STAFF_ROLES } from '@/lib/auth/actor';

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const actor = await requireRole(STAFF_ROLES, '/staff');
  const t = await getTranslations('staff.nav');
  const te = await getTranslations('staffEnquiries');
  const tq = await getTranslations('queue.desk');
  const tr = await getTranslations('staffReservations.nav');
  const clerk = actor.role === 'clerk' || actor.role === 'admin';
  return (
    <>
      <nav aria-label={t('label')}>
        <ul className="actions" style={{ listStyle: 'none', padding: 0 }}>
          <li>
            <Link href="/staff/cases">{t('cases')}</Link>
          </li>
          <li>
            <Link href="/staff/compare">{t('compare')}</Link>
          </li>
          <li>
            <Link href="/staff/desk">{tq('title')}</Link>
          </li>
          <li>
            <Link href="/staff/reservations">{tr('day')}</Link>
          </li>
          {clerk ? (
            <>
              <li>
                <Link href="/staff/dashboard">{t('dashboard')}</Link>
              </li>
              <li>
                <Link href="/staff/notifications">{t('notifications')}</Link>
              </li>
              <li>
                <Link href="/staff/enquiries">{te('nav')}</Link>
              </li>
            </>
          ) : null}
          {actor.role === 'admin' ? (
            <>
            <li>
              <Link href="/staff/reservations/config">{tr('config')}</Link>
            </li>
            <li>
              <Link href="/staff/users">{t('users')}</Link>
            </li>
            <li>
              <Link href="/staff/kiosks">{t('kiosks')}</Link>
            </li>
            <li>
              <Link href="/staff/content">{t('content')}</Link>
            </li>
            <li>
              <Link href="/staff/announcements">{t('announcements')}</Link>
            </li>
            <li>
              <Link href="/staff/outbox">{t('outbox')}</Link>
            </li>
            <li>
              <Link href="/staff/audit">{t('audit')}</Link>
            </li>
            </>
          ) : null}
        </ul>
      </nav>
      {children}
    </>
  );
}
