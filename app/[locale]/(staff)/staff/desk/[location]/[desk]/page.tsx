import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/auth/session';
import { STAFF_ROLES } from '@/lib/auth/actor';
import { getDeskView } from '@/lib/queue/desk';
import { localName } from '@/lib/i18n/local-name';
import { DeskConsole } from '@/components/queue/desk-console';

type Props = { params: Promise<{ location: string; desk: string }> };

// Desk labels may hold characters a URL escapes ("12 A"); a stray "%" must not break the page.
const deskLabel = (raw: string) => {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { desk } = await params;
  return { title: (await getTranslations('queue.desk'))('deskLink', { desk: deskLabel(desk) }) };
}

/** One desk: call the next visitor, recall, mark served or absent. */
export default async function DeskPage({ params }: Props) {
  const { location, desk } = await params;
  await requireRole(STAFF_ROLES, `/staff/desk/${location}/${desk}`);
  const view = await getDeskView(await getDb(), location, deskLabel(desk));
  if (!view) notFound();
  const [t, locale] = await Promise.all([getTranslations('queue.desk'), getLocale()]);
  const c = view.current;
  return (
    <>
      <p>
        <Link href="/staff/desk">{t('otherDesk')}</Link>
      </p>
      <h1>{t('heading', { desk: view.desk.label, location: view.desk.locationName })}</h1>
      <DeskConsole
        deskId={view.desk.id}
        location={view.desk.locationSlug}
        services={view.services.map((s) => ({ id: s.id, letter: s.letter, name: localName(s.names, locale), waiting: s.waiting }))}
        current={
          c
            ? {
                id: c.id,
                label: c.label,
                kind: c.kind,
                service: localName(c.serviceNames, locale),
                appointmentAt: c.appointmentAt?.toISOString() ?? null,
                recalls: c.recalls,
                visitor: c.visitor,
              }
            : null
        }
      />
      <p>
        <Link href={`/board/${view.desk.locationSlug}`}>{t('boardLink', { location: view.desk.locationName })}</Link>
      </p>
    </>
  );
}
