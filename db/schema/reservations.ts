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
  // The info panel's service card whose "documents" section says what to bring (e.g. "services/temporary-residence").
  servicePage: varchar('service_page', { length: 120 }),
  // A reserved visitor may check in this many minutes after the slot start; later, the reservation lapses.
  graceMinutes: smallint('grace_minutes').notNull().default(10),
  active: boolean('active').notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(0),
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
  // A week's capacity is released all at once, this many days before that ISO week's Monday, at this Warsaw time.
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
    // Language and address of the confirmation (the booker's), so later notices use the same.
    locale: varchar('locale', { length: 2 }).notNull().default('pl'),
    email: varchar('email', { length: 254 }),
    status: reservationStatusEnum('status').notNull().default('active'),
    // owner | staff | late (refused at the kiosk) | moved is not a cancellation: the row keeps its code.
    cancelReason: varchar('cancel_reason', { length: 20 }),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    staffBooking: boolean('staff_booking').notNull().default(false),
    staffReason: text('staff_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    // The calendar file's SEQUENCE (RFC 5545 §3.8.7.4): 0 when booked, +1 with every move or cancellation.
    sequence: integer('sequence').notNull().default(0),
  },
  (t) => [
    uniqueIndex('reservations_code_key').on(t.code),
    // One active reservation per passport number and service, enforced where races cannot reach.
    uniqueIndex('reservations_active_passport_key').on(t.passportNumber, t.serviceId).where(sql`${t.status} = 'active'`),
    index('reservations_owner_idx').on(t.ownerId),
    index('reservations_slot_idx').on(t.slotId),
  ],
);

export type VisitService = typeof visitServices.$inferSelect;
export type VisitSchedule = typeof visitSchedules.$inferSelect;
export type VisitSlot = typeof visitSlots.$inferSelect;
export type Reservation = typeof reservations.$inferSelect;

/** Service desks (windows) of a location; each serves some visit services. */
export const desks = pgTable(
  'desks',
  {
    id: serial('id').primaryKey(),
    locationId: integer('location_id').notNull().references(() => locations.id, { onDelete: 'cascade' }),
    // What the board and the ticket say: "3", "12A".
    label: varchar('label', { length: 20 }).notNull(),
    active: boolean('active').notNull().default(true),
  },
  (t) => [uniqueIndex('desks_location_label_key').on(t.locationId, t.label)],
);

export const deskServices = pgTable(
  'desk_services',
  {
    deskId: integer('desk_id').notNull().references(() => desks.id, { onDelete: 'cascade' }),
    serviceId: integer('service_id').notNull().references(() => visitServices.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.deskId, t.serviceId] })],
);

/**
 * A kiosk registered by an admin for one location. The device keeps a long-lived
 * credential (only its SHA-256 is stored) that allows check-in and walk-in
 * tickets at that location and nothing else.
 */
export const kioskDevices = pgTable(
  'kiosk_devices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locationId: integer('location_id').notNull().references(() => locations.id, { onDelete: 'cascade' }),
    name: varchar('name', { length: 100 }).notNull(),
    tokenHash: varchar('token_hash', { length: 64 }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('kiosk_devices_token_key').on(t.tokenHash), index('kiosk_devices_location_idx').on(t.locationId)],
);
export type KioskDevice = typeof kioskDevices.$inferSelect;

/** Last ticket number given per location, service and Warsaw day; an upsert makes numbering atomic. */
export const ticketCounters = pgTable(
  'ticket_counters',
  {
    locationId: integer('location_id').notNull().references(() => locations.id, { onDelete: 'cascade' }),
    serviceId: integer('service_id').notNull().references(() => visitServices.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    last: integer('last').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.locationId, t.serviceId, t.day] })],
);

export const ticketKindEnum = pgEnum('ticket_kind', ['reserved', 'walk_in']);
export const ticketStatusEnum = pgEnum('ticket_status', ['waiting', 'called', 'served', 'absent']);

/** Queue tickets printed by the kiosk, called at the desks and shown on the board. */
export const queueTickets = pgTable(
  'queue_tickets',
  {
    id: serial('id').primaryKey(),
    locationId: integer('location_id').notNull().references(() => locations.id, { onDelete: 'cascade' }),
    serviceId: integer('service_id').notNull().references(() => visitServices.id),
    day: date('day').notNull(),
    number: integer('number').notNull(),
    // Letter of the service and the number: "A023".
    label: varchar('label', { length: 8 }).notNull(),
    kind: ticketKindEnum('kind').notNull(),
    reservationId: uuid('reservation_id').references(() => reservations.id),
    // Reserved tickets are called in the order of their slot times.
    appointmentAt: timestamp('appointment_at', { withTimezone: true }),
    status: ticketStatusEnum('status').notNull().default('waiting'),
    deskId: integer('desk_id').references(() => desks.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    calledAt: timestamp('called_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    recalls: smallint('recalls').notNull().default(0),
  },
  (t) => [
    uniqueIndex('queue_tickets_number_key').on(t.locationId, t.serviceId, t.day, t.number),
    // A reservation gets one ticket: a code used twice at the kiosk is refused here too.
    uniqueIndex('queue_tickets_reservation_key').on(t.reservationId),
    index('queue_tickets_day_idx').on(t.locationId, t.day, t.status),
  ],
);

export type Desk = typeof desks.$inferSelect;
export type QueueTicket = typeof queueTickets.$inferSelect;
