import { describe, expect, it } from 'vitest';
import { followUpSchema, MESSAGE_MAX, normaliseReference, submitEnquirySchema } from './schemas';

const valid = { kind: 'complaint', topic: 'temporary-residence', caseRef: '', message: 'Dzień dobry', email: 'Olha@Example.com', consent: true, pow: 'x' };
const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('enquiry form schema', () => {
  it('accepts a complete message and lower-cases the address', () => {
    const r = submitEnquirySchema.safeParse(valid);
    expect(r.success && r.data.email).toBe('olha@example.com');
  });

  it('keeps HTML and Markdown as the characters typed', () => {
    const text = '<script>alert(1)</script> **bold** <b>x</b>';
    const r = submitEnquirySchema.safeParse({ ...valid, message: text });
    expect(r.success && r.data.message).toBe(text);
  });

  it('counts 5,000 characters after normalising line ends, and refuses one more', () => {
    expect(submitEnquirySchema.safeParse({ ...valid, message: 'a'.repeat(MESSAGE_MAX) }).success).toBe(true);
    expect(submitEnquirySchema.safeParse({ ...valid, message: 'a\r\n'.repeat(2500) }).success).toBe(true);
    expect(issues(submitEnquirySchema.safeParse({ ...valid, message: 'a'.repeat(MESSAGE_MAX + 1) }))).toEqual({ message: 'message_too_long' });
    expect(issues(followUpSchema.safeParse({ token: 'x'.repeat(43), body: 'ż'.repeat(MESSAGE_MAX + 1) }))).toEqual({ body: 'message_too_long' });
  });

  it('requires consent, a message, a kind, a topic and an address', () => {
    expect(issues(submitEnquirySchema.safeParse({ ...valid, consent: false }))).toEqual({ consent: 'consent_required' });
    expect(issues(submitEnquirySchema.safeParse({ ...valid, message: '   ' }))).toEqual({ message: 'required' });
    expect(issues(submitEnquirySchema.safeParse({ ...valid, kind: 'petition', topic: 'x' }))).toEqual({ kind: 'choose_option', topic: 'choose_option' });
    expect(issues(submitEnquirySchema.safeParse({ ...valid, email: 'not an address' }))).toEqual({ email: 'email_format' });
  });

  it('takes a case number or an application code, as people type them', () => {
    expect(normaliseReference(' wsc-2026-004211 ')).toBe('WSC-2026-004211');
    expect(normaliseReference('w 7k3f 9q2m')).toBe('W-7K3F-9Q2M');
    expect(submitEnquirySchema.safeParse({ ...valid, caseRef: 'w-7k3f-9q2m' }).success).toBe(true);
    expect(issues(submitEnquirySchema.safeParse({ ...valid, caseRef: 'DROP TABLE' }))).toEqual({ caseRef: 'reference_format' });
  });
});
