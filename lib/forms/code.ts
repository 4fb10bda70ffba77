import { randomInt } from 'node:crypto';

// Unambiguous characters only: the code is read off paper and typed by hand.
const ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';

/** A short human-readable application code such as `W-7K3F-9Q2M`. */
export function generateApplicationCode(): string {
  const pick = () => ALPHABET[randomInt(ALPHABET.length)];
  return `W-${Array.from({ length: 4 }, pick).join('')}-${Array.from({ length: 4 }, pick).join('')}`;
}

export function normaliseApplicationCode(input: string): string {
  const raw = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const body = raw.startsWith('W') && raw.length === 9 ? raw.slice(1) : raw;
  return body.length === 8 ? `W-${body.slice(0, 4)}-${body.slice(4)}` : input.trim().toUpperCase();
}
