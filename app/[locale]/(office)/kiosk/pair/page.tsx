import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { KioskPairing } from '@/components/queue/kiosk-pairing';

// A static segment wins over `[location]`, so no location may be called "pair".

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('kioskDevices.pair'))('title'), robots: { index: false } };
}

/** Opened on the kiosk device from the link an admin was shown; the token is in the fragment, read by the browser only. */
export default function KioskPairPage() {
  return <KioskPairing />;
}
