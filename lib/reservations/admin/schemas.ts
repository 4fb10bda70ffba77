import { z } from '@/lib/zod';
import { visitorSchema } from '@/lib/reservations/schemas';

// The same schemas check the admin's forms in the browser and again in the actions.

const id = z.coerce.number().int().positive('invalid');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date_invalid').refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'date_invalid');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid');
const optionalId = z.union([z.literal(''), z.null(), id]).optional().transform((v) => (v === '' || v == null ? null : v));
/** Checkbox groups arrive as a string, a list of strings or nothing. */
const idList = z
  .union([z.array(z.union([z.string(), z.number()])), z.string(), z.literal(false), z.null()])
  .optional()
  .transform((v) => (v === false || v == null || v === '' ? [] : Array.isArray(v) ? v : [v]).map(Number))
  .pipe(z.array(z.number().int().positive('invalid')));
const flag = z.union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false'), z.literal('')]).optional().transform((v) => v === true || v === 'on' || v === 'true');

const name = (max = 120) => z.string().trim().min(1, 'required').max(max, 'too_long');

export const serviceSchema = z.object({
  id: optionalId,
  slug: z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'invalid').max(60, 'too_long'),
  namePl: name(),
  nameEn: name(),
  nameRu: name(),
  nameUk: name(),
  durationMinutes: z.coerce.number('invalid').int('invalid').min(5, 'invalid').max(240, 'invalid'),
  ticketLetter: z.string().trim().toUpperCase().regex(/^[A-Z]$/, 'invalid'),
  walkIns: flag,
  graceMinutes: z.coerce.number('invalid').int('invalid').min(0, 'invalid').max(60, 'invalid'),
  servicePage: z.string().trim().max(120, 'too_long').nullable().optional().transform((v) => v || null),
  active: flag,
  sortOrder: z.coerce.number('invalid').int('invalid').min(0, 'invalid').max(1000, 'invalid').default(0),
  locationIds: idList,
});
export type ServiceInput = z.output<typeof serviceSchema>;

export const deskSchema = z.object({
  id: optionalId,
  locationId: id,
  label: z.string().trim().min(1, 'required').max(20, 'too_long'),
  active: flag,
  serviceIds: idList,
});
export type DeskInput = z.output<typeof deskSchema>;

export const scheduleSchema = z
  .object({
    id: optionalId,
    locationId: id,
    serviceId: id,
    kind: z.enum(['weekly', 'date'], 'invalid'),
    weekdays: idList,
    // For a weekly schedule, the period; for a single date, `validFrom` is that date.
    validFrom: isoDate,
    validTo: z.union([z.literal(''), isoDate]).optional().transform((v) => v || null),
    opensAt: clock,
    closesAt: clock,
    slotMinutes: z.coerce.number('invalid').int('invalid').min(5, 'invalid').max(240, 'invalid'),
    // Rules across fields (and capacity < 1) are the domain's: see scheduleProblem.
    capacity: z.coerce.number('invalid').int('invalid').max(100, 'invalid'),
    releaseDaysBefore: z.coerce.number('invalid').int('invalid').min(0, 'invalid').max(180, 'invalid'),
    releaseAt: clock,
  })
  .transform((s) => ({
    ...s,
    weekdays: s.kind === 'date' ? [] : [...new Set(s.weekdays)].sort(),
    validTo: s.kind === 'date' ? s.validFrom : s.validTo,
  }));
export type ScheduleInput = z.output<typeof scheduleSchema>;

export const deleteByIdSchema = z.object({ id });

export const closedDaySchema = z.object({
  date: isoDate,
  // Empty: every location.
  locationId: optionalId,
  reason: z.string().trim().min(1, 'required').max(200, 'too_long'),
});
export type ClosedDayInput = z.output<typeof closedDaySchema>;

export const holidaysSchema = z.object({ year: z.coerce.number('invalid').int('invalid').min(2000, 'invalid').max(2100, 'invalid') });

/** A staff booking: the visitor as the applicant would enter them, a slot, and the written reason. */
export const staffBookingSchema = z.intersection(
  visitorSchema,
  z.object({
    slotId: id,
    staffReason: z.string().trim().min(1, 'required').max(1000, 'too_long'),
  }),
);
export type StaffBookingInput = z.input<typeof staffBookingSchema>;
