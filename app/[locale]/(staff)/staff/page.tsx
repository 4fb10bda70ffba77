import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requireRole } from '@/lib/auth/session';
import { STAFF_ROLES } from '@/lib/auth/actor';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff'))('title') };
}

export default async function StaffHome() {
  const actor = await requireRole(STAFF_ROLES, '/staff');
  const t = await getTranslations();
  return (
    <>
      <h1>{t('staff.title')}</h1>
      <p>{t('staff.intro', { role: t(`roles.${actor.role}`) })}</p>
    </>
  );
}
