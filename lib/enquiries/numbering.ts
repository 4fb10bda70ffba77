/** `Z-2026-000123`: Z for zapytanie/skarga/wniosek, the year of receipt, a yearly sequence. */
export function formatEnquiryNumber(year: number, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1 || seq > 999_999) throw new RangeError(`Enquiry sequence out of range: ${seq}`);
  return `Z-${year}-${String(seq).padStart(6, '0')}`;
}

export const ENQUIRY_NUMBER = /^Z-\d{4}-\d{6}$/;
