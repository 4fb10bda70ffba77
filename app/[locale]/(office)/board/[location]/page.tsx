import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { getBoardState } from '@/lib/queue/board';
import { findLocation } from '@/lib/queue/tickets';
import { BoardScreen } from '@/components/queue/board-screen';

type Props = { params: Promise<{ location: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loc = await findLocation(await getDb(), (await params).location);
  return { title: (await getTranslations('queue.board'))('title', { location: loc?.name ?? '' }), robots: { index: false } };
}

/** The waiting room's display board: public, ticket numbers and desks only. */
export default async function BoardPage({ params }: Props) {
  const db = await getDb();
  const loc = await findLocation(db, (await params).location);
  if (!loc) notFound();
  return <BoardScreen location={{ slug: loc.slug, name: loc.name }} initial={await getBoardState(db, loc.id)} />;
}
