import { describe, expect, it } from 'vitest';
import { ENQUIRY_NUMBER, formatEnquiryNumber } from './numbering';

describe('enquiry reference numbers', () => {
  it('reads Z-year-six digits', () => {
    expect(formatEnquiryNumber(2026, 123)).toBe('Z-2026-000123');
    expect(formatEnquiryNumber(2027, 1)).toBe('Z-2027-000001');
    expect(formatEnquiryNumber(2026, 999_999)).toBe('Z-2026-999999');
    expect(ENQUIRY_NUMBER.test(formatEnquiryNumber(2026, 42))).toBe(true);
  });

  it('refuses a sequence it cannot print in six digits', () => {
    expect(() => formatEnquiryNumber(2026, 0)).toThrow(RangeError);
    expect(() => formatEnquiryNumber(2026, 1_000_000)).toThrow(RangeError);
    expect(() => formatEnquiryNumber(2026, 1.5)).toThrow(RangeError);
  });
});
