/**
 * Shared types for the form validators.
 *
 * Every validator returns `ValidationIssue | null` (`null` = valid). The `code`
 * is a translation key (see `messages.json`); `params` are ICU values for the
 * message (e.g. `{other}` in `stays_overlap`).
 */

export const VALIDATION_CODES = [
  // PESEL
  'pesel_format',
  'pesel_checksum',
  'pesel_date_invalid',
  'pesel_birth_date_mismatch',
  'pesel_sex_mismatch',
  // NIP
  'nip_format',
  'nip_checksum',
  'nip_invalid',
  // REGON
  'regon_format',
  'regon_checksum',
  'regon_invalid',
  // KRS
  'krs_format',
  // Postal code
  'postal_code_format',
  // Passport / travel document number
  'passport_format',
  'passport_length',
  'passport_digit_required',
  // Dates
  'date_invalid',
  'date_incomplete',
  'birth_date_future',
  'birth_date_too_old',
  'issue_date_future',
  'issue_after_expiry',
  'passport_expired',
  'stay_outside_window',
  'stay_in_future',
  'stays_overlap',
  'stay_end_before_start',
  'contract_end_before_start',
  // E-mail
  'email_format',
  'email_too_long',
  'email_local_too_long',
  // Phone
  'phone_format',
  // Names in Latin script
  'name_latin',
  'name_digits',
  'name_characters',
  'name_no_letter',
  'name_too_long',
  'number_format',
  'money_format',
  'choose_option',
  'date_in_future',
  'date_not_future',
  'date_range_order',
] as const;

export type ValidationCode = (typeof VALIDATION_CODES)[number];

export type ValidationIssue = {
  code: ValidationCode;
  params?: Record<string, string | number>;
};

export type Sex = 'female' | 'male';

/** Convenience constructor. */
export function issue(code: ValidationCode, params?: Record<string, string | number>): ValidationIssue {
  return params === undefined ? { code } : { code, params };
}
