import 'server-only';
import { asc } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { locationHours, locations, type Location } from '@/db/schema';

export type WeekHours = { weekday: number; opensAt: string; closesAt: string };
export type LocationWithHours = Location & { hours: WeekHours[] };

export async function listLocations(db: DbOrTx): Promise<LocationWithHours[]> {
  const [locs, hours] = await Promise.all([
    db.select().from(locations).orderBy(asc(locations.sortOrder), asc(locations.id)),
    db.select().from(locationHours).orderBy(asc(locationHours.weekday)),
  ]);
  return locs.map((l) => ({
    ...l,
    hours: hours
      .filter((h) => h.locationId === l.id)
      .map((h) => ({ weekday: h.weekday, opensAt: h.opensAt.slice(0, 5), closesAt: h.closesAt.slice(0, 5) })),
  }));
}

/** A map search for the address; no API key, no tracking script on our pages. */
export function mapUrl(l: Pick<Location, 'street' | 'postalCode' | 'city'>): string {
  const q = `${l.street}, ${l.postalCode} ${l.city}, Polska`;
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(q)}`;
}
