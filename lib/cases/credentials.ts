import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L, 5/S, 2/Z, 8/B: the password is read off paper and typed by hand.
const ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';

/** A random case password such as `K7MQ-XQ9P-3HTR` (about 56 bits). */
export function generateCasePassword(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((g) => g.join('')).join('-');
}

/** What people type: spaces and case do not matter, dashes are optional. */
export function normaliseCasePassword(input: string): string {
  const raw = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return raw.length === 12 ? `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}` : raw;
}

export function formatCaseNumber(prefix: string, year: number, seq: number): string {
  return `${prefix}-${year}-${String(seq).padStart(6, '0')}`;
}

export function normaliseCaseNumber(input: string): string {
  return input.trim().toUpperCase().replace(/\s+/g, '');
}
