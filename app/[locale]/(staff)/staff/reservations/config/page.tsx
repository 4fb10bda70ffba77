import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/db/client';
import { latestTask } from '@/lib/tasks/tasks';
import { ReplanPanel } from '@/components/staff/reservations/replan-panel';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reservationsAdmin'))('title') };
}

export default async function ReservationConfigPage() {
  await requireRole(['admin'], '/staff/reservations/config');
  const t = await getTranslations('reservationsAdmin');
  const sections = ['services', 'desks', 'schedules', 'closedDays'] as const;
  const href = { services: '/staff/reservations/config/services', desks: '/staff/reservations/config/desks', schedules: '/staff/reservations/config/schedules', closedDays: '/staff/reservations/config/closed-days' } as const;
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ul>
        {sections.map((s) => (
          <li key={s}>
            <Link href={href[s]}>{t(`${s}.title`)}</Link> – {t(`${s}.summary`)}
          </li>
        ))}
      </ul>
      <ReplanPanel initial={await latestTask(await getDb(), 'slots.replan')} />
    </>
  );
}
