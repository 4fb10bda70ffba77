import 'server-only';
import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { desks, queueTickets, visitServiceLocations, visitServices, type LocalNames } from '@/db/schema';
import { warsawDate } from '@/lib/calendar/dates';

/** How many called tickets the board lists. */
export const BOARD_CALLED = 8;

export type BoardCall = { id: number; label: string; desk: string; calledAt: string; recalls: number };
export type BoardWaiting = { serviceId: number; letter: string; names: LocalNames; waiting: number };
/** Everything the display board shows: ticket labels, desks and counts, never a name. */
export type BoardState = { called: BoardCall[]; waiting: BoardWaiting[]; at: string };

export async function getBoardState(db: DbOrTx, locationId: number, now: Date = new Date()): Promise<BoardState> {
  const day = warsawDate(now);
  const [called, waiting] = await Promise.all([
    db
      .select({ id: queueTickets.id, label: queueTickets.label, desk: desks.label, calledAt: queueTickets.calledAt, recalls: queueTickets.recalls })
      .from(queueTickets)
      .innerJoin(desks, eq(desks.id, queueTickets.deskId))
      .where(and(eq(queueTickets.locationId, locationId), eq(queueTickets.day, day), isNotNull(queueTickets.calledAt)))
      .orderBy(desc(queueTickets.calledAt), desc(queueTickets.id))
      .limit(BOARD_CALLED),
    db
      .select({
        serviceId: visitServices.id,
        letter: visitServices.ticketLetter,
        names: visitServices.names,
        waiting: sql<number>`(select count(*)::int from ${queueTickets} q where q.location_id = ${locationId} and q.service_id = ${visitServices.id} and q.day = ${day} and q.status = 'waiting')`,
      })
      .from(visitServices)
      .innerJoin(visitServiceLocations, eq(visitServiceLocations.serviceId, visitServices.id))
      .where(and(eq(visitServiceLocations.locationId, locationId), eq(visitServices.active, true)))
      .orderBy(asc(visitServices.sortOrder), asc(visitServices.id)),
  ]);
  return {
    called: called.map((c) => ({ ...c, calledAt: c.calledAt!.toISOString() })),
    waiting: waiting.map((w) => ({ ...w, waiting: Number(w.waiting) })),
    at: now.toISOString(),
  };
}
