import 'server-only';
import { refusal, type MessageParams } from '@/lib/errors/message';
import { and, asc, eq, gte, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { closedDays, contentPages, desks, deskServices, locations, reservations, visitSchedules, visitServiceLocations, visitServices, visitSlots } from '@/db/schema';
import { writeAudit } from '@/lib/audit/audit';
import type { Actor } from '@/lib/auth/actor';
import type { ActionResult } from '@/lib/actions/result';
import { addDays, isoWeekday, warsawDate } from '@/lib/calendar/dates';
import { polishHolidays } from '@/lib/calendar/holidays';
import { lockSlotGeneration } from '../jobs';
import { warsawInstant } from '../slots';
import { syncSlots, type SyncResult } from './sync';
import type { ClosedDayInput, DeskInput, ScheduleInput, ServiceInput } from './schemas';

/** Refusals carry a code from `errors`; a count rides along as `code:{"count":n}`, like validation messages. */
const refuse = (code: string, params?: Record<string, number>): { ok: false; formError: string; params?: MessageParams } => refusal(code, params);

class Refused extends Error {
  constructor(readonly result: { ok: false; formError: string }) {
    super(result.formError);
  }
}

/** Runs a configuration change in one transaction; a refusal anywhere rolls all of it back. */
async function change<R extends object>(db: Db, fn: (tx: DbOrTx) => Promise<{ ok: true } & R>): Promise<ActionResult<R>> {
  try {
    return await db.transaction(async (tx) => {
      // Changes and slot generation go one at a time, so checks and slot updates see a settled state.
      await lockSlotGeneration(tx);
      return fn(tx);
    });
  } catch (e) {
    if (e instanceof Refused) return e.result;
    throw e;
  }
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Rules across a schedule's fields; null when it is sound. */
export function scheduleProblem(s: Pick<ScheduleInput, 'kind' | 'weekdays' | 'opensAt' | 'closesAt' | 'slotMinutes' | 'capacity' | 'validFrom' | 'validTo'>): string | null {
  if (s.kind === 'weekly' && (!s.weekdays.length || s.weekdays.some((d) => d < 1 || d > 7))) return 'schedule_weekdays_required';
  if (minutes(s.closesAt) <= minutes(s.opensAt)) return 'schedule_closes_before_opens';
  if (s.slotMinutes > minutes(s.closesAt) - minutes(s.opensAt)) return 'schedule_slot_too_long';
  if (s.capacity < 1) return 'schedule_capacity_min';
  if (s.validTo && s.validTo < s.validFrom) return 'schedule_period_invalid';
  return null;
}

// ——— Reading ———

export async function getReservationConfig(db: DbOrTx) {
  const [locs, services, offered, deskRows, deskLinks, schedules] = await Promise.all([
    db.select({ id: locations.id, slug: locations.slug, name: locations.name }).from(locations).orderBy(asc(locations.sortOrder), asc(locations.id)),
    db.select().from(visitServices).orderBy(asc(visitServices.sortOrder), asc(visitServices.id)),
    db.select().from(visitServiceLocations),
    db.select().from(desks).orderBy(asc(desks.locationId), asc(desks.label)),
    db.select().from(deskServices),
    db.select().from(visitSchedules).orderBy(asc(visitSchedules.locationId), asc(visitSchedules.serviceId), asc(visitSchedules.validFrom), asc(visitSchedules.id)),
  ]);
  return {
    locations: locs,
    services: services.map((s) => ({ ...s, locationIds: offered.filter((o) => o.serviceId === s.id).map((o) => o.locationId) })),
    desks: deskRows.map((d) => ({ ...d, serviceIds: deskLinks.filter((l) => l.deskId === d.id).map((l) => l.serviceId) })),
    schedules: schedules.map((s) => ({ ...s, opensAt: s.opensAt.slice(0, 5), closesAt: s.closesAt.slice(0, 5), releaseAt: s.releaseAt.slice(0, 5) })),
  };
}
export type ReservationConfig = Awaited<ReturnType<typeof getReservationConfig>>;

/** Closed days from a date on (all by default), with the location's name. */
export async function listClosedDays(db: DbOrTx, from?: string) {
  return db
    .select({ id: closedDays.id, date: closedDays.date, locationId: closedDays.locationId, locationName: locations.name, reason: closedDays.reason })
    .from(closedDays)
    .leftJoin(locations, eq(locations.id, closedDays.locationId))
    .where(from ? gte(closedDays.date, from) : undefined)
    .orderBy(asc(closedDays.date), asc(closedDays.locationId));
}

/** Service cards of the info panel (Polish originals) that can say what to bring. */
export async function serviceCards(db: DbOrTx) {
  return db
    .select({ slug: contentPages.slug, title: contentPages.title })
    .from(contentPages)
    .where(and(eq(contentPages.locale, 'pl'), sql`${contentPages.slug} like 'services/%'`))
    .orderBy(asc(contentPages.title));
}

async function knownLocations(tx: DbOrTx, ids: number[]): Promise<boolean> {
  if (!ids.length) return true;
  const rows = await tx.select({ id: locations.id }).from(locations).where(inArray(locations.id, ids));
  return rows.length === new Set(ids).size;
}

// ——— Services ———

export async function saveService(db: Db, actor: Actor, input: ServiceInput): Promise<ActionResult<{ id: number }>> {
  return change(db, async (tx) => {
    const before = input.id ? (await tx.select().from(visitServices).where(eq(visitServices.id, input.id)))[0] : undefined;
    if (input.id && !before) throw new Refused(refuse('not_found'));
    if (!(await knownLocations(tx, input.locationIds))) throw new Refused(refuse('location_unknown'));
    const others = input.id ? ne(visitServices.id, input.id) : undefined;
    const [letter] = await tx.select({ id: visitServices.id }).from(visitServices).where(and(eq(visitServices.ticketLetter, input.ticketLetter), others));
    if (letter) throw new Refused(refuse('service_letter_taken'));
    const [slug] = await tx.select({ id: visitServices.id }).from(visitServices).where(and(eq(visitServices.slug, input.slug), others));
    if (slug) throw new Refused(refuse('service_slug_taken'));
    if (input.servicePage) {
      const [page] = await tx.select({ id: contentPages.id }).from(contentPages).where(and(eq(contentPages.slug, input.servicePage), eq(contentPages.locale, 'pl'), sql`${contentPages.slug} like 'services/%'`));
      if (!page) throw new Refused(refuse('service_page_unknown'));
    }
    const values = {
      slug: input.slug,
      names: { pl: input.namePl, en: input.nameEn, ru: input.nameRu, uk: input.nameUk },
      durationMinutes: input.durationMinutes,
      ticketLetter: input.ticketLetter,
      walkIns: input.walkIns,
      graceMinutes: input.graceMinutes,
      servicePage: input.servicePage,
      active: input.active,
      sortOrder: input.sortOrder,
    };
    let id = input.id;
    const previousLocations = id ? (await tx.select().from(visitServiceLocations).where(eq(visitServiceLocations.serviceId, id))).map((o) => o.locationId) : [];
    if (id) await tx.update(visitServices).set(values).where(eq(visitServices.id, id));
    else id = (await tx.insert(visitServices).values(values).returning({ id: visitServices.id }))[0]!.id;
    const dropped = previousLocations.filter((l) => !input.locationIds.includes(l));
    if (dropped.length) {
      // Schedules would keep producing slots where the service is no longer offered: they must go first.
      const [n] = await tx.select({ n: sql<number>`count(*)::int` }).from(visitSchedules).where(and(eq(visitSchedules.serviceId, id), inArray(visitSchedules.locationId, dropped)));
      if (n!.n > 0) throw new Refused(refuse('service_location_has_schedules', { count: n!.n }));
      await tx.delete(visitServiceLocations).where(and(eq(visitServiceLocations.serviceId, id), inArray(visitServiceLocations.locationId, dropped)));
      // Desks there no longer call this service.
      await tx.delete(deskServices).where(and(eq(deskServices.serviceId, id), inArray(deskServices.deskId, tx.select({ id: desks.id }).from(desks).where(inArray(desks.locationId, dropped)))));
    }
    const added = input.locationIds.filter((l) => !previousLocations.includes(l));
    if (added.length) await tx.insert(visitServiceLocations).values(added.map((locationId) => ({ serviceId: id!, locationId }))).onConflictDoNothing();
    await writeAudit(tx, actor, {
      action: before ? 'reservations.service.update' : 'reservations.service.create',
      entityType: 'visit_service',
      entityId: String(id),
      before: before ? { ...before, locationIds: previousLocations } : null,
      after: { ...values, locationIds: input.locationIds },
    });
    return { ok: true as const, id };
  });
}

// ——— Desks ———

export async function saveDesk(db: Db, actor: Actor, input: DeskInput): Promise<ActionResult<{ id: number }>> {
  return change(db, async (tx) => {
    const before = input.id ? (await tx.select().from(desks).where(eq(desks.id, input.id)))[0] : undefined;
    if (input.id && !before) throw new Refused(refuse('not_found'));
    if (!(await knownLocations(tx, [input.locationId]))) throw new Refused(refuse('location_unknown'));
    const [same] = await tx
      .select({ id: desks.id })
      .from(desks)
      .where(and(eq(desks.locationId, input.locationId), eq(desks.label, input.label), input.id ? ne(desks.id, input.id) : undefined));
    if (same) throw new Refused(refuse('desk_label_taken'));
    if (input.serviceIds.length) {
      const offered = await tx
        .select({ id: visitServiceLocations.serviceId })
        .from(visitServiceLocations)
        .where(and(eq(visitServiceLocations.locationId, input.locationId), inArray(visitServiceLocations.serviceId, input.serviceIds)));
      if (offered.length !== new Set(input.serviceIds).size) throw new Refused(refuse('desk_service_not_offered'));
    }
    const previous = before ? (await tx.select().from(deskServices).where(eq(deskServices.deskId, before.id))).map((l) => l.serviceId) : [];
    let id = input.id;
    const values = { locationId: input.locationId, label: input.label, active: input.active };
    if (id) await tx.update(desks).set(values).where(eq(desks.id, id));
    else id = (await tx.insert(desks).values(values).returning({ id: desks.id }))[0]!.id;
    await tx.delete(deskServices).where(eq(deskServices.deskId, id));
    if (input.serviceIds.length) await tx.insert(deskServices).values([...new Set(input.serviceIds)].map((serviceId) => ({ deskId: id!, serviceId })));
    await writeAudit(tx, actor, {
      action: before ? 'reservations.desk.update' : 'reservations.desk.create',
      entityType: 'desk',
      entityId: String(id),
      before: before ? { ...before, serviceIds: previous } : null,
      after: { ...values, serviceIds: input.serviceIds },
    });
    return { ok: true as const, id };
  });
}

// ——— Schedules ———

export async function saveSchedule(db: Db, actor: Actor, input: ScheduleInput, now = new Date()): Promise<ActionResult<{ id: number; sync: SyncResult }>> {
  const problem = scheduleProblem(input);
  if (problem) return refuse(problem);
  return change(db, async (tx) => {
    const before = input.id ? (await tx.select().from(visitSchedules).where(eq(visitSchedules.id, input.id)))[0] : undefined;
    if (input.id && !before) throw new Refused(refuse('not_found'));
    if (!(await knownLocations(tx, [input.locationId]))) throw new Refused(refuse('location_unknown'));
    const [service] = await tx.select({ id: visitServices.id }).from(visitServices).where(eq(visitServices.id, input.serviceId));
    if (!service) throw new Refused(refuse('service_unknown'));
    const [offered] = await tx
      .select({ id: visitServiceLocations.serviceId })
      .from(visitServiceLocations)
      .where(and(eq(visitServiceLocations.locationId, input.locationId), eq(visitServiceLocations.serviceId, input.serviceId)));
    if (!offered) throw new Refused(refuse('schedule_service_not_offered'));
    const values = {
      locationId: input.locationId,
      serviceId: input.serviceId,
      // A single-date schedule applies on its own date whatever weekday that is.
      weekdays: input.kind === 'date' ? [isoWeekday(input.validFrom)] : input.weekdays,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      slotMinutes: input.slotMinutes,
      capacity: input.capacity,
      validFrom: input.validFrom,
      validTo: input.validTo,
      releaseDaysBefore: input.releaseDaysBefore,
      releaseAt: input.releaseAt,
    };
    let id = input.id;
    if (id) await tx.update(visitSchedules).set(values).where(eq(visitSchedules.id, id));
    else id = (await tx.insert(visitSchedules).values(values).returning({ id: visitSchedules.id }))[0]!.id;
    const sync = await syncSlots(tx, { locationId: input.locationId, serviceId: input.serviceId }, now);
    if (before && (before.locationId !== input.locationId || before.serviceId !== input.serviceId)) {
      const old = await syncSlots(tx, { locationId: before.locationId, serviceId: before.serviceId }, now);
      (Object.keys(sync) as (keyof SyncResult)[]).forEach((k) => (sync[k] += old[k]));
    }
    await writeAudit(tx, actor, { action: before ? 'reservations.schedule.update' : 'reservations.schedule.create', entityType: 'visit_schedule', entityId: String(id), before: before ?? null, after: { ...values, sync } });
    return { ok: true as const, id, sync };
  });
}

export async function deleteSchedule(db: Db, actor: Actor, id: number, now = new Date()): Promise<ActionResult<{ sync: SyncResult }>> {
  return change(db, async (tx) => {
    const [before] = await tx.delete(visitSchedules).where(eq(visitSchedules.id, id)).returning();
    if (!before) throw new Refused(refuse('not_found'));
    const sync = await syncSlots(tx, { locationId: before.locationId, serviceId: before.serviceId }, now);
    await writeAudit(tx, actor, { action: 'reservations.schedule.delete', entityType: 'visit_schedule', entityId: String(id), before, after: { sync } });
    return { ok: true as const, sync };
  });
}

// ——— Closed days ———

/** Reservations still to be handled on a Warsaw date, at one location or everywhere. */
export async function activeReservationsOn(db: DbOrTx, date: string, locationId: number | null): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(reservations)
    .innerJoin(visitSlots, eq(visitSlots.id, reservations.slotId))
    .where(
      and(
        inArray(reservations.status, ['active', 'checked_in']),
        gte(visitSlots.startsAt, warsawInstant(date, 0)),
        lt(visitSlots.startsAt, warsawInstant(addDays(date, 1), 0)),
        locationId ? eq(visitSlots.locationId, locationId) : undefined,
      ),
    );
  return row!.n;
}

/**
 * Closes a date for one location or all. Refused while reservations on that
 * day are active: staff must move or cancel them first (the count says how many).
 */
export async function addClosedDay(db: Db, actor: Actor, input: ClosedDayInput, now = new Date()): Promise<ActionResult<{ id: number; sync: SyncResult }>> {
  if (input.date < warsawDate(now)) return refuse('closed_day_past');
  return change(db, async (tx) => {
    if (input.locationId && !(await knownLocations(tx, [input.locationId]))) throw new Refused(refuse('location_unknown'));
    const [exists] = await tx
      .select({ id: closedDays.id })
      .from(closedDays)
      .where(and(eq(closedDays.date, input.date), input.locationId ? or(isNull(closedDays.locationId), eq(closedDays.locationId, input.locationId)) : isNull(closedDays.locationId)));
    if (exists) throw new Refused(refuse('closed_day_exists'));
    const active = await activeReservationsOn(tx, input.date, input.locationId);
    if (active > 0) throw new Refused(refuse('closed_day_has_reservations', { count: active }));
    const [row] = await tx.insert(closedDays).values({ date: input.date, locationId: input.locationId, reason: input.reason }).returning({ id: closedDays.id });
    const sync = await syncSlots(tx, input.locationId ? { locationId: input.locationId } : {}, now);
    await writeAudit(tx, actor, { action: 'reservations.closed_day.add', entityType: 'closed_day', entityId: String(row!.id), after: { ...input, sync } });
    return { ok: true as const, id: row!.id, sync };
  });
}

export async function removeClosedDay(db: Db, actor: Actor, id: number, now = new Date()): Promise<ActionResult<{ sync: SyncResult }>> {
  return change(db, async (tx) => {
    const [before] = await tx.delete(closedDays).where(eq(closedDays.id, id)).returning();
    if (!before) throw new Refused(refuse('not_found'));
    const sync = await syncSlots(tx, before.locationId ? { locationId: before.locationId } : {}, now);
    await writeAudit(tx, actor, { action: 'reservations.closed_day.remove', entityType: 'closed_day', entityId: String(id), before, after: { sync } });
    return { ok: true as const, sync };
  });
}

/**
 * Closes every location on the Polish public holidays of a year; holidays
 * already closed are skipped, so loading a year twice changes nothing.
 */
export async function loadPublicHolidays(db: Db, actor: Actor, year: number, now = new Date()): Promise<ActionResult<{ added: number; sync: SyncResult }>> {
  return change(db, async (tx) => {
    const holidays = polishHolidays(year);
    const closed = new Set((await tx.select({ date: closedDays.date }).from(closedDays).where(and(isNull(closedDays.locationId), inArray(closedDays.date, holidays.map((h) => h.date))))).map((c) => c.date));
    const missing = holidays.filter((h) => !closed.has(h.date));
    if (!missing.length) return { ok: true as const, added: 0, sync: { added: 0, removed: 0, changed: 0, keptBooked: 0 } };
    let active = 0;
    for (const h of missing) active += await activeReservationsOn(tx, h.date, null);
    if (active > 0) throw new Refused(refuse('closed_day_has_reservations', { count: active }));
    await tx.insert(closedDays).values(missing.map((h) => ({ date: h.date, locationId: null, reason: h.name })));
    const sync = await syncSlots(tx, {}, now);
    await writeAudit(tx, actor, { action: 'reservations.holidays.load', entityType: 'closed_day', entityId: String(year), after: { dates: missing.map((h) => h.date), sync } });
    return { ok: true as const, added: missing.length, sync };
  });
}
