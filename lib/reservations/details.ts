import 'server-only';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { locations, reservations, visitServices, visitSlots } from '@/db/schema';

const columns = {
  id: reservations.id,
  code: reservations.code,
  status: reservations.status,
  cancelReason: reservations.cancelReason,
  givenName: reservations.givenName,
  familyName: reservations.familyName,
  birthDate: reservations.birthDate,
  passportNumber: reservations.passportNumber,
  minors: reservations.minors,
  locale: reservations.locale,
  email: reservations.email,
  ownerId: reservations.ownerId,
  staffBooking: reservations.staffBooking,
  createdAt: reservations.createdAt,
  slotId: visitSlots.id,
  startsAt: visitSlots.startsAt,
  serviceId: visitServices.id,
  serviceSlug: visitServices.slug,
  serviceNames: visitServices.names,
  durationMinutes: visitServices.durationMinutes,
  servicePage: visitServices.servicePage,
  locationId: locations.id,
  locationSlug: locations.slug,
  locationName: locations.name,
  street: locations.street,
  postalCode: locations.postalCode,
  city: locations.city,
};

export type ReservationDetails = Awaited<ReturnType<typeof select>>[number];

function select(db: DbOrTx, where: SQL | undefined) {
  return db
    .select(columns)
    .from(reservations)
    .innerJoin(visitSlots, eq(visitSlots.id, reservations.slotId))
    .innerJoin(visitServices, eq(visitServices.id, reservations.serviceId))
    .innerJoin(locations, eq(locations.id, visitSlots.locationId))
    .where(where);
}

export async function reservationById(db: DbOrTx, id: string): Promise<ReservationDetails | null> {
  const [r] = await select(db, eq(reservations.id, id));
  return r ?? null;
}

/** The owner's reservation, or null when it is not theirs (the same answer as for an unknown id). */
export async function ownReservation(db: DbOrTx, ownerId: string, id: string): Promise<ReservationDetails | null> {
  const [r] = await select(db, and(eq(reservations.id, id), eq(reservations.ownerId, ownerId)));
  return r ?? null;
}

/** Everything one account booked, newest visit first: an employer's schedule of their employees' visits. */
export async function reservationsOf(db: DbOrTx, ownerId: string) {
  return select(db, eq(reservations.ownerId, ownerId)).orderBy(desc(visitSlots.startsAt));
}

export const placeLine = (r: Pick<ReservationDetails, 'locationName' | 'street' | 'postalCode' | 'city'>) => `${r.locationName}, ${r.street}, ${r.postalCode} ${r.city}`;
