import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { findLocation, listWalkInServices } from '@/lib/queue/tickets';
import { currentKioskDevice } from '@/lib/queue/kiosk-cookie';
import { kioskDeviceAt } from '@/lib/queue/kiosk-devices';
import { localName } from '@/lib/i18n/local-name';
import { KioskScreen } from '@/components/queue/kiosk-screen';
import { KioskNotRegistered } from '@/components/queue/kiosk-not-registered';
import { UNAMBIGUOUS } from '@/lib/security/codes';
import { loadMessages } from '@/lib/i18n/messages';

/** Reservation codes are `R-` and six characters of the unambiguous alphabet (lib/reservations/booking.ts; R is one of them): digits first, as on a phone. */
const KEYPAD_KEYS = [...UNAMBIGUOUS.replace(/\D/g, ''), ...UNAMBIGUOUS.replace(/\d/g, ''), '-'];

type Props = { params: Promise<{ location: string }> };

/** The paired kiosk device of this location, or null (no cookie, revoked, or a kiosk of another location). */
async function deviceHere(slug: string) {
  const loc = await findLocation(await getDb(), slug);
  return { loc, device: loc ? kioskDeviceAt(await currentKioskDevice(), loc.id) : null };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { loc, device } = await deviceHere((await params).location);
  if (!device) return { title: (await getTranslations('kioskDevices.notRegistered'))('title'), robots: { index: false } };
  return { title: (await getTranslations('queue.kiosk'))('title', { location: loc?.name ?? '' }), robots: { index: false } };
}

/**
 * The check-in kiosk of one location. Only a device an admin paired for this
 * location opens it (its own cookie, not a staff session); any other browser
 * gets an explanation, never a sign-in page on a public screen.
 */
export default async function KioskPage({ params }: Props) {
  const { location } = await params;
  const { loc, device } = await deviceHere(location);
  if (!loc) notFound();
  if (!device) return <KioskNotRegistered />;
  const locale = await getLocale();
  const services = (await listWalkInServices(await getDb(), loc.id)).map((s) => ({ id: s.id, name: localName(s.names, locale) }));
  const pl = loadMessages('pl');
  const polish = { common: { officeName: pl.common.officeName }, queue: { kiosk: { print: pl.queue.kiosk.print } } };
  return <KioskScreen location={{ slug: loc.slug, name: loc.name }} walkIns={services} keys={KEYPAD_KEYS} polish={polish} />;
}
