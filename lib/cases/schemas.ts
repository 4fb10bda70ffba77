import { z } from '@/lib/zod';
import { locales } from '@/i18n/routing';
import { STAGES, STAGE_GROUP } from './stages';
import { STANDARD_DOCUMENTS } from './standard-documents';
import { validateIsoDate } from '@/lib/forms/validators/dates';
import { warsawDate } from '@/lib/calendar/dates';
import { validatePhone, normalizePhone } from '@/lib/forms/validators/phone';

export const notificationSettingsSchema = z.object({
  caseId: z.string().uuid().optional(),
  sms: z.boolean(),
  email: z.boolean(),
});

export const linkCaseSchema = z.object({
  number: z.string().trim().min(1, 'required').max(30, 'case_number_format'),
  password: z.string().trim().min(1, 'required').max(40, 'invalid'),
});

const optionalEmail = z.union([z.literal(''), z.string().trim().toLowerCase().max(254, 'email_format').email('email_format')]).optional();

export const registerCaseSchema = z
  .object({
    formNumber: z.coerce.number().int().min(1, 'required').max(12, 'required'),
    applicantName: z.string().trim().min(1, 'required').max(300, 'too_long'),
    contactEmail: optionalEmail,
    contactPhone: z.string().trim().max(30, 'phone_format').optional(),
    notifyConsent: z.boolean(),
    locale: z.enum(locales, 'required'),
  })
  .superRefine((v, ctx) => {
    if (v.contactPhone) {
      const issue = validatePhone(v.contactPhone);
      if (issue) ctx.addIssue({ code: 'custom', path: ['contactPhone'], message: issue.code });
    }
    if (v.notifyConsent && !v.contactEmail && !v.contactPhone) ctx.addIssue({ code: 'custom', path: ['contactEmail'], message: 'contact_needed' });
  })
  .transform((v) => ({ ...v, contactPhone: v.contactPhone ? normalizePhone(v.contactPhone) : null, contactEmail: v.contactEmail || null }));

// A summons names the day the party must answer by; other stages have no deadline of their own.
export const changeStageSchema = z
  .object({
    caseId: z.string().uuid(),
    stage: z.enum(STAGES, 'required'),
    note: z.string().trim().max(2000, 'too_long').optional(),
    dueDate: z.string().trim().max(10).optional(),
  })
  .superRefine((v, ctx) => {
    if (STAGE_GROUP[v.stage] !== 'summons') return;
    if (!v.dueDate) return ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'required' });
    if (validateIsoDate(v.dueDate)) return ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'date_invalid' });
    if (v.dueDate <= warsawDate(new Date())) ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'date_not_future' });
  })
  .transform((v) => ({ ...v, dueDate: STAGE_GROUP[v.stage] === 'summons' ? v.dueDate : undefined }));

// Either a document from the standard list (its Polish wording becomes the title) or the clerk's own title.
export const missingDocumentSchema = z
  .object({
    caseId: z.string().uuid(),
    docId: z.coerce.number().int().positive().optional(),
    kind: z.union([z.literal(''), z.enum(STANDARD_DOCUMENTS, 'choose_option')]).optional(),
    title: z.string().trim().max(500, 'too_long').optional(),
    remark: z.string().trim().max(2000, 'too_long').optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.kind && !v.title) ctx.addIssue({ code: 'custom', path: ['title'], message: 'required' });
  });
export const resolveDocumentSchema = z.object({ caseId: z.string().uuid(), docId: z.coerce.number().int().positive() });
export const messageSchema = z.object({ caseId: z.string().uuid(), body: z.string().trim().min(1, 'required').max(5000, 'too_long') });
export const assignSchema = z.object({ caseId: z.string().uuid(), assigneeId: z.union([z.literal(''), z.string().uuid()]) });
export const caseIdSchema = z.object({ caseId: z.string().uuid() });
