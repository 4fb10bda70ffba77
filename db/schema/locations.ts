import { boolean, integer, pgEnum, pgTable, primaryKey, serial, smallint, time, varchar } from 'drizzle-orm/pg-core';

export const locationKindEnum = pgEnum('location_kind', ['head_office', 'branch']);

/** The office's locations; read by the info panel, the booking and the kiosk alike. */
export const locations = pgTable('locations', {
  id: serial('id').primaryKey(),
  slug: varchar('slug', { length: 50 }).notNull().unique(),
  kind: locationKindEnum('kind').notNull(),
  // Official Polish names and addresses are proper names: not translated.
  name: varchar('name', { length: 200 }).notNull(),
  unit: varchar('unit', { length: 200 }),
  street: varchar('street', { length: 200 }).notNull(),
  postalCode: varchar('postal_code', { length: 6 }).notNull(),
  city: varchar('city', { length: 100 }).notNull(),
  phone: varchar('phone', { length: 40 }),
  email: varchar('email', { length: 254 }),
  // False where the sources do not confirm the foreigners' hours: the panel then says so.
  hoursConfirmed: boolean('hours_confirmed').notNull().default(false),
  sortOrder: integer('sort_order').notNull().default(0),
});

export const locationHours = pgTable(
  'location_hours',
  {
    locationId: integer('location_id')
      .notNull()
      .references(() => locations.id, { onDelete: 'cascade' }),
    // ISO weekday: 1 = Monday … 7 = Sunday.
    weekday: smallint('weekday').notNull(),
    opensAt: time('opens_at').notNull(),
    closesAt: time('closes_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.locationId, t.weekday] })],
);

export type Location = typeof locations.$inferSelect;
export type LocationHours = typeof locationHours.$inferSelect;
