import { z } from '@/lib/zod';
import { MIN_PASSWORD_LENGTH } from './password-rules';
import { validateNip, normalizeNip } from '@/lib/forms/validators/nip';

// Messages are translation keys in the `validation` namespace; the same schema runs in the browser and the action.
const email = z.string().trim().toLowerCase().min(1, 'required').max(254, 'email_format').email('email_format');

const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, 'password_too_short')
  .max(200, 'password_too_long');

export const registerSchema = z
  .object({
    accountType: z.enum(['applicant', 'employer'], 'required'),
    email,
    password: newPassword,
    companyName: z.string().trim().max(300, 'too_long').optional(),
    nip: z.string().trim().max(20, 'nip_format').optional(),
    acceptTerms: z.literal(true, 'terms_required'),
    // The proof of work, solved in the background; the server insists on it.
    pow: z.string().max(4000).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.accountType !== 'employer') return;
    if (!v.companyName) ctx.addIssue({ code: 'custom', path: ['companyName'], message: 'required' });
    if (!v.nip) {
      ctx.addIssue({ code: 'custom', path: ['nip'], message: 'required' });
    } else {
      const issue = validateNip(v.nip);
      if (issue) ctx.addIssue({ code: 'custom', path: ['nip'], message: issue.code });
    }
  })
  .transform((v) => ({
    ...v,
    companyName: v.accountType === 'employer' ? v.companyName : undefined,
    nip: v.accountType === 'employer' && v.nip ? normalizeNip(v.nip) : undefined,
  }));
export type RegisterInput = z.input<typeof registerSchema>;

export const signInSchema = z.object({
  email,
  password: z.string().min(1, 'required').max(200, 'password_too_long'),
});

export const emailOnlySchema = z.object({ email, pow: z.string().max(4000).optional() });

export const resetPasswordSchema = z
  .object({ token: z.string().min(10).max(100), password: newPassword, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'password_mismatch' });

export const changePasswordSchema = z
  .object({ current: z.string().min(1, 'required').max(200), password: newPassword, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'password_mismatch' });

export const createStaffSchema = z.object({
  email,
  displayName: z.string().trim().min(1, 'required').max(200, 'too_long'),
  role: z.enum(['clerk', 'reception', 'admin'], 'required'),
});

export const caseSignInSchema = z.object({
  number: z.string().trim().min(1, 'required').max(30, 'case_number_format'),
  password: z.string().trim().min(1, 'required').max(40, 'invalid'),
});
