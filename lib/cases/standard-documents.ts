/**
 * The documents clerks most often find missing in residence and work cases, as a list: the case
 * holder reads each in their own language (`missingDocuments.<key>`), while the Polish wording is
 * stored as the title, as the clerk wrote it before. Anything else stays free text, marked as the
 * clerk's own words.
 */
export const STANDARD_DOCUMENTS = [
  'photo',
  'passport_copy',
  'stamp_duty',
  'signature',
  'health_insurance',
  'accommodation',
  'income',
  'employer_annex',
  'employment_contract',
  'university_certificate',
  'birth_certificate',
  'marriage_certificate',
  'sworn_translation',
  'power_of_attorney',
] as const;

export type StandardDocument = (typeof STANDARD_DOCUMENTS)[number];

export const isStandardDocument = (v: unknown): v is StandardDocument => (STANDARD_DOCUMENTS as readonly unknown[]).includes(v);
