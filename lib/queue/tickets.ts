import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { locations, queueTickets, reservations, ticketCounters, visitServiceLocations, visitServices, visitSlots } from '@/db/schema';
import { writeAudit } from '@/lib/audit/audit';
import type { Actor } from '@/lib/auth/actor';
import type { KioskDevicePrincipal } from './kiosk-devices';
import { warsawDate } from '@/lib/calendar/dates';
import { publishQueueEvent } from './events';
import { checkInTiming, normalizeReservationCode, ticketLabel } from './rules';
import type { IssuedTicket, QueueResult } from './types';

/** Who acts at the kiosk: a paired kiosk device, or (for now) a staff session. */
export type KioskCaller = Actor | KioskDevicePrincipal;

/** A device has no account: the audit row names it in `after` instead of an actor. */
function auditOf(by: KioskCaller): { actor: Actor | null; device: { kioskDeviceId?: string } } {
  return 'kind' in by ? { actor: null, device: { kioskDeviceId: by.deviceId } } : { actor: by, device: {} };
}

/** A device acts only at its own location; checked here too, so no caller can forget it. */
const elsewhere = (by: KioskCaller, locationId: number) => 'kind' in by && by.locationId !== locationId;

type NewTicket = { locationId: number; serviceId: number; kind: 'reserved' | 'walk_in'; reservationId?: string; appointmentAt?: Date; now: Date };

/**
 * Next number for the location, service and Warsaw day. The upsert takes the
 * counter row's lock until commit, so concurrent kiosks queue behind each other
 * and never get the same number; a new day starts a new row, hence at 1.
 */
async function nextNumber(tx: Tx, locationId: number, serviceId: number, day: string): Promise<number> {
  const [row] = await tx
    .insert(ticketCounters)
    .values({ locationId, serviceId, day, last: 1 })
    .onConflictDoUpdate({ target: [ticketCounters.locationId, ticketCounters.serviceId, ticketCounters.day], set: { last: sql`${ticketCounters.last} + 1` } })
    .returning({ last: ticketCounters.last });
  return row!.last;
}

async function issueTicket(tx: Tx, t: NewTicket): Promise<IssuedTicket> {
  const [service] = await tx.select({ letter: visitServices.ticketLetter, names: visitServices.names }).from(visitServices).where(eq(visitServices.id, t.serviceId));
  const day = warsawDate(t.now);
  const number = await nextNumber(tx, t.locationId, t.serviceId, day);
  const label = ticketLabel(service!.letter, number);
  const [row] = await tx
    .insert(queueTickets)
    .values({
      locationId: t.locationId,
      serviceId: t.serviceId,
      day,
      number,
      label,
      kind: t.kind,
      reservationId: t.reservationId ?? null,
      appointmentAt: t.appointmentAt ?? null,
      issuedAt: t.now,
    })
    .returning({ id: queueTickets.id });
  await publishQueueEvent(tx, { locationId: t.locationId, kind: 'ticket', ticketId: row!.id });
  return { id: row!.id, label, kind: t.kind, serviceNames: service!.names, issuedAt: t.now.toISOString(), appointmentAt: t.appointmentAt?.toISOString() ?? null };
}

/**
 * The kiosk: a visitor's reservation code → a queue ticket. Open from 30
 * minutes before the slot until the service's grace minutes after it; a later
 * arrival is refused and the reservation lapses (status cancelled, reason
 * `late`) in the same step. Every other refusal changes nothing.
 */
export async function checkIn(db: Db, by: KioskCaller, locationId: number, rawCode: string, now: Date = new Date()): Promise<QueueResult<{ ticket: IssuedTicket }>> {
  const code = normalizeReservationCode(rawCode);
  if (elsewhere(by, locationId)) return { ok: false, formError: 'not_found' };
  if (!code) return { ok: false, formError: 'checkin_unknown' };
  const { actor, device } = auditOf(by);
  return db.transaction(async (tx): Promise<QueueResult<{ ticket: IssuedTicket }>> => {
    // The row lock makes a code scanned twice at once check in only once.
    const [r] = await tx
      .select({
        id: reservations.id,
        status: reservations.status,
        cancelReason: reservations.cancelReason,
        serviceId: reservations.serviceId,
        checkedInAt: reservations.checkedInAt,
        startsAt: visitSlots.startsAt,
        slotLocationId: visitSlots.locationId,
        graceMinutes: visitServices.graceMinutes,
      })
      .from(reservations)
      .innerJoin(visitSlots, eq(visitSlots.id, reservations.slotId))
      .innerJoin(visitServices, eq(visitServices.id, reservations.serviceId))
      .where(eq(reservations.code, code))
      .for('update', { of: reservations });
    if (!r) return { ok: false, formError: 'checkin_unknown' };
    if (r.slotLocationId !== locationId) {
      const [other] = await tx.select({ name: locations.name }).from(locations).where(eq(locations.id, r.slotLocationId));
      return { ok: false, formError: 'checkin_wrong_location', params: { location: other?.name ?? '' } };
    }
    if (r.checkedInAt || r.status === 'checked_in' || r.status === 'served') {
      // The visitor lost the number, or typed the code again: today's ticket, still waiting or called, is told again.
      const [own] = await tx
        .select({ label: queueTickets.label })
        .from(queueTickets)
        .where(and(eq(queueTickets.reservationId, r.id), eq(queueTickets.day, warsawDate(now)), inArray(queueTickets.status, ['waiting', 'called'])));
      return own ? { ok: false, formError: 'checkin_used_ticket', params: { ticket: own.label } } : { ok: false, formError: 'checkin_used' };
    }
    // Lapsed already (here, or by the late-cancel job): say why, not just "cancelled".
    if ((r.status === 'cancelled' && r.cancelReason === 'late') || r.status === 'no_show') return { ok: false, formError: 'checkin_late', params: { minutes: r.graceMinutes } };
    if (r.status !== 'active') return { ok: false, formError: 'checkin_cancelled' };

    const timing = checkInTiming(r.startsAt, r.graceMinutes, now);
    if (timing.verdict === 'early') return { ok: false, formError: 'checkin_too_early', params: { from: timing.opensAt.toISOString() } };
    if (timing.verdict === 'late') {
      await tx.update(reservations).set({ status: 'cancelled', cancelReason: 'late', cancelledAt: now }).where(eq(reservations.id, r.id));
      await writeAudit(tx, actor, { action: 'queue.checkin_late', entityType: 'reservation', entityId: r.id, before: { status: 'active' }, after: { status: 'cancelled', cancelReason: 'late', code, locationId, ...device } });
      return { ok: false, formError: 'checkin_late', params: { minutes: r.graceMinutes } };
    }

    const ticket = await issueTicket(tx, { locationId, serviceId: r.serviceId, kind: 'reserved', reservationId: r.id, appointmentAt: r.startsAt, now });
    await tx.update(reservations).set({ status: 'checked_in', checkedInAt: now }).where(eq(reservations.id, r.id));
    await writeAudit(tx, actor, { action: 'queue.checkin', entityType: 'reservation', entityId: r.id, before: { status: 'active' }, after: { status: 'checked_in', code, ticket: ticket.label, locationId, ...device } });
    return { ok: true as const, ticket };
  });
}

/** The kiosk's walk-in button: only for services that take walk-ins at this location. */
export async function takeWalkInTicket(db: Db, by: KioskCaller, locationId: number, serviceId: number, now: Date = new Date()): Promise<QueueResult<{ ticket: IssuedTicket }>> {
  if (elsewhere(by, locationId)) return { ok: false, formError: 'not_found' };
  const { actor, device } = auditOf(by);
  return db.transaction(async (tx): Promise<QueueResult<{ ticket: IssuedTicket }>> => {
    const [offered] = await tx
      .select({ id: visitServices.id })
      .from(visitServices)
      .innerJoin(visitServiceLocations, eq(visitServiceLocations.serviceId, visitServices.id))
      .where(and(eq(visitServices.id, serviceId), eq(visitServiceLocations.locationId, locationId), eq(visitServices.walkIns, true), eq(visitServices.active, true)));
    if (!offered) return { ok: false, formError: 'walk_in_unavailable' };
    const ticket = await issueTicket(tx, { locationId, serviceId, kind: 'walk_in', now });
    await writeAudit(tx, actor, { action: 'queue.walk_in', entityType: 'queue_ticket', entityId: String(ticket.id), after: { ticket: ticket.label, serviceId, locationId, ...device } });
    return { ok: true as const, ticket };
  });
}

/** Services this location's kiosk offers walk-in tickets for, in display order. */
export async function listWalkInServices(db: Db, locationId: number) {
  return db
    .select({ id: visitServices.id, names: visitServices.names, letter: visitServices.ticketLetter })
    .from(visitServices)
    .innerJoin(visitServiceLocations, eq(visitServiceLocations.serviceId, visitServices.id))
    .where(and(eq(visitServiceLocations.locationId, locationId), eq(visitServices.walkIns, true), eq(visitServices.active, true)))
    .orderBy(visitServices.sortOrder, visitServices.id);
}

/** A location by the slug in the kiosk's and board's address. */
export async function findLocation(db: Db, slug: string) {
  const [l] = await db.select({ id: locations.id, slug: locations.slug, name: locations.name }).from(locations).where(eq(locations.slug, slug));
  return l ?? null;
}
