import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { locations, visitServiceLocations, visitServices, visitSlots } from '@/db/schema';
import { startsLateEnough } from './lead-time';

/** Locations that offer at least one active service, in the office's order. */
export async function bookableLocations(db: DbOrTx) {
  return db
    .selectDistinct({ id: locations.id, slug: locations.slug, name: locations.name, street: locations.street, postalCode: locations.postalCode, city: locations.city, sortOrder: locations.sortOrder })
    .from(locations)
    .innerJoin(visitServiceLocations, eq(visitServiceLocations.locationId, locations.id))
    .innerJoin(visitServices, and(eq(visitServices.id, visitServiceLocations.serviceId), eq(visitServices.active, true)))
    .orderBy(asc(locations.sortOrder));
}

export async function servicesAt(db: DbOrTx, locationId: number) {
  return db
    .select({ id: visitServices.id, slug: visitServices.slug, names: visitServices.names, durationMinutes: visitServices.durationMinutes, servicePage: visitServices.servicePage })
    .from(visitServices)
    .innerJoin(visitServiceLocations, and(eq(visitServiceLocations.serviceId, visitServices.id), eq(visitServiceLocations.locationId, locationId)))
    .where(eq(visitServices.active, true))
    .orderBy(asc(visitServices.sortOrder), asc(visitServices.id));
}

/** A slot that can be booked now for this location and service, or null. */
export async function bookableSlot(db: DbOrTx, slotId: number, locationId: number, serviceId: number) {
  const [s] = await db
    .select({ id: visitSlots.id, startsAt: visitSlots.startsAt })
    .from(visitSlots)
    .where(
      and(
        eq(visitSlots.id, slotId),
        eq(visitSlots.locationId, locationId),
        eq(visitSlots.serviceId, serviceId),
        sql`${visitSlots.booked} < ${visitSlots.capacity}`,
        sql`${visitSlots.releasedAt} <= now()`,
        startsLateEnough(),
      ),
    );
  return s ?? null;
}

/** The first moment with a free, released place: where the calendar opens. */
export async function firstFreeSlot(db: DbOrTx, locationId: number, serviceId: number): Promise<Date | null> {
  const [s] = await db
    .select({ startsAt: visitSlots.startsAt })
    .from(visitSlots)
    .where(
      and(
        eq(visitSlots.locationId, locationId),
        eq(visitSlots.serviceId, serviceId),
        sql`${visitSlots.booked} < ${visitSlots.capacity}`,
        sql`${visitSlots.releasedAt} <= now()`,
        startsLateEnough(),
      ),
    )
    .orderBy(asc(visitSlots.startsAt))
    .limit(1);
  return s?.startsAt ?? null;
}
