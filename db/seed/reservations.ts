import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { closedDays, desks, deskServices, locations, visitSchedules, visitServiceLocations, visitServices, type LocalNames } from '../schema';
import { polishHolidays } from '@/lib/calendar/holidays';
import { warsawDate } from '@/lib/calendar/dates';
import { generateSlotsAhead } from '@/lib/reservations/jobs';

/**
 * Demo visit services, desks and schedules for the four DUW locations. Other
 * features' tests rely on these slugs and letters: change them with care.
 */
export const demoVisitServices: {
  slug: string;
  letter: string;
  durationMinutes: number;
  walkIns: boolean;
  servicePage: string | null;
  names: Required<LocalNames>;
}[] = [
  {
    slug: 'submit-application',
    letter: 'A',
    durationMinutes: 30,
    walkIns: false,
    servicePage: 'services/residence-card',
    names: { pl: 'Złożenie wniosku', en: 'Submitting an application', ru: 'Подача заявления', uk: 'Подання заяви' },
  },
  {
    slug: 'fingerprints',
    letter: 'B',
    durationMinutes: 15,
    walkIns: false,
    servicePage: 'services/temporary-residence',
    names: { pl: 'Pobranie odcisków palców', en: 'Fingerprinting', ru: 'Сдача отпечатков пальцев', uk: 'Здача відбитків пальців' },
  },
  {
    slug: 'collect-card',
    letter: 'C',
    durationMinutes: 10,
    walkIns: true,
    servicePage: 'services/residence-card',
    names: { pl: 'Odbiór karty pobytu', en: 'Collecting a residence card', ru: 'Получение карты пребывания', uk: 'Отримання карти побиту' },
  },
  {
    slug: 'eu-registration',
    letter: 'D',
    durationMinutes: 30,
    walkIns: false,
    servicePage: 'services/eu-citizen-registration',
    names: { pl: 'Rejestracja pobytu obywatela UE', en: 'EU citizen registration', ru: 'Регистрация пребывания гражданина ЕС', uk: 'Реєстрація перебування громадянина ЄС' },
  },
  {
    slug: 'head-of-unit',
    letter: 'E',
    durationMinutes: 30,
    walkIns: false,
    servicePage: null,
    names: { pl: 'Wizyta u kierownika oddziału w sprawie', en: 'Meeting the head of unit about a case', ru: 'Приём у руководителя отдела по делу', uk: 'Прийом у керівника відділу у справі' },
  },
];

type DemoSchedule = { service: string; weekdays: number[]; opensAt: string; closesAt: string; slotMinutes: number; capacity: number };

// Wrocław keeps its published hours (Mon, Tue, Thu, Fri 9–16; Wed 8–18); visits end before closing.
const wroclawDays = [1, 2, 4, 5];
const wednesday = [3];
const branchDays = [1, 2, 3, 4, 5];

/** Desks serve services; the capacity of a slot is about the desks that serve it at that time. */
export const demoOffice: Record<string, { desks: Record<string, string[]>; schedules: DemoSchedule[] }> = {
  wroclaw: {
    desks: {
      '1': ['submit-application', 'eu-registration'],
      '2': ['submit-application'],
      '3': ['submit-application', 'fingerprints'],
      '4': ['fingerprints', 'eu-registration'],
      '5': ['collect-card', 'fingerprints'],
      '6': ['collect-card', 'head-of-unit'],
    },
    schedules: [
      { service: 'submit-application', weekdays: wroclawDays, opensAt: '09:00', closesAt: '15:30', slotMinutes: 30, capacity: 3 },
      { service: 'submit-application', weekdays: wednesday, opensAt: '08:00', closesAt: '17:30', slotMinutes: 30, capacity: 3 },
      { service: 'fingerprints', weekdays: wroclawDays, opensAt: '09:00', closesAt: '15:30', slotMinutes: 15, capacity: 2 },
      { service: 'fingerprints', weekdays: wednesday, opensAt: '08:00', closesAt: '17:30', slotMinutes: 15, capacity: 2 },
      { service: 'collect-card', weekdays: wroclawDays, opensAt: '09:00', closesAt: '15:30', slotMinutes: 15, capacity: 2 },
      { service: 'collect-card', weekdays: wednesday, opensAt: '08:00', closesAt: '17:30', slotMinutes: 15, capacity: 2 },
      { service: 'eu-registration', weekdays: wroclawDays, opensAt: '09:00', closesAt: '15:00', slotMinutes: 30, capacity: 1 },
      { service: 'eu-registration', weekdays: wednesday, opensAt: '08:15', closesAt: '15:00', slotMinutes: 30, capacity: 1 },
      // The head of unit receives on Wednesdays only.
      { service: 'head-of-unit', weekdays: wednesday, opensAt: '10:00', closesAt: '14:00', slotMinutes: 30, capacity: 1 },
    ],
  },
  legnica: {
    desks: { '1': ['submit-application', 'eu-registration'], '2': ['fingerprints', 'collect-card'] },
    schedules: [
      { service: 'submit-application', weekdays: branchDays, opensAt: '08:00', closesAt: '15:00', slotMinutes: 30, capacity: 1 },
      { service: 'fingerprints', weekdays: branchDays, opensAt: '08:00', closesAt: '15:00', slotMinutes: 15, capacity: 1 },
      { service: 'collect-card', weekdays: branchDays, opensAt: '08:00', closesAt: '15:00', slotMinutes: 15, capacity: 1 },
      { service: 'eu-registration', weekdays: [2, 4], opensAt: '08:00', closesAt: '12:00', slotMinutes: 30, capacity: 1 },
    ],
  },
  walbrzych: {
    desks: { '1': ['submit-application', 'fingerprints'], '2': ['fingerprints', 'collect-card'] },
    schedules: [
      { service: 'submit-application', weekdays: branchDays, opensAt: '08:00', closesAt: '15:00', slotMinutes: 30, capacity: 1 },
      { service: 'fingerprints', weekdays: branchDays, opensAt: '08:00', closesAt: '15:00', slotMinutes: 15, capacity: 2 },
      { service: 'collect-card', weekdays: branchDays, opensAt: '08:00', closesAt: '15:00', slotMinutes: 15, capacity: 1 },
    ],
  },
  'jelenia-gora': {
    desks: { '1': ['submit-application', 'fingerprints'], '2': ['fingerprints', 'collect-card'] },
    schedules: [
      { service: 'submit-application', weekdays: branchDays, opensAt: '08:00', closesAt: '15:00', slotMinutes: 30, capacity: 1 },
      { service: 'fingerprints', weekdays: branchDays, opensAt: '08:00', closesAt: '15:00', slotMinutes: 15, capacity: 2 },
      { service: 'collect-card', weekdays: [1, 3, 5], opensAt: '08:00', closesAt: '15:00', slotMinutes: 15, capacity: 1 },
    ],
  },
};

/**
 * Each Monday at 08:00 the following ISO week opens: the current week and the
 * next one are bookable, later weeks are not released yet (only between Monday
 * 00:00 and 08:00 is the next week still closed).
 */
export const DEMO_RELEASE = { releaseDaysBefore: 7, releaseAt: '08:00' };
// Schedules start at the beginning of the seed year so that every generated day is covered.
const demoValidFrom = (today: string) => `${today.slice(0, 4)}-01-01`;

export type ReservationSeedResult = { services: number; schedules: number; closedDays: number; slots: number };

/** Idempotent: adds what is missing and leaves whatever an admin has changed. */
export async function seedReservations(db: Db, now = new Date()): Promise<ReservationSeedResult> {
  const today = warsawDate(now);
  const result: ReservationSeedResult = { services: 0, schedules: 0, closedDays: 0, slots: 0 };

  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(visitServices)
      .values(
        demoVisitServices.map((s, i) => ({
          slug: s.slug,
          names: s.names,
          durationMinutes: s.durationMinutes,
          ticketLetter: s.letter,
          walkIns: s.walkIns,
          servicePage: s.servicePage,
          sortOrder: i + 1,
        })),
      )
      .onConflictDoNothing({ target: visitServices.slug })
      .returning({ id: visitServices.id });
    result.services = inserted.length;

    const services = new Map((await tx.select({ id: visitServices.id, slug: visitServices.slug }).from(visitServices)).map((s) => [s.slug, s.id]));
    const locs = await tx.select({ id: locations.id, slug: locations.slug }).from(locations).where(inArray(locations.slug, Object.keys(demoOffice)));
    for (const loc of locs) {
      const office = demoOffice[loc.slug]!;
      // A location that already has schedules or desks was set up before (or by an admin): leave it.
      const [hasSchedule] = await tx.select({ id: visitSchedules.id }).from(visitSchedules).where(eq(visitSchedules.locationId, loc.id)).limit(1);
      const [hasDesk] = await tx.select({ id: desks.id }).from(desks).where(eq(desks.locationId, loc.id)).limit(1);
      const offered = [...new Set(office.schedules.map((s) => s.service))];
      if (!hasSchedule) {
        await tx
          .insert(visitServiceLocations)
          .values(offered.map((slug) => ({ serviceId: services.get(slug)!, locationId: loc.id })))
          .onConflictDoNothing();
        const rows = await tx
          .insert(visitSchedules)
          .values(
            office.schedules.map((s) => ({
              locationId: loc.id,
              serviceId: services.get(s.service)!,
              weekdays: s.weekdays,
              opensAt: s.opensAt,
              closesAt: s.closesAt,
              slotMinutes: s.slotMinutes,
              capacity: s.capacity,
              validFrom: demoValidFrom(today),
              validTo: null,
              ...DEMO_RELEASE,
            })),
          )
          .returning({ id: visitSchedules.id });
        result.schedules += rows.length;
      }
      if (!hasDesk) {
        for (const [label, served] of Object.entries(office.desks)) {
          const [desk] = await tx.insert(desks).values({ locationId: loc.id, label }).onConflictDoNothing().returning({ id: desks.id });
          if (desk) await tx.insert(deskServices).values(served.map((slug) => ({ deskId: desk.id, serviceId: services.get(slug)! })));
        }
      }
    }

    // Public holidays of this year and the next close every location.
    const year = Number(today.slice(0, 4));
    for (const h of [...polishHolidays(year), ...polishHolidays(year + 1)]) {
      // The unique index treats NULL locations as distinct, so check first (inside the seed's transaction).
      const [exists] = await tx.select({ id: closedDays.id }).from(closedDays).where(and(eq(closedDays.date, h.date), isNull(closedDays.locationId)));
      if (exists) continue;
      await tx.insert(closedDays).values({ date: h.date, locationId: null, reason: h.name });
      result.closedDays++;
    }
  });

  result.slots = await generateSlotsAhead(db, now);
  return result;
}
