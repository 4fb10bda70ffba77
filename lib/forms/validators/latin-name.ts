import { issue, type ValidationIssue } from './types';

/**
 * Names (given names, surname) as written in the machine-readable Latin form of
 * the passport. Allowed: Latin-script letters in any case, including letters
 * with diacritics (ą, ß, ř, ñ, …; combining accents after a Latin letter are
 * accepted too), spaces, hyphens (- or ‐) and apostrophes (' ’ ʼ). At least one
 * letter, at most 100 characters (after trimming, counted in Unicode code points
 * of the NFC form).
 *
 * Issues, in order of precedence: `name_too_long`, `name_latin` (letters of
 * another script: Cyrillic, Greek, Arabic, …), `name_digits`, `name_characters`
 * (any other symbol), `name_no_letter`.
 */

export const NAME_MAX_LENGTH = 100;

const LATIN_LETTER = /^(?=\p{L})\p{Script=Latin}$/u;
const ANY_LETTER = /^\p{L}$/u;
const COMBINING_MARK = /^\p{M}$/u;
const DIGIT = /^\p{N}$/u;
const SEPARATORS = new Set([' ', '-', '\u2010', "'", '\u2019', '\u02BC']);

export function validateLatinName(input: string): ValidationIssue | null {
  const chars = [...input.trim().normalize('NFC')];
  if (chars.length > NAME_MAX_LENGTH) return issue('name_too_long', { max: NAME_MAX_LENGTH });

  let letters = 0;
  let nonLatin = false;
  let digits = false;
  let other = false;
  let previousWasLatinLetter = false;

  for (const ch of chars) {
    let isLatinLetter = false;
    if (LATIN_LETTER.test(ch)) {
      letters++;
      isLatinLetter = true;
    } else if (COMBINING_MARK.test(ch)) {
      // A diacritic that has no precomposed form; fine only on a Latin letter.
      if (!previousWasLatinLetter) other = true;
      isLatinLetter = previousWasLatinLetter;
    } else if (ANY_LETTER.test(ch)) {
      nonLatin = true;
    } else if (DIGIT.test(ch)) {
      digits = true;
    } else if (!SEPARATORS.has(ch)) {
      other = true;
    }
    previousWasLatinLetter = isLatinLetter;
  }

  if (nonLatin) return issue('name_latin');
  if (digits) return issue('name_digits');
  if (other) return issue('name_characters');
  if (letters === 0) return issue('name_no_letter');
  return null;
}
