import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { getBoardState } from '@/lib/queue/board';
import { findLocation } from '@/lib/queue/tickets';
import { BoardScreen, type BoardMessages } from '@/components/queue/board-screen';
import { routing } from '@/i18n/routing';
import { loadMessages } from '@/lib/i18n/messages';

type Props = { params: Promise<{ location: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Whole seconds from 0 (stay in the page's language) to an hour, or undefined. */
function seconds(value: unknown): number | undefined {
  return typeof value === 'string' && /^\d{1,4}$/.test(value) && Number(value) <= 3600 ? Number(value) : undefined;
}

/**
 * How long the board shows its texts in each language before the next:
 * BOARD_LANGUAGE_SECONDS (default 10, 0 = only the page's language), or
 * `?languageSeconds=` in the board's address, so one screen can be set apart
 * (a board in a room for one language group).
 */
function languageSeconds(query: Record<string, string | string[] | undefined>): number {
  return seconds(query.languageSeconds) ?? seconds(process.env.BOARD_LANGUAGE_SECONDS) ?? 10;
}

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loc = await findLocation(await getDb(), (await params).location);
  return { title: (await getTranslations('queue.board'))('title', { location: loc?.name ?? '' }), robots: { index: false } };
}

/** The waiting room's display board: public, ticket numbers and desks only. */
export default async function BoardPage({ params, searchParams }: Props) {
  const db = await getDb();
  const loc = await findLocation(db, (await params).location);
  if (!loc) notFound();
  // Every language's board texts come with the page, so switching language needs no request.
  const messages = {} as BoardMessages;
  for (const l of routing.locales) messages[l] = loadMessages(l).queue.board;
  return <BoardScreen location={{ slug: loc.slug, name: loc.name }} initial={await getBoardState(db, loc.id)} messages={messages} languageSeconds={languageSeconds(await searchParams)} />;
}
