import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requireRole } from '@/lib/auth/session';
import { readOutboxMessage } from '@/lib/notifications/outbox-files';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff.outbox'))('title') };
}

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole(['admin'], '/staff/outbox');
  const message = await readOutboxMessage(decodeURIComponent((await params).id));
  if (!message) notFound();
  const t = await getTranslations('staff.outbox');
  const format = await getFormatter();
  return (
    <>
      <h1>{message.subject}</h1>
      <dl>
        <dt>{t('to')}</dt>
        <dd>{message.to}</dd>
        <dt>{t('date')}</dt>
        <dd>{message.date ? format.dateTime(message.date, { dateStyle: 'long', timeStyle: 'medium' }) : ''}</dd>
      </dl>
      <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', background: 'var(--color-surface)', padding: '1rem' }}>{message.text}</pre>
      <p>
        <Link href="/staff/outbox">{t('back')}</Link>
      </p>
    </>
  );
}
