import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, serial, smallint, text, time, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { locations } from './locations';

export type LocalNames = { pl: string; en?: string; ru?: string; uk?: string };

/** What a visit is for (filing an application, fingerprints, collecting a card…); admin-defined. */
export const visitServices = pgTable('visit_services', {
  id: serial('id').primaryKey(),
  slug: varchar('slug', { length: 60 }).notNull().unique(),
  names: jsonb('names').$type<LocalNames>().notNull(),
  durationMinutes: smallint('duration_minutes').notNull(),
  // Ticket numbers start with this letter (A023); numbering restarts every day.
  ticketLetter: varchar('ticket_letter', { length: 1 }).notNull(),
  walkIns: boolean('walk_ins').notNull().default(false),
});

export const visitServiceLocations = pgTable(
  'visit_service_locations',
  {
    serviceId: integer('service_id').notNull().references(() => visitServices.id, { onDelete: 'cascade' }),
    locationId: integer('location_id').notNull().references(() => locations.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.locationId] })],
);

/** Weekly opening of one service at one location; its slots are generated ahead and released on schedule. */
export const visitSchedules = pgTable('visit_schedules', {
  id: serial('id').primaryKey(),
  locationId: integer('location_id').notNull().references(() => locations.id, { onDelete: 'cascade' }),
  serviceId: integer('service_id').notNull().references(() => visitServices.id, { onDelete: 'cascade' }),
  // ISO weekdays 1–7 the schedule applies to.
  weekdays: smallint('weekdays').array().notNull(),
  opensAt: time('opens_at').notNull(),
  closesAt: time('closes_at').notNull(),
  slotMinutes: smallint('slot_minutes').notNull(),
  capacity: smallint('capacity').notNull(),
  validFrom: date('valid_from').notNull(),
  validTo: date('valid_to'),
  // Capacity for a day is released this many days before it, at this Warsaw time.
  releaseDaysBefore: smallint('release_days_before').notNull().default(14),
  releaseAt: time('release_at').notNull().default('08:00'),
});

/** Days without visits: Polish public holidays and any date an admin closes (all locations when locationId is null). */
export const closedDays = pgTable(
  'closed_days',
  {
    id: serial('id').primaryKey(),
    date: date('date').notNull(),
    locationId: integer('location_id').references(() => locations.id, { onDelete: 'cascade' }),
    reason: varchar('reason', { length: 200 }).notNull(),
  },
  (t) => [uniqueIndex('closed_days_date_location_key').on(t.date, t.locationId)],
);

/**
 * Bookable slots, generated from the schedules. `booked` never exceeds
 * `capacity`: a CHECK holds it in the database whatever the application does.
 */
export const visitSlots = pgTable(
  'visit_slots',
  {
    id: serial('id').primaryKey(),
    locationId: integer('location_id').notNull().references(() => locations.id, { onDelete: 'cascade' }),
    serviceId: integer('service_id').notNull().references(() => visitServices.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    capacity: smallint('capacity').notNull(),
    booked: smallint('booked').notNull().default(0),
    releasedAt: timestamp('released_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('visit_slots_key').on(t.locationId, t.serviceId, t.startsAt),
    index('visit_slots_day_idx').on(t.serviceId, t.locationId, t.startsAt),
    check('visit_slots_capacity', sql`${t.booked} >= 0 and ${t.booked} <= ${t.capacity}`),
  ],
);

export const reservationStatusEnum = pgEnum('reservation_status', ['active', 'cancelled', 'checked_in', 'served', 'no_show']);

export type Minor = { givenName: string; familyName: string; birthDate: string };

export const reservations = pgTable(
  'reservations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: varchar('code', { length: 12 }).notNull(),
    slotId: integer('slot_id').notNull().references(() => visitSlots.id),
    serviceId: integer('service_id').notNull().references(() => visitServices.id),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    // A reservation is personal: these are set once and never changed.
    givenName: varchar('given_name', { length: 100 }).notNull(),
    familyName: varchar('family_name', { length: 100 }).notNull(),
    birthDate: date('birth_date').notNull(),
    passportNumber: varchar('passport_number', { length: 20 }).notNull(),
    minors: jsonb('minors').$type<Minor[]>().notNull().default([]),
    status: reservationStatusEnum('status').notNull().default('active'),
    staffBooking: boolean('staff_booking').notNull().default(false),
    staffReason: text('staff_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('reservations_code_key').on(t.code),
    // One active reservation per passport number and service, enforced where races cannot reach.
    uniqueIndex('reservations_active_passport_key').on(t.passportNumber, t.serviceId).where(sql`${t.status} = 'active'`),
    index('reservations_owner_idx').on(t.ownerId),
    index('reservations_slot_idx').on(t.slotId),
  ],
);
