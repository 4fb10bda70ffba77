import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '@/db/client';
import { deskServices, desks, locations, queueTickets, reservations, visitServices, type LocalNames, type Minor } from '@/db/schema';
import { writeAudit } from '@/lib/audit/audit';
import type { Actor } from '@/lib/auth/actor';
import { warsawDate } from '@/lib/calendar/dates';
import { publishQueueEvent } from './events';
import type { QueueResult } from './types';

export type DeskSummary = { id: number; label: string; services: { id: number; letter: string; names: LocalNames }[] };
export type LocationDesks = { id: number; slug: string; name: string; desks: DeskSummary[] };

/** Every location with its active desks and what each serves: the desk chooser. */
export async function listDesks(db: DbOrTx): Promise<LocationDesks[]> {
  const [locs, ds, links] = await Promise.all([
    db.select({ id: locations.id, slug: locations.slug, name: locations.name }).from(locations).orderBy(asc(locations.sortOrder), asc(locations.id)),
    db.select().from(desks).where(eq(desks.active, true)).orderBy(asc(desks.id)),
    db
      .select({ deskId: deskServices.deskId, id: visitServices.id, letter: visitServices.ticketLetter, names: visitServices.names })
      .from(deskServices)
      .innerJoin(visitServices, eq(visitServices.id, deskServices.serviceId))
      .orderBy(asc(visitServices.sortOrder), asc(visitServices.id)),
  ]);
  return locs
    .map((l) => ({
      ...l,
      desks: ds
        .filter((d) => d.locationId === l.id)
        .sort((a, b) => a.label.localeCompare(b.label, 'pl', { numeric: true }))
        .map((d) => ({ id: d.id, label: d.label, services: links.filter((x) => x.deskId === d.id).map(({ deskId: _d, ...s }) => s) })),
    }))
    .filter((l) => l.desks.length > 0);
}

export type CurrentTicket = {
  id: number;
  label: string;
  kind: 'reserved' | 'walk_in';
  serviceNames: LocalNames;
  issuedAt: Date;
  calledAt: Date;
  recalls: number;
  appointmentAt: Date | null;
  // Only for reserved tickets: the clerk checks the visitor's identity against these.
  visitor: { code: string; givenName: string; familyName: string; birthDate: string; passportNumber: string; minors: Minor[] } | null;
};

export type DeskView = {
  desk: { id: number; label: string; locationId: number; locationSlug: string; locationName: string };
  services: { id: number; letter: string; names: LocalNames; waiting: number }[];
  current: CurrentTicket | null;
};

/** One desk by its location slug and label (the desk page's address), with its current ticket and queue lengths. */
export async function getDeskView(db: DbOrTx, locationSlug: string, deskLabel: string, now: Date = new Date()): Promise<DeskView | null> {
  const [desk] = await db
    .select({ id: desks.id, label: desks.label, locationId: desks.locationId, locationSlug: locations.slug, locationName: locations.name })
    .from(desks)
    .innerJoin(locations, eq(locations.id, desks.locationId))
    .where(and(eq(locations.slug, locationSlug), eq(desks.label, deskLabel), eq(desks.active, true)));
  if (!desk) return null;
  const day = warsawDate(now);
  const services = await db
    .select({
      id: visitServices.id,
      letter: visitServices.ticketLetter,
      names: visitServices.names,
      waiting: sql<number>`(select count(*)::int from ${queueTickets} q where q.location_id = ${desk.locationId} and q.service_id = ${visitServices.id} and q.day = ${day} and q.status = 'waiting')`,
    })
    .from(deskServices)
    .innerJoin(visitServices, eq(visitServices.id, deskServices.serviceId))
    .where(eq(deskServices.deskId, desk.id))
    .orderBy(asc(visitServices.sortOrder), asc(visitServices.id));
  const [t] = await db
    .select({
      id: queueTickets.id,
      label: queueTickets.label,
      kind: queueTickets.kind,
      serviceNames: visitServices.names,
      issuedAt: queueTickets.issuedAt,
      calledAt: queueTickets.calledAt,
      recalls: queueTickets.recalls,
      appointmentAt: queueTickets.appointmentAt,
      code: reservations.code,
      givenName: reservations.givenName,
      familyName: reservations.familyName,
      birthDate: reservations.birthDate,
      passportNumber: reservations.passportNumber,
      minors: reservations.minors,
    })
    .from(queueTickets)
    .innerJoin(visitServices, eq(visitServices.id, queueTickets.serviceId))
    .leftJoin(reservations, eq(reservations.id, queueTickets.reservationId))
    .where(and(eq(queueTickets.deskId, desk.id), eq(queueTickets.status, 'called')))
    .orderBy(sql`${queueTickets.calledAt} desc`)
    .limit(1);
  const current: CurrentTicket | null = t
    ? {
        id: t.id,
        label: t.label,
        kind: t.kind,
        serviceNames: t.serviceNames,
        issuedAt: t.issuedAt,
        calledAt: t.calledAt!,
        recalls: t.recalls,
        appointmentAt: t.appointmentAt,
        visitor: t.code
          ? { code: t.code, givenName: t.givenName!, familyName: t.familyName!, birthDate: t.birthDate!, passportNumber: t.passportNumber!, minors: t.minors ?? [] }
          : null,
      }
    : null;
  return { desk, services, current };
}

type CalledTicket = { id: number; label: string };

/**
 * Calls the next waiting ticket of today for the desk's services: reserved
 * tickets first by appointment time, then walk-ins by issue time (the order of
 * `compareCallOrder`). SKIP LOCKED lets desks pressing at the same moment each
 * take a different ticket instead of waiting for, or sharing, the same one.
 * The desk row is locked too, so one desk never holds two called tickets.
 */
export async function callNext(db: Db, actor: Actor, deskId: number, now: Date = new Date()): Promise<QueueResult<{ ticket: CalledTicket }>> {
  return db.transaction(async (tx): Promise<QueueResult<{ ticket: CalledTicket }>> => {
    const [desk] = await tx.select({ id: desks.id, locationId: desks.locationId, label: desks.label }).from(desks).where(and(eq(desks.id, deskId), eq(desks.active, true))).for('update');
    if (!desk) return { ok: false, formError: 'not_found' };
    const [busy] = await tx.select({ id: queueTickets.id }).from(queueTickets).where(and(eq(queueTickets.deskId, deskId), eq(queueTickets.status, 'called'))).limit(1);
    if (busy) return { ok: false, formError: 'desk_busy' };
    const [next] = await tx
      .select({ id: queueTickets.id, label: queueTickets.label })
      .from(queueTickets)
      .where(
        and(
          eq(queueTickets.locationId, desk.locationId),
          eq(queueTickets.day, warsawDate(now)),
          eq(queueTickets.status, 'waiting'),
          inArray(queueTickets.serviceId, tx.select({ id: deskServices.serviceId }).from(deskServices).where(eq(deskServices.deskId, deskId))),
        ),
      )
      .orderBy(sql`${queueTickets.kind} = 'walk_in'`, sql`${queueTickets.appointmentAt} asc nulls last`, asc(queueTickets.issuedAt), asc(queueTickets.id))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!next) return { ok: false, formError: 'queue_empty' };
    await tx.update(queueTickets).set({ status: 'called', deskId, calledAt: now }).where(eq(queueTickets.id, next.id));
    await writeAudit(tx, actor, { action: 'queue.call', entityType: 'queue_ticket', entityId: String(next.id), after: { ticket: next.label, desk: desk.label, locationId: desk.locationId } });
    await publishQueueEvent(tx, { locationId: desk.locationId, kind: 'call', ticketId: next.id });
    return { ok: true as const, ticket: next };
  });
}

/** The ticket the desk is dealing with, locked; null when the page was stale (finished or called elsewhere). */
async function currentAtDesk(tx: Tx, deskId: number, ticketId: number) {
  const [t] = await tx
    .select({ id: queueTickets.id, label: queueTickets.label, locationId: queueTickets.locationId, reservationId: queueTickets.reservationId, recalls: queueTickets.recalls, deskLabel: desks.label })
    .from(queueTickets)
    .innerJoin(desks, eq(desks.id, queueTickets.deskId))
    .where(and(eq(queueTickets.id, ticketId), eq(queueTickets.deskId, deskId), eq(queueTickets.status, 'called')))
    .for('update', { of: queueTickets });
  return t ?? null;
}

/** Calls the same ticket again: the board shows and announces it once more. */
export async function recallTicket(db: Db, actor: Actor, deskId: number, ticketId: number, now: Date = new Date()): Promise<QueueResult<{ ticket: CalledTicket }>> {
  return db.transaction(async (tx): Promise<QueueResult<{ ticket: CalledTicket }>> => {
    const t = await currentAtDesk(tx, deskId, ticketId);
    if (!t) return { ok: false, formError: 'ticket_not_current' };
    await tx.update(queueTickets).set({ recalls: sql`${queueTickets.recalls} + 1`, calledAt: now }).where(eq(queueTickets.id, t.id));
    await writeAudit(tx, actor, { action: 'queue.recall', entityType: 'queue_ticket', entityId: String(t.id), after: { ticket: t.label, desk: t.deskLabel, recalls: t.recalls + 1 } });
    await publishQueueEvent(tx, { locationId: t.locationId, kind: 'recall', ticketId: t.id });
    return { ok: true as const, ticket: { id: t.id, label: t.label } };
  });
}

/**
 * Ends the desk's current ticket. For a reservation the outcome is recorded on
 * it too: served, or no_show when the visitor did not come to the desk.
 */
export async function finishTicket(db: Db, actor: Actor, deskId: number, ticketId: number, outcome: 'served' | 'absent', now: Date = new Date()): Promise<QueueResult<{ ticket: CalledTicket }>> {
  return db.transaction(async (tx): Promise<QueueResult<{ ticket: CalledTicket }>> => {
    const t = await currentAtDesk(tx, deskId, ticketId);
    if (!t) return { ok: false, formError: 'ticket_not_current' };
    await tx.update(queueTickets).set({ status: outcome, finishedAt: now }).where(eq(queueTickets.id, t.id));
    if (t.reservationId) {
      await tx
        .update(reservations)
        .set({ status: outcome === 'served' ? 'served' : 'no_show' })
        .where(and(eq(reservations.id, t.reservationId), eq(reservations.status, 'checked_in')));
    }
    await writeAudit(tx, actor, {
      action: outcome === 'served' ? 'queue.served' : 'queue.absent',
      entityType: 'queue_ticket',
      entityId: String(t.id),
      before: { status: 'called' },
      after: { status: outcome, ticket: t.label, desk: t.deskLabel, reservationId: t.reservationId },
    });
    await publishQueueEvent(tx, { locationId: t.locationId, kind: 'finish', ticketId: t.id });
    return { ok: true as const, ticket: { id: t.id, label: t.label } };
  });
}
