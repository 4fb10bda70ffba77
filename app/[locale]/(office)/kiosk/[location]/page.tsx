import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/auth/session';
import { STAFF_ROLES } from '@/lib/auth/actor';
import { findLocation, listWalkInServices } from '@/lib/queue/tickets';
import { localName } from '@/components/queue/names';
import { KioskScreen } from '@/components/queue/kiosk-screen';

type Props = { params: Promise<{ location: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loc = await findLocation(await getDb(), (await params).location);
  return { title: (await getTranslations('queue.kiosk'))('title', { location: loc?.name ?? '' }), robots: { index: false } };
}

/** The check-in kiosk of one location. Reception signs the device in each morning, so check-in happens only in the office. */
export default async function KioskPage({ params }: Props) {
  const { location } = await params;
  await requireRole(STAFF_ROLES, `/kiosk/${location}`);
  const db = await getDb();
  const loc = await findLocation(db, location);
  if (!loc) notFound();
  const locale = await getLocale();
  const services = (await listWalkInServices(db, loc.id)).map((s) => ({ id: s.id, name: localName(s.names, locale) }));
  return <KioskScreen location={{ slug: loc.slug, name: loc.name }} walkIns={services} />;
}
