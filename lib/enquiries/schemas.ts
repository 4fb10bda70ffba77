import { z } from '@/lib/zod';
import { ENQUIRY_KINDS, ENQUIRY_TOPICS } from './topics';

// Messages are keys in the `validation` namespace; the same schemas run in the browser and in the actions.
export const MESSAGE_MAX = 5000;

// Line endings are normalised before counting, so the browser and the server count alike.
const messageBody = z
  .string()
  .transform((s) => s.replace(/\r\n?/g, '\n').trim())
  .pipe(z.string().min(1, 'required').max(MESSAGE_MAX, 'message_too_long'));

/** A case number (WSC-2026-004211) or an application code (W-7K3F-9Q2M), as typed. */
export function normaliseReference(input: string): string {
  const raw = input.trim().toUpperCase().replace(/\s+/g, '');
  const code = raw.replace(/[^A-Z0-9]/g, '');
  if (/^W[A-Z0-9]{8}$/.test(code) && !/^[A-Z]{2,6}-\d{4}-\d{6}$/.test(raw)) return `W-${code.slice(1, 5)}-${code.slice(5)}`;
  return raw;
}

export const REFERENCE = /^(?:[A-Z]{2,6}-\d{4}-\d{6}|W-[A-Z0-9]{4}-[A-Z0-9]{4})$/;

export const submitEnquirySchema = z.object({
  kind: z.enum(ENQUIRY_KINDS, 'choose_option'),
  topic: z.enum(ENQUIRY_TOPICS, 'choose_option'),
  caseRef: z
    .string()
    .max(30, 'reference_format')
    .transform(normaliseReference)
    .refine((v) => v === '' || REFERENCE.test(v), 'reference_format')
    .optional(),
  message: messageBody,
  email: z.string().trim().toLowerCase().min(1, 'required').max(254, 'email_format').email('email_format'),
  consent: z.literal(true, 'consent_required'),
  pow: z.string().max(2000).optional(),
});
export type SubmitEnquiryInput = z.output<typeof submitEnquirySchema>;

/** A token from the e-mailed link, or (signed in) the item's id: one of the two. */
const access = { token: z.string().min(20).max(100).optional(), id: z.string().uuid().optional() };

export const confirmEnquirySchema = z.object({ token: z.string().min(20).max(100) });
export const followUpSchema = z.object({ ...access, body: messageBody });

const enquiryId = z.string().uuid();
export const assignEnquirySchema = z.object({ enquiryId, assigneeId: z.union([z.literal(''), z.string().uuid()]) });
export const staffEntrySchema = z.object({ enquiryId, body: messageBody });
export const closeEnquirySchema = z.object({ enquiryId });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date_invalid');
export const registerPeriodSchema = z
  .object({ from: isoDate, to: isoDate })
  .refine((v) => v.from <= v.to, { path: ['to'], message: 'date_range_order' });
