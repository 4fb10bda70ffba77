import { z } from '@/lib/zod';
import { issueMessage } from '@/lib/forms/engine/schema';
import { validateLatinName } from '@/lib/forms/validators/latin-name';
import { validatePassportNumber } from '@/lib/forms/validators/passport';
import { validateBirthDate } from '@/lib/forms/validators/dates';
import { subtractYears } from '@/lib/forms/validators/dates';

// The same schema checks the visitor form in the browser and again in the action.
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date());

const checked = (validate: (v: string) => { code: string; params?: Record<string, string | number> } | null) =>
  z
    .string()
    .trim()
    .min(1, 'required')
    .superRefine((v, ctx) => {
      const problem = validate(v);
      if (problem) ctx.addIssue({ code: 'custom', message: issueMessage(problem as never) });
    });

const name = checked(validateLatinName);
const birthDate = checked((v) => validateBirthDate(v, today()));

export const MAX_MINORS = 6;

const minorSchema = z
  .object({ givenName: name, familyName: name, birthDate })
  .superRefine((m, ctx) => {
    // A child added to a parent's visit: under 18 today.
    if (m.birthDate <= subtractYears(today(), 18)) ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'minor_not_minor' });
  });

export const visitorSchema = z
  .object({
    givenName: name,
    familyName: name,
    birthDate,
    passportNumber: checked(validatePassportNumber).transform((v) => v.toUpperCase()),
    minors: z.array(minorSchema).max(MAX_MINORS, 'minors_too_many').default([]),
  })
  .superRefine((v, ctx) => {
    // One adult per reservation; children come on a parent's reservation.
    if (v.birthDate > subtractYears(today(), 18)) ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'visitor_minor' });
  });

export const bookingRequestSchema = z.intersection(
  visitorSchema,
  z.object({
    slotId: z.coerce.number().int().positive(),
    proof: z.string().min(1, 'pow_missing').max(2000, 'pow_missing'),
  }),
);
export type BookingRequest = z.output<typeof bookingRequestSchema>;
export type BookingRequestInput = z.input<typeof bookingRequestSchema>;

export const moveSchema = z.object({ reservationId: z.uuid(), slotId: z.coerce.number().int().positive() });
export const cancelSchema = z.object({ reservationId: z.uuid() });
