import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { locations, visitServiceLocations, visitServices, type LocalNames } from '@/db/schema';
import { addDays, daysBetween, isoWeekday, warsawDate } from '@/lib/calendar/dates';
import { warsawInstant } from './slots';

/** Weeks shown before and after the current one (Warsaw ISO weeks, Monday to Sunday). */
export const WEEKS_BEFORE = 4;
export const WEEKS_AFTER = 4;

export type TransparencyWeek = {
  /** Monday of the week, a Warsaw date. */
  weekStart: string;
  isoWeek: number;
  position: 'past' | 'current' | 'future';
  /** Places in the week's slots (sum of capacity), released or not. */
  offered: number;
  /** Of those, places already released for booking. */
  released: number;
  /** Places taken by online bookings that were not given back before the visit. */
  bookedOnline: number;
  /** The same for bookings staff made for someone (each with a written reason). */
  bookedStaff: number;
  /** Reservations given back before the visit (by the visitor or staff); their places returned to the pool. */
  cancelled: number;
  /** Visitors who did not check in in time: marked absent, or refused at the kiosk as too late. */
  noShows: number;
  /** Released places still free in slots that have not started yet. */
  freeNow: number;
};

export type TransparencyReport = {
  weeks: TransparencyWeek[];
  /** Start of the earliest released future slot with a free place, or null. */
  firstFree: Date | null;
  /** The next moment at which more places are released, or null. */
  nextRelease: Date | null;
};

/** ISO 8601 week number of a Monday (the week belongs to the year of its Thursday). */
export function isoWeekNumber(monday: string): number {
  const thursday = addDays(monday, 3);
  return Math.floor(daysBetween(`${thursday.slice(0, 4)}-01-01`, thursday) / 7) + 1;
}

/** Mondays of the weeks the report covers, oldest first. */
export function reportWeeks(now: Date): string[] {
  const today = warsawDate(now);
  const monday = addDays(today, 1 - isoWeekday(today));
  return Array.from({ length: WEEKS_BEFORE + 1 + WEEKS_AFTER }, (_, i) => addDays(monday, (i - WEEKS_BEFORE) * 7));
}

const int = (v: unknown) => Number(v ?? 0);
const instant = (v: unknown) => (v == null ? null : new Date(v as string | Date));

/**
 * The public figures for one location and service, computed per request in a
 * single query so that a booking made a moment ago is already counted.
 * "Booked" counts every place a reservation took and kept until the visit
 * (no-shows included: the place was lost to others); a reservation given back
 * earlier counts as cancelled instead. A move keeps its row (and is not a
 * cancellation), so it counts once, in the week of its current slot.
 */
export async function getTransparencyReport(db: DbOrTx, locationId: number, serviceId: number, now = new Date()): Promise<TransparencyReport> {
  const mondays = reportWeeks(now);
  const bounds = [...mondays, addDays(mondays.at(-1)!, 7)].map((d) => warsawInstant(d, 0).toISOString());
  const at = now.toISOString();
  const starts = sql.join(
    bounds.slice(0, -1).map((b) => sql`${b}::timestamptz`),
    sql`, `,
  );
  const ends = sql.join(
    bounds.slice(1).map((b) => sql`${b}::timestamptz`),
    sql`, `,
  );
  // A late refusal at the kiosk cancels the reservation, but for the public it is a no-show.
  const lateCancel = sql`r.status = 'cancelled' and r.cancel_reason = 'late'`;
  const givenBack = sql`r.status = 'cancelled' and r.cancel_reason is distinct from 'late'`;
  const result = await db.execute(sql`
    with weeks as (
      select w.starts, w.ends, w.ord
      from unnest(array[${starts}], array[${ends}]) with ordinality as w(starts, ends, ord)
    ),
    s as (
      select id, starts_at, capacity, booked, released_at
      from visit_slots
      where location_id = ${locationId} and service_id = ${serviceId}
        and starts_at < ${bounds.at(-1)!}::timestamptz
    ),
    slot_weeks as (
      select w.ord,
        sum(s.capacity)::int as offered,
        (sum(s.capacity) filter (where s.released_at <= ${at}::timestamptz))::int as released,
        (sum(s.capacity - s.booked) filter (where s.released_at <= ${at}::timestamptz and s.starts_at > ${at}::timestamptz))::int as free_now
      from weeks w join s on s.starts_at >= w.starts and s.starts_at < w.ends
      group by w.ord
    ),
    reservation_weeks as (
      select w.ord,
        (count(*) filter (where not r.staff_booking and not (${givenBack})))::int as booked_online,
        (count(*) filter (where r.staff_booking and not (${givenBack})))::int as booked_staff,
        (count(*) filter (where ${givenBack}))::int as cancelled,
        (count(*) filter (where r.status = 'no_show' or (${lateCancel})))::int as no_shows
      from weeks w
        join s on s.starts_at >= w.starts and s.starts_at < w.ends
        join reservations r on r.slot_id = s.id
      group by w.ord
    )
    select weeks.ord, sw.offered, sw.released, sw.free_now, rw.booked_online, rw.booked_staff, rw.cancelled, rw.no_shows,
      (select min(starts_at) from visit_slots
        where location_id = ${locationId} and service_id = ${serviceId}
          and released_at <= ${at}::timestamptz and starts_at > ${at}::timestamptz and booked < capacity) as first_free,
      (select min(released_at) from visit_slots
        where location_id = ${locationId} and service_id = ${serviceId} and released_at > ${at}::timestamptz) as next_release
    from weeks
      left join slot_weeks sw on sw.ord = weeks.ord
      left join reservation_weeks rw on rw.ord = weeks.ord
    order by weeks.ord
  `);
  const rows = result.rows as Record<string, unknown>[];
  const current = WEEKS_BEFORE;
  return {
    weeks: rows.map((r, i) => ({
      weekStart: mondays[i]!,
      isoWeek: isoWeekNumber(mondays[i]!),
      position: i < current ? 'past' : i === current ? 'current' : 'future',
      offered: int(r.offered),
      released: int(r.released),
      bookedOnline: int(r.booked_online),
      bookedStaff: int(r.booked_staff),
      cancelled: int(r.cancelled),
      noShows: int(r.no_shows),
      freeNow: int(r.free_now),
    })),
    firstFree: instant(rows[0]?.first_free),
    nextRelease: instant(rows[0]?.next_release),
  };
}

export type TransparencyChoices = {
  locations: { id: number; slug: string; name: string }[];
  services: { id: number; slug: string; names: LocalNames }[];
  /** `${locationId}:${serviceId}` for each service a location offers. */
  offered: Set<string>;
};

/** What the page's selects offer: every location and every active service, in display order. */
export async function listTransparencyChoices(db: DbOrTx): Promise<TransparencyChoices> {
  const [locs, services, pairs] = await Promise.all([
    db.select({ id: locations.id, slug: locations.slug, name: locations.name }).from(locations).orderBy(asc(locations.sortOrder), asc(locations.id)),
    db
      .select({ id: visitServices.id, slug: visitServices.slug, names: visitServices.names })
      .from(visitServices)
      .where(eq(visitServices.active, true))
      .orderBy(asc(visitServices.sortOrder), asc(visitServices.id)),
    db.select().from(visitServiceLocations),
  ]);
  return { locations: locs, services, offered: new Set(pairs.map((p) => `${p.locationId}:${p.serviceId}`)) };
}

/**
 * The location and service a request asks for by slug; unknown or missing
 * slugs fall back to the first location and the first service it offers.
 */
export function resolveTransparencySelection(choices: TransparencyChoices, locationSlug?: string, serviceSlug?: string) {
  const location = choices.locations.find((l) => l.slug === locationSlug) ?? choices.locations[0];
  if (!location) return null;
  const service =
    choices.services.find((s) => s.slug === serviceSlug) ??
    choices.services.find((s) => choices.offered.has(`${location.id}:${s.id}`)) ??
    choices.services[0];
  if (!service) return null;
  return { location, service, offeredHere: choices.offered.has(`${location.id}:${service.id}`) };
}
