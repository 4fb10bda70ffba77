import 'server-only';
import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { queueTickets, reservations, visitServiceLocations, visitServices, visitSlots, type LocalNames } from '@/db/schema';
import { addDays } from '@/lib/calendar/dates';
import { warsawInstant } from './slots';

/**
 * One location's reservations on a Warsaw date, grouped by service in the
 * services' order, each with its check-in state and staff-booking mark.
 */
export async function getDayReservations(db: DbOrTx, locationId: number, date: string) {
  const rows = await db
    .select({
      id: reservations.id,
      serviceId: visitServices.id,
      serviceNames: visitServices.names,
      startsAt: visitSlots.startsAt,
      code: reservations.code,
      givenName: reservations.givenName,
      familyName: reservations.familyName,
      passportNumber: reservations.passportNumber,
      minors: sql<number>`jsonb_array_length(${reservations.minors})`,
      status: reservations.status,
      checkedInAt: reservations.checkedInAt,
      staffBooking: reservations.staffBooking,
      staffReason: reservations.staffReason,
      ticket: queueTickets.label,
    })
    .from(reservations)
    .innerJoin(visitSlots, eq(visitSlots.id, reservations.slotId))
    .innerJoin(visitServices, eq(visitServices.id, reservations.serviceId))
    .leftJoin(queueTickets, eq(queueTickets.reservationId, reservations.id))
    .where(and(eq(visitSlots.locationId, locationId), gte(visitSlots.startsAt, warsawInstant(date, 0)), lt(visitSlots.startsAt, warsawInstant(addDays(date, 1), 0))))
    .orderBy(asc(visitServices.sortOrder), asc(visitServices.id), asc(visitSlots.startsAt), asc(reservations.familyName));
  // Every service offered here gets its section, also on a day without reservations.
  const offered = await db
    .select({ id: visitServices.id, names: visitServices.names })
    .from(visitServices)
    .innerJoin(visitServiceLocations, and(eq(visitServiceLocations.serviceId, visitServices.id), eq(visitServiceLocations.locationId, locationId)))
    .orderBy(asc(visitServices.sortOrder), asc(visitServices.id));
  type Row = Omit<(typeof rows)[number], 'serviceId' | 'serviceNames'>;
  const services = new Map<number, { id: number; names: LocalNames; reservations: Row[] }>(offered.map((s) => [s.id, { ...s, reservations: [] }]));
  for (const { serviceId, serviceNames, ...r } of rows) {
    if (!services.has(serviceId)) services.set(serviceId, { id: serviceId, names: serviceNames, reservations: [] });
    services.get(serviceId)!.reservations.push({ ...r, minors: Number(r.minors) });
  }
  return [...services.values()];
}
export type DayService = Awaited<ReturnType<typeof getDayReservations>>[number];
